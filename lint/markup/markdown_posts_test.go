package markup

import "testing"

// TestMarkdownThematicBreaks checks that a thematic break of the top level
// marks the next block, and that front matter, setext underlines and
// breaks inside containers do not.
func TestMarkdownThematicBreaks(t *testing.T) {
	cases := []struct {
		name, src string
		after     []bool // AfterBreak of each block
	}{
		{"none", "Un.\n\nDeux.\n", []bool{false, false}},
		{"dashes", "Un.\n\n---\n\nDeux.\n", []bool{false, true}},
		{"stars and underscores", "Un.\n\n***\n\nDeux.\n\n___\n\nTrois.\n", []bool{false, true, true}},
		{"front matter", "---\ntitre: x\n---\n\nUn.\n\n---\n\nDeux.\n", []bool{false, true}},
		{"setext heading", "Titre\n---\n\nUn.\n", []bool{false, false}},
		{"break first", "---\n\n\nUn.\n", []bool{true}},
		{"breaks in a row", "Un.\n\n---\n\n---\n\nDeux.\n", []bool{false, true}},
		{"in a quote", "> Un.\n>\n> ---\n>\n> Deux.\n", []bool{false, false}},
		{"in code", "Un.\n\n```\n---\n```\n\nDeux.\n", []bool{false, false}},
	}
	for _, c := range cases {
		blocks, _ := Markdown([]byte(c.src))
		if len(blocks) != len(c.after) {
			t.Errorf("%s: %d blocks, want %d", c.name, len(blocks), len(c.after))
			continue
		}
		for i, b := range blocks {
			if b.AfterBreak != c.after[i] {
				t.Errorf("%s: block %d AfterBreak = %v, want %v", c.name, i, b.AfterBreak, c.after[i])
			}
		}
	}
}
