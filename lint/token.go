package lint

import "strings"

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

// Token is a piece of a prose block. Text is normalized (NFC) while Start
// and End point into the original bytes: a rule that reports part of a
// token measures that part in Document.Text, not in Text.
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

// Block is a unit of prose of the document and its tokens.
type Block struct {
	Start, End int     // byte range in the file
	Tokens     []Token // a slice of Document.Tokens
}

// Prev returns the index of the closest token before i that is not
// Markup, or -1.
func (b *Block) Prev(i int) int {
	for i--; i >= 0; i-- {
		if b.Tokens[i].Kind != Markup {
			return i
		}
	}
	return -1
}

// Next returns the index of the closest token after i that is not
// Markup, or -1.
func (b *Block) Next(i int) int {
	for i++; i < len(b.Tokens); i++ {
		if b.Tokens[i].Kind != Markup {
			return i
		}
	}
	return -1
}
