package lint

import (
	"sort"
	"strings"
	"unicode/utf8"
)

// Position is a 1-based line and column; columns count code points.
type Position struct {
	Line, Column int
}

// lineStarts returns the offsets where lines start. A line ends with
// "\n", "\r\n" or a lone "\r".
func (d *Document) lineStarts() []int {
	if d.lines == nil {
		d.lines = []int{0}
		t := d.Text
		for i := 0; i < len(t); i++ {
			switch t[i] {
			case '\n':
				d.lines = append(d.lines, i+1)
			case '\r':
				if i+1 < len(t) && t[i+1] == '\n' {
					i++
				}
				d.lines = append(d.lines, i+1)
			}
		}
	}
	return d.lines
}

// Position converts a byte offset into a line and column.
func (d *Document) Position(offset int) Position {
	lines := d.lineStarts()
	line := sort.SearchInts(lines, offset+1) - 1
	start := lines[line]
	if start == 0 && strings.HasPrefix(d.Text, bom) && offset >= len(bom) {
		start = len(bom) // the byte order mark is not a column
	}
	offset = min(offset, len(d.Text))
	var column int
	if offset-start <= runeStep {
		column = runeStarts(d.Text[start:offset])
	} else {
		column = d.runesBefore(offset) - d.runesBefore(start)
	}
	return Position{Line: line + 1, Column: column + 1}
}

// runeStep is the distance in bytes between the code point counts kept by
// runesBefore.
const runeStep = 4096

// runesBefore returns the number of code points in d.Text[:offset]. It
// keeps a count every runeStep bytes, so that finding a column on a line
// of megabytes reads at most runeStep bytes, not the whole line.
func (d *Document) runesBefore(offset int) int {
	if d.runeCounts == nil {
		d.runeCounts = make([]int, len(d.Text)/runeStep+1)
		for k := 1; k < len(d.runeCounts); k++ {
			d.runeCounts[k] = d.runeCounts[k-1] + runeStarts(d.Text[(k-1)*runeStep:k*runeStep])
		}
	}
	k := offset / runeStep
	return d.runeCounts[k] + runeStarts(d.Text[k*runeStep:offset])
}

// runeStarts counts the bytes of s that start a code point: its code
// points when s is valid UTF-8, even cut in the middle of one.
func runeStarts(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		if utf8.RuneStart(s[i]) {
			n++
		}
	}
	return n
}

// Line returns the text of a 1-based line, without its line end, and the
// offset where it starts.
func (d *Document) Line(n int) (string, int) {
	lines := d.lineStarts()
	start := lines[n-1]
	end := len(d.Text)
	if n < len(lines) {
		end = lines[n]
	}
	for end > start && (d.Text[end-1] == '\n' || d.Text[end-1] == '\r') {
		end--
	}
	return d.Text[start:end], start
}
