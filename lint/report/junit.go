package report

import (
	"encoding/xml"
	"fmt"
	"io"
	"strings"

	"github.com/coquille-fr/coquille/lint"
)

// JUnit writes a JUnit XML report, for the CI systems that show test
// results: one test case per checked file, which fails when one of its
// diagnostics reaches FailOn and lists them all in the failure; a file
// whose diagnostics all stay below FailOn passes and lists them in its
// standard output. A file that could not be read is a test error.
type JUnit struct {
	FailOn lint.Severity // the severity that fails a file
}

type junitSuites struct {
	XMLName xml.Name `xml:"testsuites"`
	junitCounts
	Suites []junitSuite `xml:"testsuite"`
}

type junitSuite struct {
	junitCounts
	Cases []junitCase `xml:"testcase"`
}

type junitCounts struct {
	Name     string `xml:"name,attr"`
	Tests    int    `xml:"tests,attr"`
	Failures int    `xml:"failures,attr"`
	Errors   int    `xml:"errors,attr"`
}

type junitCase struct {
	Name      string        `xml:"name,attr"`
	ClassName string        `xml:"classname,attr"`
	Failure   *junitProblem `xml:"failure"`
	Error     *junitProblem `xml:"error"`
	SystemOut *junitOutput  `xml:"system-out"`
}

type junitProblem struct {
	Message string `xml:"message,attr"`
	Type    string `xml:"type,attr,omitempty"`
	Text    string `xml:",cdata"`
}

type junitOutput struct {
	Text string `xml:",cdata"`
}

// Report implements Reporter.
func (j *JUnit) Report(w io.Writer, results []lint.Result) error {
	suite := junitSuite{junitCounts: junitCounts{Name: "coquille", Tests: len(results)}, Cases: make([]junitCase, 0, len(results))}
	for _, r := range results {
		c := junitCase{Name: r.Source.Path, ClassName: "coquille"}
		switch {
		case r.Err != nil:
			c.Error = &junitProblem{Message: r.Err.Error()}
			suite.Errors++
		case len(r.Diagnostics) == 0:
		case j.fails(r):
			s := Summarize([]lint.Result{r})
			c.Failure = &junitProblem{Message: fmt.Sprintf("%s, %s, %s",
				Plural(s.Errors, "erreur", "erreurs"),
				Plural(s.Warnings, "avertissement", "avertissements"),
				Plural(s.Infos, "info", "infos")),
				Type: "coquille", Text: junitListing(r)}
			suite.Failures++
		default:
			c.SystemOut = &junitOutput{junitListing(r)}
		}
		suite.Cases = append(suite.Cases, c)
	}
	return writeXML(w, junitSuites{junitCounts: suite.junitCounts, Suites: []junitSuite{suite}})
}

// fails tells whether a diagnostic of r reaches FailOn.
func (j *JUnit) fails(r lint.Result) bool {
	for _, d := range r.Diagnostics {
		if d.Severity >= j.FailOn {
			return true
		}
	}
	return false
}

// junitListing lists the diagnostics of r the way compilers do, each
// followed by its suggestions, with control characters made printable
// for the CDATA section.
func junitListing(r lint.Result) string {
	var b strings.Builder
	for _, d := range r.Diagnostics {
		pos := r.Doc.Position(d.Span.Start)
		fmt.Fprintf(&b, "%s:%d:%d: %s: %s [%s]\n", printable(r.Source.Path), pos.Line, pos.Column, d.Severity, printable(d.Message), d.Rule)
		if s := suggestionLine(d); s != "" {
			fmt.Fprintf(&b, "  %s\n", s)
		}
	}
	return b.String()
}
