package report

import (
	"bufio"
	"fmt"
	"io"
	"strings"

	"github.com/coquille-fr/coquille/lint"
)

// GitHub writes GitHub Actions workflow commands, which the runner turns
// into annotations on the files of a pull request:
//
//	::error file=post.md,line=1,col=15,endLine=1,endColumn=15,title=typography.space-before-exclamation::message
//
// Errors, warnings and infos become error, warning and notice commands.
// Columns count code points and the end is inclusive; GitHub takes columns
// only on one line, so a span over several lines gives lines alone. The
// summary follows, as plain text for the log.
type GitHub struct{}

// githubCommands maps severities to workflow commands.
var githubCommands = map[lint.Severity]string{lint.Error: "error", lint.Warning: "warning", lint.Info: "notice"}

// Report implements Reporter.
func (GitHub) Report(w io.Writer, results []lint.Result) error {
	bw := bufio.NewWriter(w)
	for _, r := range results {
		if r.Err != nil {
			fmt.Fprintf(bw, "::error file=%s,title=coquille::%s\n", githubProperty(r.Source.Path), githubData(r.Err.Error()))
			continue
		}
		for _, d := range r.Diagnostics {
			start, last := r.Doc.Position(d.Span.Start), lastPosition(r.Doc, d.Span)
			props := fmt.Sprintf("file=%s,line=%d", githubProperty(r.Source.Path), start.Line)
			if start.Line == last.Line {
				props += fmt.Sprintf(",col=%d,endLine=%d,endColumn=%d", start.Column, last.Line, last.Column)
			} else {
				props += fmt.Sprintf(",endLine=%d", last.Line)
			}
			props += ",title=" + githubProperty(d.Rule)
			fmt.Fprintf(bw, "::%s %s::%s\n", githubCommands[d.Severity], props, githubData(detail(d)))
		}
	}
	fmt.Fprintln(bw, Summarize(results))
	return bw.Flush()
}

// githubData escapes the message of a workflow command.
var githubData = strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A").Replace

// githubProperty escapes the value of a workflow command property.
var githubProperty = strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A", ":", "%3A", ",", "%2C").Replace
