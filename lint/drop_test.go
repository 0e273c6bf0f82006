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
