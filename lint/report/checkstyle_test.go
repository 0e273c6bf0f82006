package report

import (
	"bytes"
	"encoding/xml"
	"testing"
)

func TestCheckstyleReport(t *testing.T) {
	var out bytes.Buffer
	if err := (Checkstyle{}).Report(&out, ciResults(t)); err != nil {
		t.Fatal(err)
	}
	want := `<?xml version="1.0" encoding="UTF-8"?>
<checkstyle version="4.3">
  <file name="a.md">
    <error line="1" column="15" severity="error" message="espace fine insécable attendue avant «` + "\u00a0!\u00a0" + `»&#xA;suggestion` + "\u00a0" + `: «` + "\u00a0" + `⟨espace fine insécable⟩!` + "\u00a0" + `» (appliquée par coquille fix)" source="typography.space-before-exclamation"></error>
    <error line="1" column="11" severity="info" message="phrase longue" source="tone.long"></error>
    <error line="2" column="3" severity="warning" message="mot en capitales&#xA;suggestions` + "\u00a0" + `: «` + "\u00a0" + `bientôt` + "\u00a0" + `», (supprimer)" source="tone.shouting"></error>
  </file>
  <file name="dossier, brouillon:1.md">
    <error severity="error" message="fichier binaire (octet nul)" source="coquille"></error>
  </file>
  <file name="propre.txt"></file>
</checkstyle>
`
	if out.String() != want {
		t.Errorf("got\n%s\nwant\n%s", out.String(), want)
	}
	var parsed checkstyleReport
	if err := xml.Unmarshal(out.Bytes(), &parsed); err != nil {
		t.Fatalf("not well-formed: %v", err)
	}
	if got := parsed.Files[0].Errors[0].Message; got != detail(ciResults(t)[0].Diagnostics[0]) {
		t.Errorf("message read back as %q", got)
	}
}
