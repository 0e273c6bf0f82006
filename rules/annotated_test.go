package rules_test

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"

	"github.com/coquille-fr/coquille/lint"
	"github.com/coquille-fr/coquille/rules"
)

// An annotated file is a draft whose expected diagnostics sit inline:
//
//	[[SPAN|RULE]]              a diagnostic of RULE on SPAN
//	[[SPAN|RULE|SUGG]]         ... whose first suggestion is SUGG, without a safe fix
//	[[SPAN|RULE|SUGG|fix]]     ... whose first suggestion is also its safe fix
//
// Everything else in the file must stay silent for the rules in scope,
// which run alone: another rule proposing the same correction would take
// the diagnostic's place (see lint.Checker.Check).
// Lines starting with "%%" are directives or comments and are removed:
//
//	%% rules: typography.space-before   (IDs with this prefix are in scope; several allowed)
//	%% profile: fr-CA
//	%% strict: true
//	%% apostrophe: straight
//	%% config: custom:            (one line of YAML configuration, kept as
//	%% config:   - id: marques     written after "config: ", indentation
//	%% config:     kind: existence included; the lines add up in order)
//
// In the text and in suggestions, {nbsp}, {nnbsp} and {sp} stand for
// U+00A0, U+202F and U+0020. The file's extension picks the format.

var marker = regexp.MustCompile(`\[\[([^|\]]*)\|([a-z0-9.\-]+)(?:\|([^|\]]*))?(?:\|(fix))?\]\]`)

var placeholders = strings.NewReplacer("{nbsp}", "\u00a0", "{nnbsp}", "\u202f", "{sp}", " ")

type expectation struct {
	span         lint.Span
	rule         string
	sugg         string
	hasSugg, fix bool
	line         int
}

type annotated struct {
	text     string
	format   lint.Format
	scope    []string
	config   string // YAML built from the directives
	expected []expectation
}

func parseAnnotated(t *testing.T, path string) annotated {
	raw, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	a := annotated{format: lint.FormatOf(path)}
	var body strings.Builder
	for n, line := range strings.SplitAfter(string(raw), "\n") {
		if directive, ok := strings.CutPrefix(line, "%%"); ok {
			if yamlLine, ok := strings.CutPrefix(strings.TrimRight(directive, "\r\n"), " config: "); ok {
				a.config += yamlLine + "\n"
				continue
			}
			key, value, _ := strings.Cut(strings.TrimSpace(directive), ":")
			value = strings.TrimSpace(value)
			switch key {
			case "rules":
				a.scope = append(a.scope, strings.Fields(value)...)
			case "profile", "strict", "apostrophe", "guillemets":
				a.config += key + ": " + value + "\n"
			}
			continue
		}
		line = placeholders.Replace(line)
		for {
			m := marker.FindStringSubmatchIndex(line)
			if m == nil {
				break
			}
			start := body.Len() + m[0]
			e := expectation{
				span: lint.Span{Start: start, End: start + m[3] - m[2]},
				rule: line[m[4]:m[5]],
				line: n + 1,
			}
			if m[6] >= 0 {
				e.sugg, e.hasSugg = line[m[6]:m[7]], true
			}
			e.fix = m[8] >= 0
			a.expected = append(a.expected, e)
			line = line[:m[0]] + line[m[2]:m[3]] + line[m[1]:]
		}
		body.WriteString(line)
	}
	a.text = body.String()
	if len(a.scope) == 0 {
		t.Fatalf("%s: no %%%% rules: directive", path)
	}
	return a
}

func (a annotated) inScope(rule string) bool {
	for _, s := range a.scope {
		if strings.HasPrefix(rule, s) {
			return true
		}
	}
	return false
}

func checkerFor(t *testing.T, a annotated) *lint.Checker {
	cfg, err := lint.ParseConfig("directives", []byte(a.config))
	if err != nil {
		t.Fatal(err)
	}
	var inScope []*lint.Rule
	for _, r := range rules.All() {
		if a.inScope(r.ID) {
			inScope = append(inScope, r)
		}
	}
	c, err := lint.NewChecker(inScope, cfg, "")
	if err != nil {
		t.Fatal(err)
	}
	return c
}

