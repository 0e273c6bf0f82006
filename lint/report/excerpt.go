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

// excerpt returns the line where span starts, ready to print, and what
// goes under it: the indentation up to the span and the carets under it.
// Widths are measured in grapheme clusters as terminals show them (an
// emoji takes two columns, "e" followed by a combining accent one); tabs
// stay tabs in the indentation so that it lines up whatever the tab width.
// Long lines are cut around the span, with "…" where text was left out.
func excerpt(doc *lint.Document, span lint.Span) (line, indent, carets string) {
	text, start := doc.Line(doc.Position(span.Start).Line)
	from := min(max(span.Start-start, 0), len(text))
	to := min(max(span.End-start, from), len(text))
	if start == 0 && strings.HasPrefix(text, "\uFEFF") {
		const n = len("\uFEFF")
		text, from, to = text[n:], max(from-n, 0), max(to-n, 0)
	}
	before, inside, after := text[:from], text[from:to], text[to:]
	if longerThan(text, maxLineClusters) {
		before, after = lastClusters(before, contextClusters), firstClusters(after, contextClusters)
	}
	before, inside, after = printable(before), printable(inside), printable(after)

	var b strings.Builder
	forEachCluster(before, func(c string, width int) {
		if c == "\t" {
			b.WriteByte('\t')
		} else {
			b.WriteString(strings.Repeat(" ", width))
		}
	})
	width := 0
	forEachCluster(inside, func(c string, w int) {
		if c == "\t" {
			w = 1
		}
		width += w
	})
	return before + inside + after, b.String(), strings.Repeat("^", max(width, 1))
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
// of megabytes with many diagnostics stays quick to report.
const tailBytes = 1024

// lastClusters returns the last n grapheme clusters of s, after "…" when
// some were left out.
func lastClusters(s string, n int) string {
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
