// Package report writes the results of a run in the formats coquille
// offers: text for people, JSON for other tools.
package report

import (
	"fmt"
	"io"

	"github.com/coquille-fr/coquille/lint"
)

// Reporter writes the results of one run, in the order given.
type Reporter interface {
	Report(w io.Writer, results []lint.Result) error
}

// Options change how reports look.
type Options struct {
	Color bool // ANSI colours, for terminals
}

// New returns the reporter for a format name: "text" or "json".
func New(format string, opts Options) (Reporter, error) {
	switch format {
	case "text":
		return &Text{Color: opts.Color}, nil
	case "json":
		return JSON{}, nil
	}
	return nil, fmt.Errorf("format inconnu «\u00a0%s\u00a0» (attendu\u00a0: text ou json)", format)
}

// Summary counts the files of a run and their diagnostics by severity.
type Summary struct {
	Files    int `json:"files"`
	Errors   int `json:"errors"`
	Warnings int `json:"warnings"`
	Infos    int `json:"infos"`
	Failed   int `json:"-"` // files that could not be checked
}

// Summarize counts results.
func Summarize(results []lint.Result) Summary {
	s := Summary{Files: len(results)}
	for _, r := range results {
		if r.Err != nil {
			s.Failed++
		}
		for _, d := range r.Diagnostics {
			switch d.Severity {
			case lint.Error:
				s.Errors++
			case lint.Warning:
				s.Warnings++
			case lint.Info:
				s.Infos++
			}
		}
	}
	return s
}

// String writes the summary as a French sentence, such as
// "2 erreurs, 1 avertissement, 0 info dans 3 fichiers".
func (s Summary) String() string {
	text := fmt.Sprintf("%s, %s, %s dans %s",
		Plural(s.Errors, "erreur", "erreurs"),
		Plural(s.Warnings, "avertissement", "avertissements"),
		Plural(s.Infos, "info", "infos"),
		Plural(s.Files, "fichier", "fichiers"))
	if s.Failed > 0 {
		text += fmt.Sprintf(", dont %s", Plural(s.Failed, "non vérifié", "non vérifiés"))
	}
	return text
}

// Plural writes n followed by the French singular or plural form: in
// French, 0 and 1 take the singular.
func Plural(n int, one, many string) string {
	if n > 1 || n < -1 {
		return fmt.Sprintf("%d %s", n, many)
	}
	return fmt.Sprintf("%d %s", n, one)
}
