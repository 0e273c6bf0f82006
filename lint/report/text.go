package report

import (
	"bufio"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/coquille-fr/coquille/lint"
)

// Text writes each diagnostic the way compilers do, followed by the line
// it is on, carets under its span and its suggestions, then a summary in
// French:
//
//	post.md:1:15: error: message [typography.space-before-exclamation]
//	Bonjour à tous!
//	              ^
//	  suggestion : « ⟨espace fine insécable⟩! » (appliquée par coquille fix)
//
//	1 erreur, 0 avertissement, 0 info dans 1 fichier
//
// Invisible characters in suggestions are written by name (see Visible).
// Files that could not be checked are only counted: their errors are
// for the caller to print.
type Text struct {
	Color bool // ANSI colours
}

// ANSI escape sequences.
const (
	bold   = "\x1b[1m"
	dim    = "\x1b[2m"
	red    = "\x1b[1;31m"
	yellow = "\x1b[1;33m"
	cyan   = "\x1b[1;36m"
	green  = "\x1b[32m"
	reset  = "\x1b[0m"
)

var severityColors = map[lint.Severity]string{lint.Error: red, lint.Warning: yellow, lint.Info: cyan}

// Report implements Reporter.
func (t *Text) Report(w io.Writer, results []lint.Result) error {
	bw := bufio.NewWriter(w)
	var out []byte
	printed := false
	for _, r := range results {
		if len(r.Diagnostics) == 0 {
			continue
		}
		cursor := r.Doc.Cursor()
		var err error
		out, err = writeInOrder(bw, out, len(r.Diagnostics), func(b []byte, from, to int) []byte {
			c, x := cursor, excerpter{doc: r.Doc}
			for _, d := range r.Diagnostics[from:to] {
				b = t.diagnostic(b, &c, &x, r, d)
			}
			return b
		})
		if err != nil {
			return err
		}
		printed = true
	}
	if printed {
		out = append(out, '\n')
	}
	out = fmt.Appendln(out, Summarize(results))
	if _, err := bw.Write(out); err != nil {
		return err
	}
	return bw.Flush()
}

// diagnostic appends d, a diagnostic of r, its position found by c and
// its line written by x.
func (t *Text) diagnostic(b []byte, c *lint.Cursor, x *excerpter, r lint.Result, d lint.Diagnostic) []byte {
	pos := c.Position(d.Span.Start)
	color := severityColors[d.Severity]
	b = t.paint(b, bold, r.Source.Path, ":", strconv.Itoa(pos.Line), ":", strconv.Itoa(pos.Column))
	b = append(b, ": "...)
	b = t.paint(b, color, d.Severity.String())
	b = append(b, ": "...)
	b = append(b, d.Message...)
	b = append(b, ' ')
	b = t.paint(b, dim, "[", d.Rule, "]")
	b, width := x.excerpt(append(b, '\n'), pos.Line, d.Span)
	b = append(t.paint(b, color, strings.Repeat("^", width)), '\n')
	if len(d.Suggestions) == 0 {
		return b
	}
	b = append(b, "  suggestion"...)
	if len(d.Suggestions) > 1 {
		b = append(b, 's')
	}
	b = append(b, "\u00a0: "...)
	for i, s := range d.Suggestions {
		if i > 0 {
			b = append(b, ", "...)
		}
		b = t.paint(b, green, quote(s))
	}
	if d.Fix != nil && d.Fix.Span == d.Span && d.Fix.Text == d.Suggestions[0] {
		b = append(b, " (appliquée par coquille fix)"...)
	}
	return append(b, '\n')
}

// quote writes a suggestion between guillemets, with its invisible
// characters named, and its spaces too when they start or end it; an
// empty suggestion means deleting the span.
func quote(s string) string {
	if s == "" {
		return "(supprimer)"
	}
	const space = "⟨espace⟩"
	body := strings.TrimLeft(s, " ")
	lead := len(s) - len(body)
	trimmed := strings.TrimRight(body, " ")
	trail := len(body) - len(trimmed)
	return "«\u00a0" + strings.Repeat(space, lead) + Visible(trimmed) + strings.Repeat(space, trail) + "\u00a0»"
}

// paint appends the concatenation of s, in an ANSI colour when colours
// are on.
func (t *Text) paint(b []byte, color string, s ...string) []byte {
	on := t.Color && color != ""
	if on {
		b = append(b, color...)
	}
	for _, part := range s {
		b = append(b, part...)
	}
	if on {
		b = append(b, reset...)
	}
	return b
}
