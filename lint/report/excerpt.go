package report

import (
	"strings"
	"unicode/utf8"

	"github.com/coquille-fr/coquille/lint"
	"github.com/rivo/uniseg"
)

// A line longer than maxLineClusters grapheme clusters is cut to
// contextClusters on each side of the span.
const (
	maxLineClusters = 120
	contextClusters = 60
)

// An excerpter writes the lines of the diagnostics of one document. They
// come in order, often several on a line: it keeps the line of the last.
type excerpter struct {
	doc   *lint.Document
	line  int    // the 1-based number of the line below, 0 for none
	text  string // that line, without its line end and byte order mark
	start int    // the offset of text in doc.Text
	long  bool   // text is cut around spans
	plain bool   // text is not long and printable leaves it as it is
}

// excerpt appends to b line number line, where span starts, ready to
// print, a newline and the indentation up to the span; it returns the
// width of the span, at least 1, for the carets under it. Widths are
// measured in grapheme clusters as terminals show them (an emoji takes
// two columns, "e" followed by a combining accent one); tabs stay tabs in
// the indentation so that it lines up whatever the tab width. Long lines
// are cut around the span, with "…" where text was left out.
func (x *excerpter) excerpt(b []byte, line int, span lint.Span) ([]byte, int) {
	if line != x.line {
		text, start := x.doc.Line(line)
		if start == 0 && strings.HasPrefix(text, "\uFEFF") {
			const n = len("\uFEFF")
			text, start = text[n:], n
		}
		x.line, x.text, x.start = line, text, start
		x.long = longerThan(text, maxLineClusters)
		x.plain = !x.long && unchanged(text)
	}
	from := min(max(span.Start-x.start, 0), len(x.text))
	to := min(max(span.End-x.start, from), len(x.text))
	before, inside, after := x.text[:from], x.text[from:to], x.text[to:]
	if x.long {
		before, after = lastClusters(before, contextClusters), firstClusters(after, contextClusters)
	}
	if !x.plain || !runeStart(x.text, from) || !runeStart(x.text, to) {
		before, inside, after = printable(before), printable(inside), printable(after)
	}
	b = append(append(append(append(b, before...), inside...), after...), '\n')
	return appendIndent(b, before), max(columns(inside), 1)
}

// simple tells whether r is a grapheme cluster of its own, one column
// wide, between other simple code points: a printable ASCII character,
// or a letter, space or symbol of the Latin-1, Latin Extended, Greek,
// punctuation, currency, letterlike, arrow and mathematical blocks, bar
// the combining and format characters. A tab is simple too, and stays a
// tab. Text of simple code points is measured without uniseg.
func simple(r rune) bool {
	if r < 0x7F {
		return r >= ' ' || r == '\t'
	}
	return simpleBeyondASCII(r)
}

// simpleBeyondASCII is simple for code points from U+007F. It stays out
// of line so that simple, with its ASCII case, inlines.
//
//go:noinline
func simpleBeyondASCII(r rune) bool {
	switch {
	case r < 0x300:
		return r >= 0xA0 && r != 0xAD
	case r < 0x400:
		return r >= 0x370
	case r < 0x2000:
		return r >= 0x1E00 && r < 0x1F00
	case r < 0x2070:
		return r <= 0x200A || r >= 0x2010 && r <= 0x2027 || r >= 0x202F && r <= 0x205F
	}
	return r < 0x20D0 || r >= 0x2100 && r < 0x2300
}

// appendIndent appends to b what lines up with s: a tab for each tab, a
// space for each column of the rest.
func appendIndent(b []byte, s string) []byte {
	n := len(b)
	for _, r := range s {
		switch {
		case r == '\t':
			b = append(b, '\t')
		case simple(r):
			b = append(b, ' ')
		default:
			b = b[:n]
			forEachCluster(s, func(c string, width int) {
				if c == "\t" {
					b = append(b, '\t')
				} else {
					b = append(b, strings.Repeat(" ", width)...)
				}
			})
			return b
		}
	}
	return b
}

