package report_test

import (
	"bytes"
	"encoding/json"
	"encoding/xml"
	"errors"
	"io"
	"os"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/coquille-fr/coquille/lint"
	"github.com/coquille-fr/coquille/lint/report"
	"github.com/coquille-fr/coquille/rules"
	"github.com/owenrumney/go-sarif/v2/sarif"
	"github.com/santhosh-tekuri/jsonschema/v6"
)

// fuzzSeeds are drafts with something for every family of rules, and
// awkward bytes for the reporters: CR, control characters, a BOM, XML and
// JSON specials, "::" and "%" for the GitHub commands.
var fuzzSeeds = []string{
	"Bonjour a tous!!! On se voit Lundi , c'est   SUPER important 😀😀😀😀😀 #mardiconseil\n",
	"# Titre\n\n« oui »: non ; *gras* `code` [lien](http://a.b) <!-- coquille-disable-next-line typo -->\nle homme\n",
	"\uFEFFl’héros qu’il a dit: \"parmis\" les 10000 € ... 2ème coeur\r\nmdr jsp\rfin",
	"<a href=\"x\">&amp;</a> ]]> ::error file=x::y %0A \x01\x1b[31m\x7f\u0085\u2028\ufffe",
	"---\ntitle: x\n---\nUn fil.\n\n---\n\nDeuxième message !",
	"caf\xe9 invalide", "\x00binaire", "\xff\xfeB\x00",
}

// FuzzReports runs the real rules on any input, then every report format
// on the result, beside a clean file: no panic, JSON and rdjson are valid
// JSON with spans inside the text, SARIF matches its schema and reads
// back, Checkstyle and JUnit are well-formed XML, and the GitHub format
// has one workflow command per line. Reports are valid UTF-8, unless the
// path is not: the text and GitHub formats write a path as it is, the
// others replace its invalid bytes with U+FFFD.
func FuzzReports(f *testing.F) {
	checker, err := lint.NewChecker(rules.All(), nil, "")
	if err != nil {
		f.Fatal(err)
	}
	schema := sarifSchema(f)
	for _, s := range fuzzSeeds {
		f.Add([]byte(s), false, "post.md")
		f.Add([]byte(s), true, "dossier, brouillon:1 %.md")
	}
	f.Fuzz(func(t *testing.T, data []byte, markdown bool, path string) {
		if strings.IndexByte(path, 0) >= 0 {
			return // no file name holds a NUL
		}
		format := lint.PlainText
		if markdown {
			format = lint.Markdown
		}
		results := []lint.Result{
			checker.Check(&lint.Source{Path: path, Data: data, Format: format}),
			checker.Check(&lint.Source{Path: "propre.txt", Data: []byte("Rien à signaler.\n")}),
		}
		checkSpans(t, data, results[0])
		for _, name := range report.Formats {
			r, err := report.New(name, report.Options{Rules: checker.Rules, Version: "v0.0.0", FailOn: lint.Warning})
			if err != nil {
				t.Fatal(err)
			}
			var out bytes.Buffer
			if err := r.Report(&out, results); err != nil {
				t.Fatalf("%s: %v", name, err)
			}
			if utf8.ValidString(path) && !utf8.Valid(out.Bytes()) {
				t.Errorf("%s: invalid UTF-8 in the report", name)
			}
			switch name {
			case "json":
				checkJSON(t, out.Bytes(), len(data))
			case "rdjson":
				var v struct{ Diagnostics []json.RawMessage }
				if err := json.Unmarshal(out.Bytes(), &v); err != nil || len(v.Diagnostics) != count(results) {
					t.Errorf("rdjson: %v, %d diagnostics for %d\n%s", err, len(v.Diagnostics), count(results), out.Bytes())
				}
			case "sarif":
				checkSARIF(t, schema, out.Bytes())
			case "checkstyle", "junit":
				checkXML(t, name, out.Bytes())
			case "github":
				checkGitHub(t, out.String(), count(results))
			}
		}
	})
}

// count returns the number of diagnostics and errors of results.
func count(results []lint.Result) int {
	n := 0
	for _, r := range results {
		n += len(r.Diagnostics)
		if r.Err != nil {
			n++
		}
	}
	return n
}

