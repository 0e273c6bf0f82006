package main

import (
	"unicode/utf16"

	"github.com/coquille-fr/coquille/lint"
)

// positionOf converts a byte offset of a document into an LSP position:
// a 0-based line and a column in UTF-16 code units, as LSP counts by
// default, so that an emoji outside the Basic Multilingual Plane counts 2.
// Lines end as coquille ends them: "\n", "\r\n" or a lone "\r", as LSP does.
func positionOf(doc *lint.Document, offset int) lspPosition {
	line := doc.Position(offset).Line
	_, start := doc.Line(line)
	units := 0
	for _, r := range doc.Text[start:offset] {
		units += utf16.RuneLen(r)
	}
	return lspPosition{Line: line - 1, Character: units}
}

// rangeOf converts a span into an LSP range.
func rangeOf(doc *lint.Document, s lint.Span) lspRange {
	return lspRange{Start: positionOf(doc, s.Start), End: positionOf(doc, s.End)}
}