// columns returns the width of s, a tab counting for one column.
func columns(s string) int {
	n := 0
	for _, r := range s {
		if !simple(r) {
			n = 0
			forEachCluster(s, func(c string, w int) {
				if c == "\t" {
					w = 1
				}
				n += w
			})
			return n
		}
		n++
	}
	return n
}

// forEachCluster calls f with each grapheme cluster of s and its width.
func forEachCluster(s string, f func(cluster string, width int)) {
	state := -1
	for s != "" {
		var c string
		var w int
		c, s, w, state = uniseg.FirstGraphemeClusterInString(s, state)
		f(c, w)
	}
}

// longerThan tells whether s has more than n grapheme clusters, reading
// no more of s than it needs.
func longerThan(s string, n int) bool {
	if len(s) <= n {
		return false
	}
	for i, k := 0, 0; ; k++ {
		if i == len(s) {
			return false
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if !simple(r) {
			break
		}
		if k == n { // n simple code points, then another
			return true
		}
		i += size
	}
	state := -1
	for range n + 1 {
		if s == "" {
			return false
		}
		_, s, _, state = uniseg.FirstGraphemeClusterInString(s, state)
	}
	return true
}

// tailBytes bounds how much of a line lastClusters reads, so that a line
// of megabytes with many diagnostics stays quick to report. It holds
// contextClusters+1 simple code points, of 3 bytes at most.
const tailBytes = 1024

// lastClusters returns the last n grapheme clusters of s, after "…" when
// some were left out.
func lastClusters(s string, n int) string {
	for i, k := len(s), 0; ; k++ {
		if i == 0 {
			return s
		}
		r, size := rune(s[i-1]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeLastRuneInString(s[:i])
		}
		if !simple(r) {
			break
		}
		if k == n { // n simple code points, after another
			return "…" + s[i:]
		}
		i -= size
	}
	cut := false
	if len(s) > tailBytes {
		start := len(s) - tailBytes
		for start < len(s) && !utf8.RuneStart(s[start]) {
			start++
		}
		s, cut = s[start:], true
	}
	count := uniseg.GraphemeClusterCount(s)
	if count <= n && !cut {
		return s
	}
	state := -1
	for skip := count - n; skip > 0; skip-- {
		_, s, _, state = uniseg.FirstGraphemeClusterInString(s, state)
	}
	return "…" + s
}

// firstClusters returns the first n grapheme clusters of s, before "…"
// when some were left out.
func firstClusters(s string, n int) string {
	for i, k := 0, 0; ; k++ {
		if i == len(s) {
			return s
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if !simple(r) {
			break
		}
		if k == n { // n simple code points, then another
			return s[:i] + "…"
		}
		i += size
	}
	rest, state := s, -1
	for ; n > 0 && rest != ""; n-- {
		_, rest, _, state = uniseg.FirstGraphemeClusterInString(rest, state)
	}
	if rest == "" {
		return s
	}
	return s[:len(s)-len(rest)] + "…"
}

// printable replaces control characters other than tab with the Unicode
// control pictures (␛ for escape), so that a file cannot drive the
// terminal and every character stays one column wide.
func printable(s string) string {
	if unchanged(s) {
		return s
	}
	return strings.Map(func(r rune) rune {
		switch {
		case r == '\t':
			return r
		case r < 0x20:
			return 0x2400 + r
		case r == 0x7F:
			return '\u2421'
		case r >= 0x80 && r < 0xA0:
			return '\uFFFD'
		}
		return r
	}, s)
}

// unchanged tells whether printable returns s as it is: s is valid UTF-8
// without control characters other than tab.
func unchanged(s string) bool {
	for i := 0; i < len(s); {
		c := s[i]
		if c-' ' < 0x7F-' ' || c == '\t' {
			i++
			continue
		}
		if c < utf8.RuneSelf {
			return false
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 || r < 0xA0 {
			return false
		}
		i += size
	}
	return true
}

// runeStart tells whether a code point of s starts at i, or i is its end.
func runeStart(s string, i int) bool {
	return i == len(s) || utf8.RuneStart(s[i])
}
