package report

import (
	"bytes"
	"encoding/json"
	"io"
	"net/url"
	"path/filepath"

	"github.com/coquille-fr/coquille/lint"
	"github.com/owenrumney/go-sarif/v2/sarif"
)

// SARIF writes a SARIF 2.1.0 log with one run: the rules in the tool's
// driver with their French doc, a result per diagnostic with its region,
// and the safe fix as a replacement. Regions give lines and columns,
// columns counting code points as the run's columnKind says, and the span
// in bytes. Files that could not be read are tool execution
// notifications, and make the run unsuccessful.
type SARIF struct {
	Rules   []*lint.Rule // described in the driver, in this order
	Version string       // coquille's version, left out when empty
}

// projectURI is the home of coquille.
const projectURI = "https://github.com/coquille-fr/coquille"

// sarifLevels maps severities to SARIF levels.
var sarifLevels = map[lint.Severity]string{lint.Error: "error", lint.Warning: "warning", lint.Info: "note"}

// Report implements Reporter.
func (s *SARIF) Report(w io.Writer, results []lint.Result) error {
	log, err := sarif.New(sarif.Version210)
	if err != nil {
		return err
	}
	driver := &sarif.ToolComponent{Name: "coquille", InformationURI: ptr(projectURI), Rules: []*sarif.ReportingDescriptor{}}
	if s.Version != "" {
		driver.Version = ptr(s.Version)
	}
	rules := map[string]uint{}
	for _, r := range s.Rules {
		rules[r.ID] = addRule(driver, r.ID, r.Doc, r.Category, r.Severity)
	}
	run := &sarif.Run{
		Tool:       sarif.Tool{Driver: driver},
		Language:   ptr("fr"),
		ColumnKind: "unicodeCodePoints",
		Results:    []*sarif.Result{},
	}
	invocation := &sarif.Invocation{ExecutionSuccessful: ptr(true)}
	for _, r := range results {
		artifact := artifactLocation(r.Source.Path)
		if r.Err != nil {
			invocation.ExecutionSuccessful = ptr(false)
			invocation.ToolExecutionNotifications = append(invocation.ToolExecutionNotifications, &sarif.Notification{
				Level:     "error",
				Message:   &sarif.Message{Text: ptr(r.Err.Error())},
				Locations: []*sarif.Location{{PhysicalLocation: &sarif.PhysicalLocation{ArtifactLocation: artifact}}},
			})
			continue
		}
		for _, d := range r.Diagnostics {
			index, ok := rules[d.Rule]
			if !ok {
				index = addRule(driver, d.Rule, d.Rule, d.Category, d.Severity)
				rules[d.Rule] = index
			}
			run.Results = append(run.Results, sarifResult(r.Doc, d, artifact, index))
		}
	}
	run.Invocations = []*sarif.Invocation{invocation}
	log.Runs = append(log.Runs, run)
	return writeIndentedJSON(w, log)
}

// addRule describes a rule in the driver and returns its index.
func addRule(driver *sarif.ToolComponent, id, doc string, category lint.Category, severity lint.Severity) uint {
	text := sarif.NewMultiformatMessageString(doc)
	rule := &sarif.ReportingDescriptor{
		ID:               id,
		ShortDescription: text,
		Help:             text,
		Properties:       sarif.Properties{"category": string(category), "tags": []string{string(category)}},
	}
	if level, ok := sarifLevels[severity]; ok {
		rule.DefaultConfiguration = &sarif.ReportingConfiguration{Level: level}
	}
	driver.Rules = append(driver.Rules, rule)
	return uint(len(driver.Rules) - 1)
}

// sarifResult turns a diagnostic into a result.
func sarifResult(doc *lint.Document, d lint.Diagnostic, artifact *sarif.ArtifactLocation, rule uint) *sarif.Result {
	res := &sarif.Result{
		RuleID:    ptr(d.Rule),
		RuleIndex: ptr(rule),
		Level:     ptr(sarifLevels[d.Severity]),
		Message:   sarif.Message{Text: ptr(detail(d))},
		Locations: []*sarif.Location{{PhysicalLocation: &sarif.PhysicalLocation{
			ArtifactLocation: artifact,
			Region:           sarifRegion(doc, d.Span),
		}}},
	}
	if d.Fix != nil {
		res.Fixes = []*sarif.Fix{{
			Description: &sarif.Message{Text: ptr(fixDescription(d.Fix.Text))},
			ArtifactChanges: []*sarif.ArtifactChange{{
				ArtifactLocation: *artifact,
				Replacements: []*sarif.Replacement{{
					DeletedRegion:   *sarifRegion(doc, d.Fix.Span),
					InsertedContent: &sarif.ArtifactContent{Text: ptr(d.Fix.Text)},
				}},
			}},
		}}
	}
	return res
}

// fixDescription tells in French what a fix does.
func fixDescription(text string) string {
	if text == "" {
		return "Supprimer le texte signalé"
	}
	return "Remplacer par " + quote(text)
}

// sarifRegion describes a span both as text (lines and columns, the end
// column exclusive) and as bytes.
func sarifRegion(doc *lint.Document, span lint.Span) *sarif.Region {
	start, end := doc.Position(span.Start), doc.Position(span.End)
	return &sarif.Region{
		StartLine:   ptr(start.Line),
		StartColumn: ptr(start.Column),
		EndLine:     ptr(end.Line),
		EndColumn:   ptr(end.Column),
		ByteOffset:  ptr(span.Start),
		ByteLength:  ptr(span.End - span.Start),
	}
}

// artifactLocation names a file by a URI: relative paths stay relative,
// with their characters escaped; absolute ones become file URIs.
func artifactLocation(path string) *sarif.ArtifactLocation {
	u := url.URL{Path: filepath.ToSlash(path)}
	if filepath.IsAbs(path) {
		u.Scheme = "file"
	}
	return &sarif.ArtifactLocation{URI: ptr(u.String())}
}

// ptr returns a pointer to a copy of v, as the SARIF types want for
// optional properties.
func ptr[T any](v T) *T { return &v }

// writeIndentedJSON writes v indented, keeping non-ASCII text as UTF-8 but
// escaping invisible characters.
func writeIndentedJSON(w io.Writer, v any) error {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(v); err != nil {
		return err
	}
	_, err := w.Write(escapeInvisible(buf.Bytes()))
	return err
}
