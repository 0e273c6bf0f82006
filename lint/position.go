package lint

import (
	"math/bits"
	"slices"
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
		if strings.IndexByte(t, '\r') < 0 { // lines end with "\n" alone
			for i, k := 0, strings.IndexByte(t, '\n'); k >= 0; k = strings.IndexByte(t[i:], '\n') {
				i += k + 1
				d.lines = append(d.lines, i)
			}
			return d.lines
		}
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
	offset = min(offset, len(d.Text))
	line, start := d.lineOf(d.lineStarts(), 0, offset)
	return Position{Line: line + 1, Column: d.columns(start, offset) + 1}
}

// lineOf returns the index in lines of the line of offset, searching from
// index from, whose line starts at or before offset, and where columns
// start on that line.
func (d *Document) lineOf(lines []int, from, offset int) (line, start int) {
	i, _ := slices.BinarySearch(lines[from:], offset+1)
	line = from + i - 1
	start = lines[line]
	if start == 0 && offset >= len(bom) && strings.HasPrefix(d.Text, bom) {
		start = len(bom) // the byte order mark is not a column
	}
	return line, start
}

// columns returns the number of code points in d.Text[start:offset].
func (d *Document) columns(start, offset int) int {
	if offset-start <= runeStep {
		return runeStarts(d.Text[start:offset])
	}
	return d.runesBefore(offset) - d.runesBefore(start)
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
	n, i := len(s), 0
	for ; i+8 <= len(s); i += 8 {
		x := uint64(s[i]) | uint64(s[i+1])<<8 | uint64(s[i+2])<<16 | uint64(s[i+3])<<24 |
			uint64(s[i+4])<<32 | uint64(s[i+5])<<40 | uint64(s[i+6])<<48 | uint64(s[i+7])<<56
		// The high bit of each continuation byte (10xxxxxx).
		n -= bits.OnesCount64(x &^ (x << 1) & 0x8080808080808080)
	}
	for ; i < len(s); i++ {
		if !utf8.RuneStart(s[i]) {
			n--
		}
	}
	return n
}

// Cursor converts byte offsets into positions as Position does, counting
// from the offset it converted last: offsets in increasing order, such as
// those of sorted diagnostics, cost only the text between them. Offsets
// in any order give the right positions. Copies of a Cursor are
// independent cursors.
type Cursor struct {
	doc    *Document
	lines  []int
	line   int // index in lines of the line of at
	start  int // where columns start on that line
	end    int // the first offset past the line, or past the byte order mark
	at     int // the offset converted last
	column int // code points in doc.Text[start:at]
}

// Cursor returns a cursor on d. It computes the tables that Position
// fills on demand, so that afterwards Position, Line and copies of the
// cursor can be used from several goroutines at once.
func (d *Document) Cursor() Cursor {
	lines := d.lineStarts()
	if d.runeCounts == nil { // needed on lines longer than runeStep only
		for k, start := range lines {
			end := len(d.Text)
			if k+1 < len(lines) {
				end = lines[k+1]
			}
			if end-start > runeStep {
				d.runesBefore(0)
				break
			}
		}
	}
	c := Cursor{doc: d, lines: lines}
	c.jump(0, 0)
	return c
}

// Position converts a byte offset into a line and column.
func (c *Cursor) Position(offset int) Position {
	offset = min(offset, len(c.doc.Text))
	switch delta := offset - c.at; {
	case offset < c.start || offset >= c.end:
		from := 0
		if offset >= c.start {
			from = c.line
		}
		c.jump(from, offset)
	case 0 <= delta && delta <= runeStep:
		c.column += runeStarts(c.doc.Text[c.at:offset])
	case -runeStep <= delta && delta < 0:
		c.column -= runeStarts(c.doc.Text[offset:c.at])
	default:
		c.column = c.doc.columns(c.start, offset)
	}
	c.at = offset
	return Position{Line: c.line + 1, Column: c.column + 1}
}

// jump moves the cursor to offset, on a line found from index from.
func (c *Cursor) jump(from, offset int) {
	c.line, c.start = c.doc.lineOf(c.lines, from, offset)
	c.end = len(c.doc.Text) + 1
	if c.line+1 < len(c.lines) {
		c.end = c.lines[c.line+1]
	}
	if c.start == 0 && strings.HasPrefix(c.doc.Text, bom) {
		c.end = len(bom) // past it, columns start after the mark
	}
	c.at, c.column = offset, c.doc.columns(c.start, offset)
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
