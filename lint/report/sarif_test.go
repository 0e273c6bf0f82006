package report

import (
	"bytes"
	"encoding/json"
	"os"
	"strings"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"
)

// sarifSchema is the SARIF 2.1.0 schema; see testdata/README.md.
const sarifSchema = "testdata/sarif-2.1.0-rtm.5.json"

func TestSARIFMatchesSchema(t *testing.T) {
	f, err := os.Open(sarifSchema)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	doc, err := jsonschema.UnmarshalJSON(f)
	if err != nil {
		t.Fatal(err)
	}
	c := jsonschema.NewCompiler()
	c.AssertFormat()
	if err := c.AddResource("sarif.json", doc); err != nil {
		t.Fatal(err)
	}
	schema, err := c.Compile("sarif.json")
	if err != nil {
		t.Fatal(err)
	}
	for name, s := range map[string]*SARIF{"with rules": {Rules: ciRules, Version: "v1.2.3"}, "bare": {}} {
		t.Run(name, func(t *testing.T) {
			var out bytes.Buffer
			if err := s.Report(&out, ciResults(t)); err != nil {
				t.Fatal(err)
			}
			log, err := jsonschema.UnmarshalJSON(bytes.NewReader(out.Bytes()))
			if err != nil {
				t.Fatal(err)
			}
			if err := schema.Validate(log); err != nil {
				t.Errorf("%v\n%s", err, out.String())
			}
			// The final 2.1.0 schema also wants every region to say where it starts.
			forEachRegion(log, func(region map[string]any) {
				if region["startLine"] == nil && region["charOffset"] == nil && region["byteOffset"] == nil {
					t.Errorf("region without a start: %v", region)
				}
			})
		})
	}
}

// forEachRegion calls f with every region and deleted region of a log.
func forEachRegion(v any, f func(map[string]any)) {
	switch v := v.(type) {
	case map[string]any:
		for k, child := range v {
			if region, ok := child.(map[string]any); ok && (k == "region" || k == "deletedRegion") {
				f(region)
			}
			forEachRegion(child, f)
		}
	case []any:
		for _, child := range v {
			forEachRegion(child, f)
		}
	}
}

func TestSARIFReport(t *testing.T) {
	var out bytes.Buffer
	if err := (&SARIF{Rules: ciRules, Version: "v1.2.3"}).Report(&out, ciResults(t)); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out.String(), `"\u202f!"`) || strings.ContainsRune(out.String(), '\u202f') {
		t.Errorf("invisible characters should be escaped:\n%s", out.String())
	}
	var log struct {
		Runs []struct {
			Tool struct {
				Driver struct {
					Version string
					Rules   []struct {
						ID               string
						ShortDescription struct{ Text string }
						Help             struct{ Text string }
					}
				}
			}
			ColumnKind string
			Language   string
			Results    []struct {
				RuleID    string
				RuleIndex int
				Level     string
				Message   struct{ Text string }
				Locations []struct {
					PhysicalLocation struct {
						ArtifactLocation struct{ URI string }
						Region           map[string]int
					}
				}
				Fixes []struct {
					ArtifactChanges []struct {
						Replacements []struct {
							DeletedRegion   map[string]int
							InsertedContent struct{ Text string }
						}
					}
				}
			}
			Invocations []struct {
				ExecutionSuccessful        bool
				ToolExecutionNotifications []struct {
					Message   struct{ Text string }
					Locations []struct {
						PhysicalLocation struct {
							ArtifactLocation struct{ URI string }
						}
					}
				}
			}
		}
	}
	if err := json.Unmarshal(out.Bytes(), &log); err != nil {
		t.Fatal(err)
	}
	run := log.Runs[0]
	if run.ColumnKind != "unicodeCodePoints" || run.Language != "fr" || run.Tool.Driver.Version != "v1.2.3" {
		t.Errorf("run: %+v", run)
	}
	rules := run.Tool.Driver.Rules
	if len(rules) != 3 || rules[0].Help.Text != ciRules[0].Doc || rules[2].ID != "tone.long" {
		t.Errorf("rules: %+v", rules)
	}
	if len(run.Results) != 3 {
		t.Fatalf("results: %+v", run.Results)
	}
	bang, long, shout := run.Results[0], run.Results[1], run.Results[2]
	wantRegion := map[string]int{"startLine": 1, "startColumn": 15, "endLine": 1, "endColumn": 16, "byteOffset": 15, "byteLength": 1}
	if got := bang.Locations[0].PhysicalLocation.Region; !equalRegions(got, wantRegion) {
		t.Errorf("region %v, want %v", got, wantRegion)
	}
	if bang.Level != "error" || bang.RuleIndex != 0 || bang.Locations[0].PhysicalLocation.ArtifactLocation.URI != "a.md" {
		t.Errorf("result: %+v", bang)
	}
	if len(bang.Fixes) != 1 {
		t.Fatalf("fixes: %+v", bang.Fixes)
	}
	repl := bang.Fixes[0].ArtifactChanges[0].Replacements[0]
	if !equalRegions(repl.DeletedRegion, wantRegion) || repl.InsertedContent.Text != "\u202f!" {
		t.Errorf("replacement: %+v", repl)
	}
	if long.RuleIndex != 2 || long.Level != "note" || len(long.Fixes) != 0 {
		t.Errorf("remark: %+v", long)
	}
	if want := "mot en capitales\nsuggestions\u00a0: «\u00a0bientôt\u00a0», (supprimer)"; shout.Message.Text != want || len(shout.Fixes) != 0 {
		t.Errorf("suggestions without fix: %+v", shout)
	}
	inv := run.Invocations[0]
	if inv.ExecutionSuccessful || len(inv.ToolExecutionNotifications) != 1 ||
		inv.ToolExecutionNotifications[0].Locations[0].PhysicalLocation.ArtifactLocation.URI != "./dossier,%20brouillon:1.md" {
		t.Errorf("invocation: %+v", inv)
	}
}

func equalRegions(a, b map[string]int) bool {
	if len(a) != len(b) {
		return false
	}
	for k, v := range a {
		if b[k] != v {
			return false
		}
	}
	return true
}

func TestArtifactLocation(t *testing.T) {
	cases := map[string]string{
		"posts/rentrée.md": "posts/rentr%C3%A9e.md",
		"a b#c?.md":        "a%20b%23c%3F.md",
		"/abs/post.md":     "file:///abs/post.md",
		"<stdin>":          "%3Cstdin%3E",
	}
	for path, want := range cases {
		if got := *artifactLocation(path).URI; got != want {
			t.Errorf("%s: got %s, want %s", path, got, want)
		}
	}
}
