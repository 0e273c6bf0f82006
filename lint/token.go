package lint

import (
	"iter"
	"strings"
)

// TokenKind classifies tokens.
type TokenKind uint8

// The token kinds.
const (
	Word    TokenKind = iota // letters, with inner apostrophes: "l’ami", "aujourd'hui"
	Number                   // starts with a digit: "3,14", "2e", "18h30"
	Punct                    // one punctuation character: ". , ; : ! ? « » ( ) - ' \" %"
	Symbol                   // one symbol character: "€ $ + ="
	Space                    // a run of white space, line ends included
	URL                      // "https://…", "www.…", "exemple.fr"
	Email                    // "nom@exemple.fr"
	Mention                  // "@nom"
	Hashtag                  // "#MotClé"
	Emoji                    // one emoji grapheme cluster
	Markup                   // formatting a reader does not see ("**", "](url)")
	Opaque                   // not prose, standing like a word (inline code)
)

var tokenKindNames = [...]string{"word", "number", "punct", "symbol", "space",
	"url", "email", "mention", "hashtag", "emoji", "markup", "opaque"}

func (k TokenKind) String() string { return tokenKindNames[k] }

// Token is a piece of a prose block, as Block.Token and Document.All
// return it. Text is normalized (NFC) while Start and End point into the
// original bytes: a rule that reports part of a token measures that part
// in Document.Text, not in Text.
type Token struct {
	Kind       TokenKind
	Start, End int    // byte offsets in the original file
	Text       string // NFC form of the original bytes
}

// Span returns the token's byte range.
func (t Token) Span() Span { return Span{t.Start, t.End} }

// IsLineBreak tells whether a Space token holds a line end.
func (t Token) IsLineBreak() bool {
	return t.Kind == Space && strings.ContainsAny(t.Text, "\n\r")
}

// IsWordLike tells whether the token stands in a sentence like a word.
func (t Token) IsWordLike() bool {
	switch t.Kind {
	case Word, Number, URL, Email, Mention, Hashtag, Emoji, Opaque:
		return true
	}
	return false
}

// Is tells whether the token is the punctuation or symbol s.
func (t Token) Is(s string) bool {
	return (t.Kind == Punct || t.Kind == Symbol) && t.Text == s
}

// MaxDocumentSize bounds the size of the text of a Document, in bytes, so
// that the offsets and form numbers of its tokens fit in their bits.
const MaxDocumentSize = 1 << 28

// token is how a Document stores a Token: in eight bytes, as a long file
// holds millions of tokens. A token ends where the next one starts, since
// the tokens of a block cover it from its first byte to its last, and
// the tokens of each block are followed by an endOfBlock token at its
// end. The text of a token is its original bytes or, when normalized is
// set, the string Document.norms holds for its start.
type token struct {
	start uint32
	info  uint32 // kind (infoKind bits), normalized (infoNormalized), form+1 (from bit infoFormShift)
}

const (
	infoKind       = 0xF
	infoNormalized = 0x10
	infoFormShift  = 5

	endOfBlock TokenKind = infoKind // the kind of the token after a block's last
)

func (t token) kind() TokenKind  { return TokenKind(t.info & infoKind) }
func (t token) normalized() bool { return t.info&infoNormalized != 0 }
func (t token) form() int        { return int(t.info>>infoFormShift) - 1 }

// Block is a unit of prose of the document and its tokens.
type Block struct {
	Start, End int // byte range in the file
	doc        *Document
	tokens     []token // a slice of Document.tokens, with room for the endOfBlock token after it
}

// Len returns the number of tokens of the block.
func (b *Block) Len() int { return len(b.tokens) }

// pair returns token i and the one after it, which tells where it ends.
func (b *Block) pair(i int) (token, uint32) {
	p := b.tokens[i : i+2]
	return p[0], p[1].start
}

// Token returns token i of the block.
func (b *Block) Token(i int) Token {
	t, end := b.pair(i)
	return b.doc.view(t, end)
}

// Kind returns the kind of token i, without building the token.
func (b *Block) Kind(i int) TokenKind { return b.tokens[i].kind() }

// Text returns the text of token i.
func (b *Block) Text(i int) string {
	t, end := b.pair(i)
	return b.doc.text(t, end)
}

// Span returns the byte range of token i.
func (b *Block) Span(i int) Span {
	t, end := b.pair(i)
	return Span{int(t.start), int(end)}
}

// Form returns the form of token i, a Word or a Number: the number of
// its text among the distinct texts of the document's words and numbers
// (see Document.Form), or -1 for a token of another kind.
func (b *Block) Form(i int) int { return b.tokens[i].form() }

// Is tells whether token i is the punctuation or symbol s.
func (b *Block) Is(i int, s string) bool {
	t, end := b.pair(i)
	k := t.kind()
	return (k == Punct || k == Symbol) && int(end-t.start) == len(s) && b.doc.Text[t.start:end] == s
}

// All returns the block's tokens with their indexes.
func (b *Block) All() iter.Seq2[int, Token] {
	return func(yield func(int, Token) bool) {
		for i := range b.tokens {
			if !yield(i, b.Token(i)) {
				return
			}
		}
	}
}

// Prev returns the index of the closest token before i that is not
// Markup, or -1.
func (b *Block) Prev(i int) int {
	for i--; i >= 0; i-- {
		if b.tokens[i].kind() != Markup {
			return i
		}
	}
	return -1
}

// Next returns the index of the closest token after i that is not
// Markup, or -1.
func (b *Block) Next(i int) int {
	for i++; i < len(b.tokens); i++ {
		if b.tokens[i].kind() != Markup {
			return i
		}
	}
	return -1
}

// All returns the document's tokens, block after block, numbered from 0.
func (d *Document) All() iter.Seq2[int, Token] {
	return func(yield func(int, Token) bool) {
		n := 0
		for bi := range d.Blocks {
			b := &d.Blocks[bi]
			for i := range b.tokens {
				if !yield(n, b.Token(i)) {
					return
				}
				n++
			}
		}
	}
}

// NumForms returns the number of distinct texts of the document's words
// and numbers, its forms: rules that look words up keep what they find in
// a slice of that length, indexed by Block.Form.
func (d *Document) NumForms() int { return len(d.forms) }

// Form returns the text of form f, as Token.Text writes it.
func (d *Document) Form(f int) string { return d.forms[f] }

// LowerForm returns form f in lower case (strings.ToLower), computed once
// for the document. It is safe for concurrent use.
func (d *Document) LowerForm(f int) string {
	d.lowerOnce.Do(func() {
		d.lower = make([]string, len(d.forms))
		for i, s := range d.forms {
			d.lower[i] = strings.ToLower(s)
		}
	})
	return d.lower[f]
}

func (d *Document) view(t token, end uint32) Token {
	return Token{Kind: t.kind(), Start: int(t.start), End: int(end), Text: d.text(t, end)}
}

func (d *Document) text(t token, end uint32) string {
	if t.normalized() {
		return d.norms[t.start]
	}
	return d.Text[t.start:end]
}
