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
	// Posts splits Blocks into the posts published one by one: the whole
	// file is one post, but in Markdown a thematic break ("---" on a line
	// of its own, after a blank line, outside front matter) starts a new
	// one. Each post is a slice of Blocks, never empty.
	Posts [][]Block
	lines []int // offsets of line starts, computed on demand

	comments   []Span      // HTML comments outside code (Markdown only)
	directives []directive // inline suppressions, see suppress.go
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
		var comments []markup.Comment
		blocks, comments = markup.Markdown(body)
		for _, c := range comments {
			doc.comments = append(doc.comments, Span{c.Start + offset, c.End + offset})
		}
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
	doc.Posts = splitPosts(doc.Blocks, blocks)
	doc.directives = findDirectives(doc)
	return doc
}

// splitPosts cuts blocks into posts where the reader saw a thematic break
// (read holds the blocks as the reader returned them).
func splitPosts(blocks []Block, read []markup.Block) [][]Block {
	var posts [][]Block
	first := 0
	for i := range blocks {
		if i > first && read[i].AfterBreak {
			posts = append(posts, blocks[first:i:i])
			first = i
		}
	}
	if first < len(blocks) {
		posts = append(posts, blocks[first:])
	}
	return posts
}
