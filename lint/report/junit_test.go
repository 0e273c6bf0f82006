package report

import (
	"bytes"
	"encoding/xml"
	"strings"
	"testing"

	"github.com/coquille-fr/coquille/lint"
)

func TestJUnitReport(t *testing.T) {
	var out bytes.Buffer
	if err := (&JUnit{FailOn: lint.Error}).Report(&out, ciResults(t)); err != nil {
		t.Fatal(err)
	}
	want := `<?xml version="1.0" encoding="UTF-8"?>
<testsuites name="coquille" tests="3" failures="1" errors="1">
  <testsuite name="coquille" tests="3" failures="1" errors="1">
    <testcase name="a.md" classname="coquille">
      <failure message="1 erreur, 1 avertissement, 1 info" type="coquille"><![CDATA[a.md:1:15: error: espace fine insécable attendue avant «` + "\u00a0!\u00a0" + `» [typography.space-before-exclamation]
  suggestion` + "\u00a0" + `: «` + "\u00a0" + `⟨espace fine insécable⟩!` + "\u00a0" + `» (appliquée par coquille fix)
a.md:1:11: info: phrase longue [tone.long]
a.md:2:3: warning: mot en capitales [tone.shouting]
  suggestions` + "\u00a0" + `: «` + "\u00a0" + `bientôt` + "\u00a0" + `», (supprimer)
]]></failure>
    </testcase>
    <testcase name="dossier, brouillon:1.md" classname="coquille">
      <error message="fichier binaire (octet nul)"></error>
    </testcase>
    <testcase name="propre.txt" classname="coquille"></testcase>
  </testsuite>
</testsuites>
`
	if out.String() != want {
		t.Errorf("got\n%s\nwant\n%s", out.String(), want)
	}
}

func TestJUnitBelowFailOnPasses(t *testing.T) {
	var out bytes.Buffer
	results := ciResults(t)[:1]
	if err := (&JUnit{FailOn: lint.Error}).Report(&out, []lint.Result{{Source: results[0].Source, Doc: results[0].Doc, Diagnostics: results[0].Diagnostics[1:]}}); err != nil {
		t.Fatal(err)
	}
	var parsed junitSuites
	if err := xml.Unmarshal(out.Bytes(), &parsed); err != nil {
		t.Fatal(err)
	}
	c := parsed.Suites[0].Cases[0]
	if c.Failure != nil || c.SystemOut == nil || !strings.Contains(c.SystemOut.Text, "a.md:2:3: warning: mot en capitales [tone.shouting]\n") {
		t.Errorf("got %+v", c)
	}
	if parsed.Failures != 0 || parsed.Tests != 1 {
		t.Errorf("counts %+v", parsed.junitCounts)
	}
}
