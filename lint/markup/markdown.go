package markup

import (
	"bytes"

	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	east "github.com/yuin/goldmark/extension/ast"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/text"
	"github.com/yuin/goldmark/util"
)

// Markdown reads CommonMark with the GFM tables, strikethrough and task
// lists, and returns its paragraphs, headings, list items, block quotes and
// table cells as blocks. Code blocks, HTML blocks, link reference
// definitions and YAML ("---") or TOML ("+++") front matter are not prose.
//
// Inside a block, text is Prose; emphasis, strikethrough, link syntax
// around the link text, task list boxes, escaping backslashes and
// hard-break markers are Markup; code spans, autolinks, inline HTML,
// entity references and whole images, alt text included, are Opaque.
// Blocks without any Prose are dropped. A thematic break of the top level
// marks the next block (Block.AfterBreak): it separates two posts.
//
// Markdown also returns the HTML comments written outside code, in HTML
// blocks or inline, in document order: inline suppressions live there.
func Markdown(src []byte) ([]Block, []Comment) {
	buf := parseable(src)
	pc := parser.NewContext()
	ends := make(map[ast.Node]int)
	pc.Set(endsKey, ends)
	doc := mdParser.Parse(text.NewReader(buf), parser.WithContext(pc))
	r := mdReader{src: buf, ends: ends}
	r.walk(doc)
	return r.blocks, r.comments
}

// mdParser is CommonMark with the GFM extensions that matter to prose.
// The table AST transformer is left out: it only splits the text of code
// spans at escaped pipes, and code spans are opaque as a whole. Linkify is
// left out too: the tokenizer recognises bare URLs.
var mdParser = parser.NewParser(
	parser.WithBlockParsers(parser.DefaultBlockParsers()...),
	parser.WithInlineParsers(
		util.Prioritized(extension.NewTaskCheckBoxParser(), 0),
		util.Prioritized(extent{parser.NewCodeSpanParser()}, 100),
		util.Prioritized(newLinkExtent(), 200),
		util.Prioritized(extent{parser.NewAutoLinkParser()}, 300),
		util.Prioritized(extent{parser.NewRawHTMLParser()}, 400),
		util.Prioritized(parser.NewEmphasisParser(), 500),
		util.Prioritized(extension.NewStrikethroughParser(), 500),
	),
	parser.WithParagraphTransformers(
		util.Prioritized(parser.LinkReferenceParagraphTransformer, 100),
		util.Prioritized(extension.NewTableParagraphTransformer(), 200),
	),
)

// endsKey holds, in the parser context, the end offsets of the inline
// nodes read as a whole: goldmark keeps where a node starts, not where it
// ends.
var endsKey = parser.NewContextKey()

// extent wraps an inline parser to record the end of the code spans,
// autolinks, raw HTML and images it returns.
type extent struct{ parser.InlineParser }

func (e extent) Parse(parent ast.Node, block text.Reader, pc parser.Context) ast.Node {
	n := e.InlineParser.Parse(parent, block, pc)
	switch n.(type) {
	case *ast.CodeSpan, *ast.AutoLink, *ast.RawHTML, *ast.Image:
		_, seg := block.Position()
		pc.Get(endsKey).(map[ast.Node]int)[n] = seg.Start
	}
	return n
}

// linkExtent is the extent of the link parser, which also closes the
// link labels left open at the end of a block.
type linkExtent struct {
	extent
	parser.CloseBlocker
}

func newLinkExtent() linkExtent {
	p := parser.NewLinkParser()
	return linkExtent{extent{p}, p.(parser.CloseBlocker)}
}

// parseable returns src, or a copy of the same length that goldmark reads
// as intended: front matter blanked out (line ends kept) and lone CR line
// ends turned into LF, which goldmark does not recognise.
func parseable(src []byte) []byte {
	fm, cr := frontMatterLen(src), loneCR(src)
	if fm == 0 && cr < 0 {
		return src
	}
	buf := bytes.Clone(src)
	for i := range fm {
		if buf[i] != '\n' && buf[i] != '\r' {
			buf[i] = ' '
		}
	}
	for i := max(cr, 0); i < len(buf); i++ {
		if buf[i] == '\r' && (i+1 == len(buf) || buf[i+1] != '\n') {
			buf[i] = '\n'
		}
	}
	return buf
}

