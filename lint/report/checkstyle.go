package report

import (
	"encoding/xml"
	"io"

	"github.com/coquille-fr/coquille/lint"
)

// Checkstyle writes the XML report of Checkstyle, which many CI systems
// read: a <file> per checked file and an <error> per diagnostic, with its
// line, its column (in code points), its severity (error, warning or
// info), its message and suggestions, and its rule as source. A file that
// could not be read has one <error> without a line, from source
// "coquille".
type Checkstyle struct{}

type checkstyleReport struct {
	XMLName xml.Name         `xml:"checkstyle"`
	Version string           `xml:"version,attr"`
	Files   []checkstyleFile `xml:"file"`
}

type checkstyleFile struct {
	Name   string            `xml:"name,attr"`
	Errors []checkstyleError `xml:"error"`
}

type checkstyleError struct {
	Line     int    `xml:"line,attr,omitempty"`
	Column   int    `xml:"column,attr,omitempty"`
	Severity string `xml:"severity,attr"`
	Message  string `xml:"message,attr"`
	Source   string `xml:"source,attr"`
}

// Report implements Reporter.
func (Checkstyle) Report(w io.Writer, results []lint.Result) error {
	out := checkstyleReport{Version: "4.3", Files: make([]checkstyleFile, 0, len(results))}
	for _, r := range results {
		f := checkstyleFile{Name: r.Source.Path}
		if r.Err != nil {
			f.Errors = append(f.Errors, checkstyleError{Severity: "error", Message: r.Err.Error(), Source: "coquille"})
		}
		for _, d := range r.Diagnostics {
			pos := r.Doc.Position(d.Span.Start)
			f.Errors = append(f.Errors, checkstyleError{
				Line: pos.Line, Column: pos.Column, Severity: d.Severity.String(), Message: detail(d), Source: d.Rule,
			})
		}
		out.Files = append(out.Files, f)
	}
	return writeXML(w, out)
}

// writeXML writes v indented, after the XML declaration.
func writeXML(w io.Writer, v any) error {
	if _, err := io.WriteString(w, xml.Header); err != nil {
		return err
	}
	enc := xml.NewEncoder(w)
	enc.Indent("", "  ")
	if err := enc.Encode(v); err != nil {
		return err
	}
	_, err := io.WriteString(w, "\n")
	return err
}
