package report

import (
	"io"
	"strings"
	"testing"

	"github.com/coquille-fr/coquille/lint"
)

// benchText is about what a 9 MB text of technical prose gets: 60,000
// diagnostics on 20,000 lines.
func benchText(b *testing.B) []lint.Result {
	line := "Le 12 mars, l'équipe présentera «\u00a0Coquille\u00a0»: un outil libre, rapide et précis!\n"
	text := strings.Repeat(line, 20000)
	doc := lint.NewDocument(&lint.Source{Path: "prose.txt", Data: []byte(text)})
	var diags []lint.Diagnostic
	for at := 0; at < len(text); at += len(line) {
		for _, sign := range []string{"'", ":", "!"} {
			k := at + strings.Index(text[at:at+len(line)], sign)
			span := lint.Span{Start: k, End: k + len(sign)}
			diags = append(diags, lint.Diagnostic{Rule: "typography.test", Category: lint.Typography, Severity: lint.Error,
				Message: "Il faut une espace fine insécable avant «\u00a0" + sign + "\u00a0».", Span: span,
				Suggestions: []string{"\u202f" + sign}, Fix: &lint.Edit{Span: span, Text: "\u202f" + sign}})
		}
	}
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	return []lint.Result{{Source: doc.Source, Doc: doc, Diagnostics: diags}}
}

// BenchmarkJSON writes the JSON report of benchText: positions, escapes
// and all.
func BenchmarkJSON(b *testing.B) {
	results := benchText(b)
	for b.Loop() {
		if err := (JSON{}).Report(io.Discard, results); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkText writes the text report of benchText, with excerpts and
// carets.
func BenchmarkText(b *testing.B) {
	results := benchText(b)
	for b.Loop() {
		if err := (&Text{}).Report(io.Discard, results); err != nil {
			b.Fatal(err)
		}
	}
}