// loneCR returns the offset of the first CR not followed by LF, or -1.
func loneCR(src []byte) int {
	for i := 0; ; i += 2 {
		j := bytes.IndexByte(src[i:], '\r')
		if j < 0 {
			return -1
		}
		i += j
		if i+1 == len(src) || src[i+1] != '\n' {
			return i
		}
	}
}

// frontMatterLen returns the length of the front matter that opens src,
// up to and including the line end of its closing line, or 0: "---" then
// "---" or "..." for YAML, "+++" then "+++" for TOML.
func frontMatterLen(src []byte) int {
	if len(src) < 3 {
		return 0
	}
	open := src[:3]
	if !bytes.Equal(open, []byte("---")) && !bytes.Equal(open, []byte("+++")) {
		return 0
	}
	eol, next := lineAt(src, 0)
	if !isBlank(src[3:eol]) {
		return 0
	}
	for i := next; i < len(src); i = next {
		eol, next = lineAt(src, i)
		line := bytes.TrimRight(src[i:eol], " \t")
		if bytes.Equal(line, open) || open[0] == '-' && bytes.Equal(line, []byte("...")) {
			return next
		}
	}
	return 0
}

// mdReader turns a parsed document into blocks.
type mdReader struct {
	src      []byte
	ends     map[ast.Node]int
	blocks   []Block
	segs     []Segment // the segments of all blocks, each block a slice of it
	comments []Comment
	// afterBreak: a top-level thematic break was met since the last block
	afterBreak bool

	// the block being read
	lines *text.Segments
	line  int  // index of the line being read
	cur   int  // end of the segments appended so far
	end   int  // end of the block
	prose bool // whether a Prose segment was appended
}

// walk reads the prose blocks under n, in document order.
func (r *mdReader) walk(n ast.Node) {
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		switch c.(type) {
		case *ast.Paragraph, *ast.TextBlock, *ast.Heading, *east.TableCell:
			r.block(c)
		case *ast.Blockquote, *ast.List, *ast.ListItem, *east.Table, *east.TableHeader, *east.TableRow:
			r.walk(c)
		case *ast.HTMLBlock:
			r.htmlBlock(c.(*ast.HTMLBlock))
		case *ast.ThematicBreak:
			r.afterBreak = r.afterBreak || n.Kind() == ast.KindDocument
		}
	}
}

// block reads a leaf block whose lines hold inline content.
func (r *mdReader) block(n ast.Node) {
	r.lines = n.Lines()
	if r.lines.Len() == 0 {
		return
	}
	first, last := r.lines.At(0), r.lines.At(r.lines.Len()-1)
	start := skipSpace(r.src, first.Start, first.Stop)
	end := last.Stop
	for end > start && isSpaceOrEOL(r.src[end-1]) {
		end--
	}
	if start >= end {
		return
	}
	r.line, r.cur, r.end, r.prose = 0, start, end, false
	from := len(r.segs)
	r.inline(n)
	r.add(r.cur, end, Markup)
	if !r.prose {
		r.segs = r.segs[:from]
		return
	}
	r.blocks = append(r.blocks, Block{Segments: r.segs[from:len(r.segs):len(r.segs)], AfterBreak: r.afterBreak})
	r.afterBreak = false
}

// inline reads the inline content under n, in source order.
func (r *mdReader) inline(n ast.Node) {
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		switch c := c.(type) {
		case *ast.Text:
			r.text(c.Segment.Start, c.Segment.Stop)
			if c.SoftLineBreak() || c.HardLineBreak() {
				r.lineBreak(c.Segment.Stop, c.HardLineBreak())
			}
		case *ast.CodeSpan, *ast.AutoLink, *ast.RawHTML, *ast.Image:
			r.put(c.Pos(), r.ends[c], Opaque)
			if _, ok := c.(*ast.RawHTML); ok && bytes.HasPrefix(r.src[c.Pos():], commentOpen) {
				r.comments = append(r.comments, Comment{Start: c.Pos(), End: r.ends[c]})
			}
		default:
			r.inline(c)
		}
	}
}

