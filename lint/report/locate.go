package report

import (
	"unicode/utf8"

	"github.com/coquille-fr/coquille/lint"
)

// lastPosition returns the position of the last character of span, or of
// its start when the span is empty: the inclusive end that GitHub
// annotations want.
func lastPosition(doc *lint.Document, span lint.Span) lint.Position {
	if span.End <= span.Start {
		return doc.Position(span.Start)
	}
	last := min(span.End, len(doc.Text)) - 1
	for last > span.Start && !utf8.RuneStart(doc.Text[last]) {
		last--
	}
	return doc.Position(last)
}

// bytePosition returns the line and the 1-based column of offset, the
// column counted in bytes as reviewdog wants.
func bytePosition(doc *lint.Document, offset int) lint.Position {
	pos := doc.Position(offset)
	_, start := doc.Line(pos.Line)
	return lint.Position{Line: pos.Line, Column: min(offset, len(doc.Text)) - start + 1}
}
