package lint_test

import (
	"bytes"
	"testing"

	"github.com/coquille-fr/coquille/lint"
	"github.com/coquille-fr/coquille/rules"
)

// FuzzFix applies the safe fixes of the real rules to any input: a text
// that fails Validate comes back unchanged with its error; any other comes
// back as valid text, and fixing it again changes nothing.
func FuzzFix(f *testing.F) {
	checker, err := lint.NewChecker(rules.All(), nil, "")
	if err != nil {
		f.Fatal(err)
	}
	for _, s := range []string{
		"Bonjour a tous!!! On se voit Lundi , c'est   SUPER important 😀 #mardiconseil\n",
		"# Titre\n\n« oui »: non ; *gras* `code` [lien](http://a.b)\nle homme , si il   vient ...\n",
		"\uFEFFl’héros qu’il a dit: \"parmis\" les 10000 € ... 2ème coeur\r\nmdr jsp\rfin ?",
		"Cafe\u0301 cre\u0300me! l' ami: (  oui ) 18:30 5kg 50% « non»",
		"caf\xe9 !", "a\x00b !", "\xff\xfeB\x00",
	} {
		f.Add([]byte(s), false)
		f.Add([]byte(s), true)
	}
	f.Fuzz(func(t *testing.T, data []byte, markdown bool) {
		format := lint.PlainText
		if markdown {
			format = lint.Markdown
		}
		original := bytes.Clone(data)
		fixed, n, res := checker.Fix(&lint.Source{Path: "post", Data: data, Format: format})
		if !bytes.Equal(data, original) {
			t.Fatalf("Fix changed its input in place")
		}
		if err := lint.Validate(data); err != nil {
			if res.Err == nil || n != 0 || !bytes.Equal(fixed, data) {
				t.Fatalf("invalid input (%v) not returned unchanged: %d edits, error %v", err, n, res.Err)
			}
			return
		}
		if res.Err != nil {
			t.Fatalf("valid input refused: %v", res.Err)
		}
		if err := lint.Validate(fixed); err != nil {
			t.Fatalf("fixed text %q: %v", fixed, err)
		}
		again, m, _ := checker.Fix(&lint.Source{Path: "post", Data: fixed, Format: format})
		if m != 0 || !bytes.Equal(again, fixed) {
			t.Fatalf("fix is not idempotent: %d more edits\n%q\n%q\n%q", m, data, fixed, again)
		}
	})
}