// lineBreak appends the line break that follows a text ending at pos: the
// line end, with the white space before it, and the indentation or
// container markers that open the next line. The two spaces or the
// backslash that make a break hard are left to Markup.
func (r *mdReader) lineBreak(pos int, hard bool) {
	for r.line < r.lines.Len() && r.lines.At(r.line).Stop <= pos {
		r.line++
	}
	if r.line+1 >= r.lines.Len() {
		return
	}
	if hard {
		stop := r.lines.At(r.line).Stop
		for pos < stop && r.src[pos] != '\n' && r.src[pos] != '\r' {
			pos++
		}
	}
	next := r.lines.At(r.line + 1)
	r.put(pos, skipSpace(r.src, next.Start, next.Stop), Break)
}

// text reads the source of a text node: Prose, but for the backslashes
// of escapes (Markup) and entity references (Opaque), which goldmark
// leaves in the text.
func (r *mdReader) text(start, end int) {
	from := start
	for i := start; i < end; i++ {
		switch r.src[i] {
		case '\\':
			if i+1 < end && util.IsPunct(r.src[i+1]) {
				r.put(from, i, Prose)
				r.put(i, i+1, Markup)
				from = i + 1
				i++
			}
		case '&':
			if n := entityLen(r.src[i:end]); n > 0 {
				r.put(from, i, Prose)
				r.put(i, i+n, Opaque)
				from = i + n
				i += n - 1
			}
		}
	}
	r.put(from, end, Prose)
}

// put appends [start, end) as kind, after Markup up to start. Whatever
// lies before the segments appended so far or after the block is left
// out.
func (r *mdReader) put(start, end int, kind Kind) {
	r.add(r.cur, min(start, r.end), Markup)
	r.add(r.cur, min(end, r.end), kind)
}

// add appends [start, end) as kind, merged with the previous segment when
// both are of the same kind and not Opaque.
func (r *mdReader) add(start, end int, kind Kind) {
	if start >= end {
		return
	}
	r.cur = end
	if kind == Prose {
		r.prose = true
	}
	if n := len(r.segs); n > 0 && kind != Opaque && r.segs[n-1].Kind == kind && r.segs[n-1].End == start {
		r.segs[n-1].End = end
		return
	}
	r.segs = append(r.segs, Segment{Start: start, End: end, Kind: kind})
}

// entityLen returns the length of the entity reference that opens s, as
// "&eacute;", "&#233;" or "&#xE9;", or 0. Names must be HTML5 entities.
func entityLen(s []byte) int {
	if len(s) < 3 || s[0] != '&' {
		return 0
	}
	// the name or number, its characters and its maximal length
	i, valid, maxLen := 1, util.IsAlphaNumeric, 32
	if s[1] == '#' {
		i, valid, maxLen = 2, util.IsNumeric, 7
		if s[2] == 'x' || s[2] == 'X' {
			i, valid, maxLen = 3, util.IsHexDecimal, 6
		}
	}
	from := i
	for i < len(s) && i-from < maxLen && valid(s[i]) {
		i++
	}
	if i == from || i == len(s) || s[i] != ';' {
		return 0
	}
	if s[1] != '#' {
		if _, ok := util.LookUpHTML5EntityByName(string(s[from:i])); !ok {
			return 0
		}
	}
	return i + 1
}

// skipSpace returns the offset of the first byte of src[i:end] that is not
// a space or a tab, or end.
func skipSpace(src []byte, i, end int) int {
	for i < end && (src[i] == ' ' || src[i] == '\t') {
		i++
	}
	return i
}

func isSpaceOrEOL(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r'
}

// The delimiters of an HTML comment.
var (
	commentOpen  = []byte("<!--")
	commentClose = []byte("-->")
)

// htmlBlock records the comments of an HTML block: a comment alone on its
// lines, or comments among other HTML.
func (r *mdReader) htmlBlock(n *ast.HTMLBlock) {
	lines := n.Lines()
	start, end := n.ClosureLine.Start, n.ClosureLine.Stop
	if lines.Len() > 0 {
		start = lines.At(0).Start
		if !n.HasClosure() {
			end = lines.At(lines.Len() - 1).Stop
		}
	}
	for start >= 0 && start < end {
		open := bytes.Index(r.src[start:end], commentOpen)
		if open < 0 {
			return
		}
		open += start
		body := bytes.Index(r.src[open+len(commentOpen):end], commentClose)
		if body < 0 {
			return
		}
		stop := open + len(commentOpen) + body + len(commentClose)
		r.comments = append(r.comments, Comment{Start: open, End: stop})
		start = stop
	}
}