func (a annotated) inScopeDiagnostics(res lint.Result) []lint.Diagnostic {
	var out []lint.Diagnostic
	for _, d := range res.Diagnostics {
		if a.inScope(d.Rule) {
			out = append(out, d)
		}
	}
	return out
}

// TestAnnotated runs every annotated file under testdata/ but the CLI
// goldens and the examples.
func TestAnnotated(t *testing.T) {
	files, _ := filepath.Glob("../testdata/*/*.txt")
	md, _ := filepath.Glob("../testdata/*/*.md")
	files = append(files, md...)
	sort.Strings(files)
	ran := 0
	for _, path := range files {
		if strings.HasPrefix(path, "../testdata/cli/") || strings.HasPrefix(path, "../testdata/examples/") {
			continue
		}
		ran++
		t.Run(strings.TrimPrefix(path, "../testdata/"), func(t *testing.T) {
			a := parseAnnotated(t, path)
			c := checkerFor(t, a)
			src := &lint.Source{Path: path, Data: []byte(a.text), Format: a.format}
			res := c.Check(src)
			if res.Err != nil {
				t.Fatal(res.Err)
			}
			got := a.inScopeDiagnostics(res)
			matched := make([]bool, len(got))
			for _, e := range a.expected {
				found := false
				for i, d := range got {
					if matched[i] || d.Rule != e.rule || d.Span != e.span {
						continue
					}
					matched[i], found = true, true
					checkSuggestion(t, path, e, d)
					break
				}
				if !found {
					t.Errorf("%s:%d: missing %s on %q", path, e.line, e.rule, a.text[e.span.Start:e.span.End])
				}
			}
			for i, d := range got {
				if !matched[i] {
					pos := res.Doc.Position(d.Span.Start)
					t.Errorf("%s: unexpected %s on %q (line %d of the stripped text): %s",
						path, d.Rule, a.text[d.Span.Start:d.Span.End], pos.Line, d.Message)
				}
			}
			checkFixIsStable(t, c, a, src)
		})
	}
	if ran == 0 {
		t.Fatal("no annotated file found")
	}
}

func checkSuggestion(t *testing.T, path string, e expectation, d lint.Diagnostic) {
	t.Helper()
	if !e.hasSugg {
		return
	}
	want := placeholders.Replace(e.sugg)
	if len(d.Suggestions) == 0 || d.Suggestions[0] != want {
		t.Errorf("%s:%d: %s: suggestions %q, want first %q", path, e.line, e.rule, d.Suggestions, want)
	}
	switch {
	case e.fix && (d.Fix == nil || d.Fix.Text != want || d.Fix.Span != d.Span):
		t.Errorf("%s:%d: %s: fix %v, want %q on the span", path, e.line, e.rule, fixText(d.Fix), want)
	case !e.fix && d.Fix != nil:
		t.Errorf("%s:%d: %s: unexpected safe fix %q", path, e.line, e.rule, d.Fix.Text)
	}
}

func fixText(e *lint.Edit) string {
	if e == nil {
		return "none"
	}
	return fmt.Sprintf("%q", e.Text)
}

// checkFixIsStable fixes the file and checks that a second fix changes
// nothing and that no safe fix of the rules in scope is left.
func checkFixIsStable(t *testing.T, c *lint.Checker, a annotated, src *lint.Source) {
	t.Helper()
	fixed, _, res := c.Fix(src)
	if res.Err != nil {
		t.Fatal(res.Err)
	}
	for _, d := range a.inScopeDiagnostics(res) {
		if d.Fix != nil {
			t.Errorf("%s: after fix, still fixable: %s on %q", src.Path, d.Rule, string(fixed[d.Span.Start:d.Span.End]))
		}
	}
	again, n, _ := c.Fix(&lint.Source{Path: src.Path, Data: fixed, Format: src.Format})
	if n != 0 || string(again) != string(fixed) {
		t.Errorf("%s: a second fix changed %d places", src.Path, n)
	}
}
