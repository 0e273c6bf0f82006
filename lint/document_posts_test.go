package lint

import (
	"slices"
	"testing"
)

// TestDocumentPosts checks how a document splits into posts: a plain text
// file is one post, a Markdown file is split at its thematic breaks.
func TestDocumentPosts(t *testing.T) {
	cases := []struct {
		name   string
		format Format
		src    string
		posts  []int // number of blocks of each post
	}{
		{"empty", Markdown, "", nil},
		{"plain text", PlainText, "Un.\n\n---\n\nDeux.\n", []int{3}},
		{"one post", Markdown, "# Titre\n\nUn.\n\n- a\n- b\n", []int{4}},
		{"thread", Markdown, "Un.\n\nDeux.\n\n---\n\nTrois.\n\n***\n\nQuatre.\n", []int{2, 1, 1}},
		{"empty posts", Markdown, "---\n\n---\n\nUn.\n\n---\n\n---\n", []int{1}},
	}
	for _, c := range cases {
		doc := NewDocument(&Source{Path: "f", Data: []byte(c.src), Format: c.format})
		var got []int
		total := 0
		for _, p := range doc.Posts {
			got = append(got, len(p))
			total += len(p)
			if len(p) == 0 {
				t.Errorf("%s: empty post", c.name)
			}
		}
		if total != len(doc.Blocks) {
			t.Errorf("%s: posts hold %d blocks, the document %d", c.name, total, len(doc.Blocks))
		}
		if !slices.Equal(got, c.posts) {
			t.Errorf("%s: posts of %v blocks, want %v", c.name, got, c.posts)
		}
	}
}
