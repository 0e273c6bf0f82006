package report

import (
	"bufio"
	"fmt"
	"io"

	"github.com/coquille-fr/coquille/lint"
)

// RulesText lists rules for people: the ID, the category and the default
// severity on one line, the French doc indented on the next.
func RulesText(w io.Writer, rules []*lint.Rule) error {
	bw := bufio.NewWriter(w)
	for _, r := range rules {
		fmt.Fprintf(bw, "%s (%s, %s)\n    %s\n", r.ID, r.Category, r.Severity, r.Doc)
	}
	if len(rules) == 0 {
		bw.WriteString("aucune règle\n")
	} else {
		fmt.Fprintf(bw, "\n%s\n", Plural(len(rules), "règle", "règles"))
	}
	return bw.Flush()
}

type jsonRule struct {
	ID       string        `json:"id"`
	Category lint.Category `json:"category"`
	Severity string        `json:"severity"`
	Doc      string        `json:"doc"`
}

// RulesJSON lists rules as a JSON array of {id, category, severity, doc}.
func RulesJSON(w io.Writer, rules []*lint.Rule) error {
	out := make([]jsonRule, len(rules))
	for i, r := range rules {
		out[i] = jsonRule{ID: r.ID, Category: r.Category, Severity: r.Severity.String(), Doc: r.Doc}
	}
	return writeJSON(w, out)
}
