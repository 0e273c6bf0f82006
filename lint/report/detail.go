package report

import (
	"strings"

	"github.com/coquille-fr/coquille/lint"
)

// suggestionLine writes the suggestions of d in French, as the text report
// does without colours, such as
// "suggestion : « ⟨espace fine insécable⟩! » (appliquée par coquille fix)";
// it returns "" when there is none.
func suggestionLine(d lint.Diagnostic) string {
	if len(d.Suggestions) == 0 {
		return ""
	}
	label := "suggestion"
	if len(d.Suggestions) > 1 {
		label = "suggestions"
	}
	quoted := make([]string, len(d.Suggestions))
	for i, s := range d.Suggestions {
		quoted[i] = quote(s)
	}
	line := label + "\u00a0: " + strings.Join(quoted, ", ")
	if d.Fix != nil && d.Fix.Span == d.Span && d.Fix.Text == d.Suggestions[0] {
		line += " (appliquée par coquille fix)"
	}
	return line
}

// detail is the message of d followed by its suggestions on a second
// line, for the formats that have only a message to show.
func detail(d lint.Diagnostic) string {
	if s := suggestionLine(d); s != "" {
		return d.Message + "\n" + s
	}
	return d.Message
}
