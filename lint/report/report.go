// Package report writes the results of a run in the formats coquille
// offers: text for people, JSON for other tools, and SARIF, GitHub
// workflow commands, reviewdog's rdjson, Checkstyle and JUnit XML for
// continuous integration.
package report

import (
	"cmp"
	"fmt"
	"io"
	"strings"

	"github.com/coquille-fr/coquille/lint"
)

// Reporter writes the results of one run, in the order given.
type Reporter interface {
	Report(w io.Writer, results []lint.Result) error
}

// Options change how reports look.
type Options struct {
	Color   bool          // ANSI colours, for terminals
	Rules   []*lint.Rule  // the rules of the run, described in SARIF
	Version string        // coquille's version, named in SARIF
	FailOn  lint.Severity // the severity that fails a file in JUnit; Error when Off
}

// Formats are the names New accepts, the default first.
var Formats = []string{"text", "json", "sarif", "github", "rdjson", "checkstyle", "junit"}

// New returns the reporter for a format name, one of Formats.
func New(format string, opts Options) (Reporter, error) {
	switch format {
	case "text":
		return &Text{Color: opts.Color}, nil
	case "json":
		return JSON{}, nil
	case "sarif":
		return &SARIF{Rules: opts.Rules, Version: opts.Version}, nil
	case "github":
		return GitHub{}, nil
	case "rdjson":
		return RDJSON{}, nil
	case "checkstyle":
		return Checkstyle{}, nil
	case "junit":
		return &JUnit{FailOn: cmp.Or(opts.FailOn, lint.Error)}, nil
	}
	return nil, fmt.Errorf("format inconnu «\u00a0%s\u00a0» (attendu\u00a0: %s)", format, FormatList())
}

// FormatList names the formats in French: "text, json, … ou junit".
func FormatList() string {
	return strings.Join(Formats[:len(Formats)-1], ", ") + " ou " + Formats[len(Formats)-1]
}

// Summary counts the files of a run and their diagnostics by severity.
type Summary struct {
	Files    int `json:"files"`
	Errors   int `json:"errors"`
	Warnings int `json:"warnings"`
	Infos    int `json:"infos"`
	// Suppressed counts the diagnostics silenced by inline suppressions.
	Suppressed int `json:"suppressed"`
	Failed     int `json:"-"` // files that could not be checked
}

// Summarize counts results.
func Summarize(results []lint.Result) Summary {
	s := Summary{Files: len(results)}
	for _, r := range results {
		if r.Err != nil {
			s.Failed++
		}
		s.Suppressed += r.Suppressed
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
// "2 erreurs, 1 avertissement, 0 info dans 3 fichiers", with the
// suppressed diagnostics when there are some: "…, 0 info, 3 masquées dans…".
func (s Summary) String() string {
	infos := Plural(s.Infos, "info", "infos")
	if s.Suppressed > 0 {
		infos += ", " + Plural(s.Suppressed, "masquée", "masquées")
	}
	text := fmt.Sprintf("%s, %s, %s dans %s",
		Plural(s.Errors, "erreur", "erreurs"),
		Plural(s.Warnings, "avertissement", "avertissements"),
		infos,
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
