package lint

import "testing"

func TestApplyEdits(t *testing.T) {
	data := []byte("Bonjour!Ça va?")
	out, n := ApplyEdits(data, []Edit{
		{Span{14, 15}, "\u202f?"},
		{Span{7, 8}, "\u202f!"},
		{Span{7, 9}, "overlap"},
		{Span{8, 8}, " "},
	})
	if want := "Bonjour\u202f! Ça va\u202f?"; string(out) != want || n != 3 {
		t.Fatalf("got %q (%d edits), want %q", out, n, want)
	}
}

// exclaim is a test rule: a "!" glued to a word gets a narrow no-break space.
var exclaim = &Rule{ID: "typography.test", Category: Typography, Severity: Error, Check: func(p *Pass) {
	for _, b := range p.Doc.Blocks {
		for i, tok := range b.All() {
			if j := b.Prev(i); tok.Is("!") && j >= 0 && b.Kind(j) == Word {
				p.Replace(tok.Span(), "Espace fine insécable manquante avant « ! ».", "\u202f!", true)
			}
		}
	}
}}

func TestFixIsIdempotent(t *testing.T) {
	c, err := NewChecker([]*Rule{exclaim}, nil, "")
	if err != nil {
		t.Fatal(err)
	}
	fixed, n, res := c.Fix(&Source{Data: []byte("Oui! Non!")})
	if string(fixed) != "Oui\u202f! Non\u202f!" || n != 2 || len(res.Diagnostics) != 0 {
		t.Fatalf("got %q, %d edits, %v", fixed, n, res.Diagnostics)
	}
	if _, n, _ := c.Fix(&Source{Data: fixed}); n != 0 {
		t.Fatalf("second fix applied %d edits", n)
	}
	if out, n, res := c.Fix(&Source{Data: []byte("Oui!\xff")}); res.Err == nil || n != 0 || string(out) != "Oui!\xff" {
		t.Fatal("fix must refuse invalid UTF-8 and leave the data as is")
	}
}

func TestCheckerSeverityOverride(t *testing.T) {
	cfg, _ := ParseConfig("c.yaml", []byte("rules:\n  typography.test: info\n"))
	c, _ := NewChecker([]*Rule{exclaim}, cfg, "")
	res := c.Check(&Source{Data: []byte("Oui! Oui!")})
	if len(res.Diagnostics) != 2 || res.Diagnostics[0].Severity != Info || res.Diagnostics[0].Span.Start != 3 {
		t.Fatalf("%+v", res.Diagnostics)
	}
	cfg, _ = ParseConfig("c.yaml", []byte("rules:\n  typography: off\n"))
	c, _ = NewChecker([]*Rule{exclaim}, cfg, "")
	if res := c.Check(&Source{Data: []byte("Oui!")}); len(res.Diagnostics) != 0 {
		t.Fatal("category switched off")
	}
}
