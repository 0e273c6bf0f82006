package report

import (
	"bytes"
	"strings"
	"testing"
)

func TestNewKnowsEveryFormat(t *testing.T) {
	for _, f := range Formats {
		r, err := New(f, Options{Rules: ciRules})
		if err != nil {
			t.Fatalf("New(%q): %v", f, err)
		}
		var out bytes.Buffer
		if err := r.Report(&out, ciResults(t)); err != nil || out.Len() == 0 {
			t.Errorf("%s: %v, %d bytes", f, err, out.Len())
		}
	}
	_, err := New("xml", Options{})
	if want := "(attendu\u00a0: text, json, sarif, github, rdjson, checkstyle ou junit)"; err == nil || !strings.Contains(err.Error(), want) {
		t.Errorf("New(xml): %v", err)
	}
}
