package report

import (
	"bytes"
	"encoding/json"
	"io"

	"github.com/coquille-fr/coquille/lint"
)

// JSON writes one JSON document for the whole run:
//
//	{"files":[{"path":…,"diagnostics":[…]}, {"path":…,"error":…}],"summary":{…}}
//
// Offsets are bytes into the file, end exclusive; lines and columns are
// 1-based, columns count code points. Invisible characters are escaped.
type JSON struct{}

type jsonReport struct {
	Files   []any   `json:"files"`
	Summary Summary `json:"summary"`
}

type jsonFile struct {
	Path        string           `json:"path"`
	Diagnostics []jsonDiagnostic `json:"diagnostics"`
}

type jsonFailure struct {
	Path  string `json:"path"`
	Error string `json:"error"`
}

type jsonDiagnostic struct {
	Rule        string        `json:"rule"`
	Category    lint.Category `json:"category"`
	Severity    string        `json:"severity"`
	Message     string        `json:"message"`
	Span        jsonSpan      `json:"span"`
	Start       jsonPosition  `json:"start"`
	End         jsonPosition  `json:"end"`
	Suggestions []string      `json:"suggestions"`
	Fix         *jsonEdit     `json:"fix,omitempty"`
}

type jsonSpan struct {
	Start int `json:"start"`
	End   int `json:"end"`
}

type jsonPosition struct {
	Line   int `json:"line"`
	Column int `json:"column"`
}

type jsonEdit struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text"`
}

// Report implements Reporter.
func (JSON) Report(w io.Writer, results []lint.Result) error {
	out := jsonReport{Files: make([]any, 0, len(results)), Summary: Summarize(results)}
	for _, r := range results {
		if r.Err != nil {
			out.Files = append(out.Files, jsonFailure{Path: r.Source.Path, Error: r.Err.Error()})
			continue
		}
		f := jsonFile{Path: r.Source.Path, Diagnostics: make([]jsonDiagnostic, 0, len(r.Diagnostics))}
		for _, d := range r.Diagnostics {
			f.Diagnostics = append(f.Diagnostics, newJSONDiagnostic(r.Doc, d))
		}
		out.Files = append(out.Files, f)
	}
	return writeJSON(w, out)
}

func newJSONDiagnostic(doc *lint.Document, d lint.Diagnostic) jsonDiagnostic {
	start, end := doc.Position(d.Span.Start), doc.Position(d.Span.End)
	jd := jsonDiagnostic{
		Rule:        d.Rule,
		Category:    d.Category,
		Severity:    d.Severity.String(),
		Message:     d.Message,
		Span:        jsonSpan{d.Span.Start, d.Span.End},
		Start:       jsonPosition{start.Line, start.Column},
		End:         jsonPosition{end.Line, end.Column},
		Suggestions: d.Suggestions,
	}
	if jd.Suggestions == nil {
		jd.Suggestions = []string{}
	}
	if d.Fix != nil {
		jd.Fix = &jsonEdit{d.Fix.Start, d.Fix.End, d.Fix.Text}
	}
	return jd
}

// writeJSON writes v on one line, keeping non-ASCII text as UTF-8 but
// escaping invisible characters.
func writeJSON(w io.Writer, v any) error {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return err
	}
	_, err := w.Write(escapeInvisible(buf.Bytes()))
	return err
}
