package lint

import "testing"

// TestDropTokens checks that a document keeps its text, positions and
// suppressions once its tokens are dropped.
func TestDropTokens(t *testing.T) {
	doc := NewDocument(&Source{Path: "a.md", Format: Markdown, Data: []byte("Un mot,\n\n<!-- coquille-disable -->\nDeux : 3.\n")})
	before := doc.Position(12)
	directives := len(doc.directives)
	doc.TokensOf(Punct)
	doc.DropTokens()
	if len(doc.Blocks) != 0 || len(doc.Posts) != 0 || doc.tokens != nil || len(doc.TokensOf(Punct)) != 0 || len(doc.TokensOf(Number)) != 0 {
		t.Error("tokens left after DropTokens")
	}
	if after := doc.Position(12); after != before {
		t.Errorf("position %v, was %v", after, before)
	}
	if len(doc.directives) != directives || directives == 0 {
		t.Errorf("%d directives, had %d", len(doc.directives), directives)
	}
	if doc.Text[:6] != "Un mot" {
		t.Errorf("text %q", doc.Text[:6])
	}
}

// TestCheckerDropTokens checks that a checker that drops the tokens finds
// the same diagnostics, and leaves a document without tokens.
func TestCheckerDropTokens(t *testing.T) {
	rule := &Rule{ID: "test.commas", Category: Typography, Severity: Warning, Check: func(p *Pass) {
		for _, at := range p.Doc.TokensOf(Punct) {
			b := &p.Doc.Blocks[at.Block]
			if b.Is(int(at.Index), ",") {
				p.Report(Diagnostic{Span: b.Span(int(at.Index)), Message: "Virgule."})
			}
		}
	}}
	src := &Source{Path: "a.txt", Data: []byte("Un, deux, trois.\n\nQuatre, cinq.\n")}
	keep, err := NewChecker([]*Rule{rule}, nil, "")
	if err != nil {
		t.Fatal(err)
	}
	drop, _ := NewChecker([]*Rule{rule}, nil, "")
	drop.DropTokens = true
	kept, dropped := keep.Check(src), drop.Check(src)
	if len(kept.Diagnostics) != 3 || len(dropped.Diagnostics) != 3 {
		t.Fatalf("%d and %d diagnostics, want 3 each", len(kept.Diagnostics), len(dropped.Diagnostics))
	}
	for i := range kept.Diagnostics {
		if kept.Diagnostics[i].Span != dropped.Diagnostics[i].Span {
			t.Errorf("diagnostic %d at %v, was %v", i, dropped.Diagnostics[i].Span, kept.Diagnostics[i].Span)
		}
	}
	if len(kept.Doc.Blocks) == 0 || len(dropped.Doc.Blocks) != 0 {
		t.Errorf("blocks: %d kept, %d after dropping", len(kept.Doc.Blocks), len(dropped.Doc.Blocks))
	}
}
