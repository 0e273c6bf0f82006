package lint

import (
	"bytes"
	"strings"
	"testing"
)

// bangChecker flags every "!" that follows a letter.
func bangChecker(t *testing.T) *Checker {
	t.Helper()
	rule := &Rule{ID: "typography.bang", Category: Typography, Severity: Error, Doc: "Test.", Check: func(p *Pass) {
		text := p.Doc.Text
		for i := strings.IndexByte(text, '!'); i >= 0; i = next(text, i) {
			if i > 0 && text[i-1] != ' ' && text[i-1] != '!' {
				p.Report(Diagnostic{Message: "espace attendue", Span: Span{Start: i, End: i + 1}})
			}
		}
	}}
	c, err := NewChecker([]*Rule{rule}, nil, "")
	if err != nil {
		t.Fatal(err)
	}
	return c
}

// next returns the offset of the next "!" after i, or -1.
func next(text string, i int) int {
	j := strings.IndexByte(text[i+1:], '!')
	if j < 0 {
		return -1
	}
	return i + 1 + j
}

func check(t *testing.T, c *Checker, text string) Result {
	t.Helper()
	res := c.Check(&Source{Path: "post.md", Data: []byte(text), Format: PlainText})
	if res.Err != nil {
		t.Fatal(res.Err)
	}
	return res
}

func TestBaselineKeepsOldFindingsAfterEdits(t *testing.T) {
	c := bangChecker(t)
	b := NewBaseline()
	b.Add("posts/post.md", check(t, c, "Bonjour!\nÀ bientôt!\n"))
	if b.Len() != 2 {
		t.Fatalf("recorded %d findings", b.Len())
	}

	// A line added above, and a new fault further down.
	res := check(t, c, "Nouvelle introduction.\nBonjour!\nÀ bientôt!\nEt une nouveauté!\n")
	kept, hidden := b.Filter("posts/post.md", res)
	if hidden != 2 || len(kept.Diagnostics) != 1 {
		t.Fatalf("hidden %d, kept %+v", hidden, kept.Diagnostics)
	}
	if got := res.Doc.Position(kept.Diagnostics[0].Span.Start).Line; got != 4 {
		t.Errorf("the new finding is on line %d, want 4", got)
	}
	if _, hidden := b.Filter("autre.md", res); hidden != 0 {
		t.Errorf("another file hid %d findings", hidden)
	}
}

func TestBaselineCountsDuplicates(t *testing.T) {
	c := bangChecker(t)
	b := NewBaseline()
	b.Add("p.md", check(t, c, "Oui!\nOui!\n"))
	kept, hidden := b.Filter("p.md", check(t, c, "Oui!\nOui!\nOui!\n"))
	if hidden != 2 || len(kept.Diagnostics) != 1 {
		t.Errorf("hidden %d, kept %d", hidden, len(kept.Diagnostics))
	}
}

func TestBaselineContextChangesWithTheLine(t *testing.T) {
	c := bangChecker(t)
	b := NewBaseline()
	b.Add("p.md", check(t, c, "Bonjour à tous!\n"))
	if _, hidden := b.Filter("p.md", check(t, c, "Bonsoir à tous!\n")); hidden != 0 {
		t.Error("a fault on a rewritten line stays known")
	}
	b.Add("p.md", check(t, c, "Bonjour à tous, vraiment tous, mes amis!\n"))
	if _, hidden := b.Filter("p.md", check(t, c, "Ah, bonjour à tous, vraiment tous, mes amis!\n")); hidden != 1 {
		t.Error("an edit beyond the context makes the fault new")
	}
}

func TestBaselineWriteIsDeterministicAndReadable(t *testing.T) {
	c := bangChecker(t)
	b := NewBaseline()
	b.Add("b.md", check(t, c, "Deux!\n"))
	b.Add("a.md", check(t, c, "Un\u202fet un!\nUn\u202fet un!\n"))
	var first, second bytes.Buffer
	if err := b.Write(&first); err != nil {
		t.Fatal(err)
	}
	want := `{
  "version": 1,
  "findings": [
    {
      "path": "a.md",
      "rule": "typography.bang",
      "text": "!",
      "context": "Un\u202fet un!",
      "count": 2
    },
    {
      "path": "b.md",
      "rule": "typography.bang",
      "text": "!",
      "context": "Deux!",
      "count": 1
    }
  ]
}
`
	if first.String() != want {
		t.Errorf("got\n%s\nwant\n%s", first.String(), want)
	}
	read, err := ReadBaseline(bytes.NewReader(first.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	if err := read.Write(&second); err != nil {
		t.Fatal(err)
	}
	if second.String() != first.String() {
		t.Errorf("not the same once read back:\n%s", second.String())
	}
}

func TestBaselineKeyOfLongSpan(t *testing.T) {
	text := "Avant " + strings.Repeat("é", 30) + "\n" + strings.Repeat("à", 30) + " après la fin de la portée\n"
	src := &Source{Path: "p.txt", Data: []byte(text)}
	doc := NewDocument(src)
	start := strings.Index(text, "é")
	end := strings.LastIndex(text, "à") + len("à")
	key := KeyOf("p.txt", doc, Diagnostic{Rule: "length.post", Span: Span{Start: start, End: end}})
	wantText := strings.Repeat("é", 20) + "…" + strings.Repeat("à", 20)
	if key.Text != wantText {
		t.Errorf("text %q, want %q", key.Text, wantText)
	}
	if want := "Avant " + wantText + " après la fin de la "; key.Context != want {
		t.Errorf("context %q, want %q", key.Context, want)
	}
}

func TestReadBaselineErrors(t *testing.T) {
	cases := map[string]string{
		"":                                 "fichier vide",
		"{":                                "JSON incomplet",
		"{]":                               "JSON invalide à l’octet 2",
		`{"version": 2, "findings": []}`:   "version 2 inconnue",
		`{"version": 1, "findings": {}}`:   "valeur inattendue pour «\u00a0findings\u00a0»",
		`{"version": 1, "extra": true}`:    `unknown field "extra"`,
		`{"version": 1, "findings": null}`: "",
	}
	for in, want := range cases {
		_, err := ReadBaseline(strings.NewReader(in))
		if want == "" && err != nil || want != "" && (err == nil || !strings.Contains(err.Error(), want)) {
			t.Errorf("%q: got %v, want %q", in, err, want)
		}
	}
}
