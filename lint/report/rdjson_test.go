package report

import (
	"bytes"
	"testing"
)

func TestRDJSONReport(t *testing.T) {
	var out bytes.Buffer
	if err := (RDJSON{}).Report(&out, ciResults(t)); err != nil {
		t.Fatal(err)
	}
	// Columns count bytes: "à" takes two, "À" two, "Ô" two.
	want := `{"source":{"name":"coquille","url":"https://github.com/coquille-fr/coquille"},"diagnostics":[` +
		`{"message":"espace fine insécable attendue avant «\u00a0!\u00a0»","location":{"path":"a.md","range":{"start":{"line":1,"column":16},"end":{"line":1,"column":17}}},"severity":"ERROR","code":{"value":"typography.space-before-exclamation"},` +
		`"suggestions":[{"range":{"start":{"line":1,"column":16},"end":{"line":1,"column":17}},"text":"\u202f!"}]},` +
		`{"message":"phrase longue","location":{"path":"a.md","range":{"start":{"line":1,"column":12},"end":{"line":2,"column":3}}},"severity":"INFO","code":{"value":"tone.long"}},` +
		`{"message":"mot en capitales","location":{"path":"a.md","range":{"start":{"line":2,"column":4},"end":{"line":2,"column":12}}},"severity":"WARNING","code":{"value":"tone.shouting"},` +
		`"suggestions":[{"range":{"start":{"line":2,"column":4},"end":{"line":2,"column":12}},"text":"bientôt"},{"range":{"start":{"line":2,"column":4},"end":{"line":2,"column":12}},"text":""}]},` +
		`{"message":"fichier binaire (octet nul)","location":{"path":"dossier, brouillon:1.md"},"severity":"ERROR"}]}` + "\n"
	if out.String() != want {
		t.Errorf("got\n%s\nwant\n%s", out.String(), want)
	}
}
