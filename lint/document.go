package lint

import (
	"runtime"
	"sync"
	"unsafe"

	"github.com/coquille-fr/coquille/lint/markup"
)

// Document is a source read once: its prose blocks and their tokens.
type Document struct {
	Source *Source
	Text   string // the file's bytes as a string, never modified
	Blocks []Block
	// Posts splits Blocks into the posts published one by one: the whole
	// file is one post, but in Markdown a thematic break ("---" on a line
	// of its own, after a blank line, outside front matter) starts a new
	// one. Each post is a slice of Blocks, never empty.
	Posts [][]Block
	lines []int // offsets of line starts, computed on demand

	tokens    []token           // every block's tokens, see Token and NumTokens
	norms     map[uint32]string // the NFC text of the tokens whose bytes are not NFC, by start
	forms     []string          // see NumForms
	lower     []string          // see LowerForm
	lowerOnce sync.Once
	byKind    kindIndex    // see TokensOf
	shared    sharedValues // see Shared

	comments   []Span      // HTML comments outside code (Markdown only)
	directives []directive // inline suppressions, see suppress.go
	runeCounts []int       // code points before every runeStep bytes, see position.go
}

// bom is the UTF-8 byte order mark, accepted at the start of a file.
const bom = "\uFEFF"

// NewDocument reads src with its format reader and tokenizes its prose.
// The data must have passed Validate and be shorter than MaxDocumentSize.
// Text shares the bytes of src.Data, which must not change afterwards.
func NewDocument(src *Source) *Document {
	parts := 1
	if len(src.Data) >= parallelMin {
		parts = runtime.GOMAXPROCS(0)
	}
	return newDocument(src, parts)
}

// newDocument is NewDocument tokenizing in at most parts runs of blocks
// in parallel.
func newDocument(src *Source, parts int) *Document {
	doc := &Document{Source: src, Text: unsafe.String(unsafe.SliceData(src.Data), len(src.Data))}
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
	firsts := tokenize(doc, blocks, offset, parts) // where the tokens of each block start
	doc.Blocks = make([]Block, len(blocks))
	for i, b := range blocks {
		first, last := firsts[i], firsts[i+1]-1 // the endOfBlock token is at last
		doc.Blocks[i] = Block{
			Start:  b.Start() + offset,
			End:    b.End() + offset,
			doc:    doc,
			tokens: doc.tokens[first : last : last+1],
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