// checkSpans checks that the diagnostics of r lie inside data, on code
// point boundaries, and so do their fixes.
func checkSpans(t *testing.T, data []byte, r lint.Result) {
	t.Helper()
	inside := func(s lint.Span) bool {
		return 0 <= s.Start && s.Start <= s.End && s.End <= len(data) &&
			(s.Start == len(data) || utf8.RuneStart(data[s.Start])) && (s.End == len(data) || utf8.RuneStart(data[s.End]))
	}
	for _, d := range r.Diagnostics {
		if !inside(d.Span) || d.Fix != nil && (!inside(d.Fix.Span) || !utf8.ValidString(d.Fix.Text)) {
			t.Errorf("%s: span %v or fix %+v outside the text or inside a character (%d bytes)", d.Rule, d.Span, d.Fix, len(data))
		}
	}
}

// checkJSON reads the JSON report back and checks its positions.
func checkJSON(t *testing.T, out []byte, size int) {
	t.Helper()
	type position struct{ Line, Column int }
	var v struct {
		Files []struct {
			Diagnostics []struct {
				Span       struct{ Start, End int }
				Start, End position
			}
		}
	}
	if err := json.Unmarshal(out, &v); err != nil || len(v.Files) != 2 {
		t.Fatalf("json: %v, %d files\n%s", err, len(v.Files), out)
	}
	for _, d := range v.Files[0].Diagnostics {
		if d.Span.Start < 0 || d.Span.Start > d.Span.End || d.Span.End > size || d.Start.Line < 1 || d.Start.Column < 1 ||
			d.End.Line < d.Start.Line || d.End.Line == d.Start.Line && d.End.Column < d.Start.Column {
			t.Errorf("json: bad positions %+v for %d bytes", d, size)
		}
	}
}

// sarifSchema compiles the SARIF 2.1.0 schema of testdata.
func sarifSchema(f *testing.F) *jsonschema.Schema {
	file, err := os.Open("testdata/sarif-2.1.0-rtm.5.json")
	if err != nil {
		f.Fatal(err)
	}
	defer file.Close()
	doc, err := jsonschema.UnmarshalJSON(file)
	if err != nil {
		f.Fatal(err)
	}
	c := jsonschema.NewCompiler()
	if err := c.AddResource("sarif.json", doc); err != nil {
		f.Fatal(err)
	}
	schema, err := c.Compile("sarif.json")
	if err != nil {
		f.Fatal(err)
	}
	return schema
}

// checkSARIF validates a SARIF log against the schema and reads it back.
func checkSARIF(t *testing.T, schema *jsonschema.Schema, out []byte) {
	t.Helper()
	v, err := jsonschema.UnmarshalJSON(bytes.NewReader(out))
	if err == nil {
		err = schema.Validate(v)
	}
	if err != nil {
		t.Fatalf("sarif: %v\n%s", err, out)
	}
	if _, err := sarif.FromBytes(out); err != nil {
		t.Fatalf("sarif does not read back: %v", err)
	}
}

// checkXML reads a whole XML document.
func checkXML(t *testing.T, name string, out []byte) {
	t.Helper()
	dec := xml.NewDecoder(bytes.NewReader(out))
	for {
		_, err := dec.Token()
		if errors.Is(err, io.EOF) {
			return
		}
		if err != nil {
			t.Fatalf("%s: %v\n%s", name, err, out)
		}
	}
}

// githubProperties are the properties a workflow command of coquille may
// have.
var githubProperties = map[string]bool{"file": true, "line": true, "col": true, "endLine": true, "endColumn": true, "title": true}

// checkGitHub checks that each diagnostic or error is one workflow command
// on one line, with known properties, and that only the summary follows.
func checkGitHub(t *testing.T, out string, n int) {
	t.Helper()
	lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
	if len(lines) != n+1 || strings.HasPrefix(lines[n], "::") || strings.ContainsRune(out, '\r') {
		t.Fatalf("github: %d lines for %d commands and the summary\n%s", len(lines), n, out)
	}
	for _, line := range lines[:n] {
		cmd, rest, ok := strings.Cut(strings.TrimPrefix(line, "::"), " ")
		props, _, ok2 := strings.Cut(rest, "::")
		if !ok || !ok2 || (cmd != "error" && cmd != "warning" && cmd != "notice") {
			t.Fatalf("github: not a workflow command: %q", line)
		}
		for _, p := range strings.Split(props, ",") {
			if k, _, ok := strings.Cut(p, "="); !ok || !githubProperties[k] {
				t.Fatalf("github: bad property %q in %q", p, line)
			}
		}
	}
}
