package lint

import (
	"github.com/coquille-fr/coquille/lint/markup"
)

// Document is a source read once: its prose blocks and their tokens.
type Document struct {
	Source *Source
	Text   string // the file's bytes as a string, never modified
	Tokens []Token
	Blocks []Block
	lines  []int // offsets of line starts, computed on demand
}

// bom is the UTF-8 byte order mark, accepted at the start of a file.
const bom = "\uFEFF"

// NewDocument reads src with its format reader and tokenizes its prose.
// The data must have passed Validate.
func NewDocument(src *Source) *Document {
	doc := &Document{Source: src, Text: string(src.Data)}
	body, offset := src.Data, 0
	if len(doc.Text) >= len(bom) && doc.Text[:len(bom)] == bom {
		body, offset = body[len(bom):], len(bom)
	}
	var blocks []markup.Block
	if src.Format == Markdown {
		blocks = markup.Markdown(body)
	} else {
		blocks = markup.Plain(body)
	}
	t := tokenizer{text: doc.Text, tokens: make([]Token, 0, len(body)/3)}
	bounds := make([][2]int, len(blocks))
	for i, b := range blocks {
		first := len(t.tokens)
		for _, seg := range b.Segments {
			t.segment(seg.Start+offset, seg.End+offset, seg.Kind)
		}
		bounds[i] = [2]int{first, len(t.tokens)}
	}
	doc.Tokens = t.tokens
	doc.Blocks = make([]Block, len(blocks))
	for i, b := range blocks {
		doc.Blocks[i] = Block{
			Start:  b.Start() + offset,
			End:    b.End() + offset,
			Tokens: doc.Tokens[bounds[i][0]:bounds[i][1]:bounds[i][1]],
		}
	}
	return doc
}
