package lint

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Custom rules match regular expressions on the prose of each block
// rather than on token sequences: patterns may span several words
// ("deep ?tech") or signs ("e-mail"), and the RE2 syntax users know works
// unchanged. The text matched is rebuilt from the block's tokens, so it is
// NFC (an NFD file matches like an NFC one) and only holds prose:
//
//   - words, numbers, punctuation and symbols are their NFC text;
//   - every run of white space, line ends included, is one " ";
//   - Markup is left out ("**Face**book" reads "Facebook");
//   - URLs, addresses, mentions, hashtags, emojis and Opaque tokens (code,
//     HTML) are U+FFFC, which no word pattern matches.
//
// A match is mapped back to the bytes of the file through the tokens. When
// those bytes, in NFC, are not the text matched (markup or a line end
// inside it), the match is reported without suggestion or fix.

// objectReplacement stands for a token that is not prose.
const objectReplacement = "\uFFFC"

// proseText is the text of a block as custom rules match it.
type proseText struct {
	text  string
	parts []prosePart // one per token kept, in order
}

// prosePart is where one token sits in proseText.text.
type prosePart struct {
	at, end int // offsets in text
	tok     Token
}

func newProseText(b *Block) proseText {
	var sb strings.Builder
	parts := make([]prosePart, 0, b.Len())
	for _, t := range b.All() {
		var s string
		switch t.Kind {
		case Markup:
			continue
		case Word, Number, Punct, Symbol:
			s = t.Text
		case Space:
			s = " "
		default:
			s = objectReplacement
		}
		at := sb.Len()
		sb.WriteString(s)
		parts = append(parts, prosePart{at: at, end: sb.Len(), tok: t})
	}
	return proseText{text: sb.String(), parts: parts}
}

// span maps the range [start, end) of the text, which is not empty, to the
// bytes of the file. An end that falls inside a token whose text differs
// from its bytes widens to the whole token.
func (p *proseText) span(doc *Document, start, end int) Span {
	first := p.parts[sort.Search(len(p.parts), func(i int) bool { return p.parts[i].end > start })]
	last := p.parts[sort.Search(len(p.parts), func(i int) bool { return p.parts[i].end >= end })]
	s, e := first.tok.Start, last.tok.End
	if first.same(doc, p.text) {
		s += start - first.at
	}
	if last.same(doc, p.text) {
		e -= last.end - end
	}
	return Span{s, e}
}

// same tells whether the part's text is its token's bytes.
func (pp prosePart) same(doc *Document, text string) bool {
	return doc.Text[pp.tok.Start:pp.tok.End] == text[pp.at:pp.end]
}

// check runs a custom rule on every block.
func (r *customRule) check(p *Pass) {
	for bi := range p.Doc.Blocks {
		pt := newProseText(&p.Doc.Blocks[bi])
		for _, loc := range r.re.FindAllStringIndex(pt.text, -1) {
			start, end := loc[0], loc[1]
			if start == end || r.wholeWord && !wholeWord(pt.text, start, end) {
				continue
			}
			r.report(p, &pt, start, end)
		}
	}
}

// report reports one match.
func (r *customRule) report(p *Pass, pt *proseText, start, end int) {
	found := pt.text[start:end]
	span := pt.span(p.Doc, start, end)
	exact := nfc(p.Doc.Text[span.Start:span.End]) == found
	var repl string
	if r.kind == substitutionKind {
		key := found
		if r.ignoreCase {
			key = strings.ToLower(found)
		}
		var ok bool
		if repl, ok = r.lookup[key]; !ok {
			return // a case folding that strings.ToLower does not share
		}
		if r.ignoreCase {
			repl = matchCase(repl, found)
		}
		if repl == found {
			return
		}
	}
	msg := r.message
	if msg == "" {
		msg = "«\u00a0{match}\u00a0» est à éviter."
		if r.kind == substitutionKind {
			msg = "Préférez «\u00a0{suggestion}\u00a0» à «\u00a0{match}\u00a0»."
		}
	}
	msg = strings.NewReplacer("{match}", found, "%s", found, "{suggestion}", repl).Replace(msg)
	d := Diagnostic{Message: msg, Span: span}
	if r.kind == substitutionKind && exact {
		d.Suggestions = []string{repl}
		if r.fix {
			d.Fix = &Edit{Span: span, Text: repl}
		}
	}
	p.Report(d)
}

// wholeWord tells whether text[start:end] neither starts nor ends inside a
// word: a letter, digit or mark at its edge is not glued to another.
func wholeWord(text string, start, end int) bool {
	first, _ := utf8.DecodeRuneInString(text[start:])
	before, _ := utf8.DecodeLastRuneInString(text[:start])
	if start > 0 && isWordRune(first) && isWordRune(before) {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(text[:end])
	after, _ := utf8.DecodeRuneInString(text[end:])
	return end == len(text) || !isWordRune(last) || !isWordRune(after)
}

func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

// matchCase writes a replacement in the case of the text it replaces, for
// rules that ignore case: in capitals after a word in capitals,
// capitalised after a capitalised word.
func matchCase(repl, found string) string {
	letters := strings.IndexFunc(found, unicode.IsLetter)
	if letters < 0 {
		return repl
	}
	first, _ := utf8.DecodeRuneInString(found[letters:])
	switch {
	case strings.ToUpper(found) == found && utf8.RuneCountInString(found) > 1 && strings.ToLower(found) != found:
		return strings.ToUpper(repl)
	case unicode.IsUpper(first):
		r, size := utf8.DecodeRuneInString(repl)
		return string(unicode.ToUpper(r)) + repl[size:]
	}
	return repl
}
