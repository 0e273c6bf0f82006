package report

import (
	"io"

	"github.com/coquille-fr/coquille/lint"
)

// RDJSON writes reviewdog's diagnostic format (rdjson): one
// DiagnosticResult for the run, with each suggestion as a replacement of
// the span so that reviewdog can offer it in a pull request. Lines are
// 1-based; columns are 1-based and count bytes, and the end is exclusive,
// as the format says. Files that could not be read are errors without a
// range.
type RDJSON struct{}

type rdResult struct {
	Source      rdSource       `json:"source"`
	Diagnostics []rdDiagnostic `json:"diagnostics"`
}

type rdSource struct {
	Name string `json:"name"`
	URL  string `json:"url"`
}

type rdDiagnostic struct {
	Message     string         `json:"message"`
	Location    rdLocation     `json:"location"`
	Severity    string         `json:"severity"`
	Code        *rdCode        `json:"code,omitempty"`
	Suggestions []rdSuggestion `json:"suggestions,omitempty"`
}

type rdLocation struct {
	Path  string   `json:"path"`
	Range *rdRange `json:"range,omitempty"`
}

type rdRange struct {
	Start rdPosition `json:"start"`
	End   rdPosition `json:"end"`
}

type rdPosition struct {
	Line   int `json:"line"`
	Column int `json:"column"`
}

type rdCode struct {
	Value string `json:"value"`
}

type rdSuggestion struct {
	Range rdRange `json:"range"`
	Text  string  `json:"text"`
}

// rdSeverities maps severities to reviewdog's.
var rdSeverities = map[lint.Severity]string{lint.Error: "ERROR", lint.Warning: "WARNING", lint.Info: "INFO"}

// Report implements Reporter.
func (RDJSON) Report(w io.Writer, results []lint.Result) error {
	out := rdResult{Source: rdSource{Name: "coquille", URL: projectURI}, Diagnostics: []rdDiagnostic{}}
	for _, r := range results {
		if r.Err != nil {
			out.Diagnostics = append(out.Diagnostics, rdDiagnostic{
				Message: r.Err.Error(), Location: rdLocation{Path: r.Source.Path}, Severity: "ERROR",
			})
			continue
		}
		for _, d := range r.Diagnostics {
			span := rdSpan(r.Doc, d.Span)
			rd := rdDiagnostic{
				Message:  d.Message,
				Location: rdLocation{Path: r.Source.Path, Range: &span},
				Severity: rdSeverities[d.Severity],
				Code:     &rdCode{Value: d.Rule},
			}
			for _, s := range d.Suggestions {
				rd.Suggestions = append(rd.Suggestions, rdSuggestion{Range: span, Text: s})
			}
			out.Diagnostics = append(out.Diagnostics, rd)
		}
	}
	return writeJSON(w, out)
}

// rdSpan converts a span into a range with byte columns.
func rdSpan(doc *lint.Document, span lint.Span) rdRange {
	start, end := bytePosition(doc, span.Start), bytePosition(doc, span.End)
	return rdRange{Start: rdPosition(start), End: rdPosition(end)}
}
