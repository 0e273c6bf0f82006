package report

import (
	"bufio"
	"fmt"
	"io"
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
	printed := false
	for _, r := range results {
		for _, d := range r.Diagnostics {
			t.diagnostic(bw, r, d)
			printed = true
		}
	}
	if printed {
		bw.WriteByte('\n')
	}
	fmt.Fprintln(bw, Summarize(results))
	return bw.Flush()
}

func (t *Text) diagnostic(w *bufio.Writer, r lint.Result, d lint.Diagnostic) {
	pos := r.Doc.Position(d.Span.Start)
	color := severityColors[d.Severity]
	fmt.Fprintf(w, "%s: %s: %s %s\n",
		t.paint(bold, fmt.Sprintf("%s:%d:%d", r.Source.Path, pos.Line, pos.Column)),
		t.paint(color, d.Severity.String()),
		d.Message,
		t.paint(dim, "["+d.Rule+"]"))
	line, indent, carets := excerpt(r.Doc, d.Span)
	fmt.Fprintf(w, "%s\n%s%s\n", line, indent, t.paint(color, carets))
	if len(d.Suggestions) == 0 {
		return
	}
	label := "suggestion"
	if len(d.Suggestions) > 1 {
		label = "suggestions"
	}
	quoted := make([]string, len(d.Suggestions))
	for i, s := range d.Suggestions {
		quoted[i] = t.paint(green, quote(s))
	}
	fmt.Fprintf(w, "  %s\u00a0: %s", label, strings.Join(quoted, ", "))
	if d.Fix != nil && d.Fix.Span == d.Span && d.Fix.Text == d.Suggestions[0] {
		w.WriteString(" (appliquée par coquille fix)")
	}
	w.WriteByte('\n')
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

// paint wraps s in an ANSI colour when colours are on.
func (t *Text) paint(color, s string) string {
	if !t.Color || color == "" {
		return s
	}
	return color + s + reset
}
