// Package markup reads the formats coquille checks and tells which parts
// of a file are prose.
package markup

// Kind says how the tokenizer treats a segment.
type Kind uint8

const (
	// Prose is text to tokenize and check.
	Prose Kind = iota
	// Markup is formatting that a reader does not see, such as "**" or the
	// "](https://…)" of a link: transparent to the rules.
	Markup
	// Opaque is content that is not prose but stands in the sentence like a
	// word, such as inline code or an autolink: never checked.
	Opaque
	// Break is a line break inside a block, with whatever markup starts the
	// next line ("> ", indentation): it reads as a space.
	Break
)

// Segment is a byte range [Start, End) of the file.
type Segment struct {
	Start, End int
	Kind       Kind
}

// Block is a unit of prose: a paragraph, a heading, a list item, a table
// cell. Its segments are in order, do not overlap, and together cover the
// block from its first to its last byte.
type Block struct {
	Segments []Segment
	// AfterBreak: a thematic break of the document's top level (Markdown
	// "---", "***" or "___" on a line of its own) comes before this block
	// and after the previous one. Each such break starts a new post.
	AfterBreak bool
}

// Start returns the offset of the block's first byte.
func (b Block) Start() int { return b.Segments[0].Start }

// End returns the offset just after the block's last byte.
func (b Block) End() int { return b.Segments[len(b.Segments)-1].End }

// Comment is the byte range [Start, End) of an HTML comment of a Markdown
// file, from "<!--" to "-->" included, written outside code.
type Comment struct {
	Start, End int
}
