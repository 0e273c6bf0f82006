package rules

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/coquille-fr/coquille/dictionaries"
	"github.com/coquille-fr/coquille/lint"
)

// wordScan walks the words of a document for the contextual rules
// (elision, homophone confusions). It tells a word's neighbours on the
// same line, their lower-case forms and their lexicon entries, which the
// rules look up only once a cheap pattern has matched.
type wordScan struct {
	pass       *lint.Pass
	dict       *dictionaries.Dictionary
	toks       *lint.Block     // the tokens of the current block
	apostrophe string          // the apostrophe fixes write, found on first use
	names      map[string]bool // the words the document writes as code, found on first use
}

// scanWords calls visit with the Word tokens of every block whose text
// passes match, a cheap test that spares the rules the words they never
// look at. Match sees each distinct text once.
func scanWords(p *lint.Pass, match func(text string) bool, visit func(s *wordScan, i int)) {
	scanForms(p, func(f int) bool { return match(p.Doc.Form(f)) }, visit)
}

// scanForms is scanWords with a test of the forms of the document (see
// lint.Document.Form).
func scanForms(p *lint.Pass, match func(form int) bool, visit func(s *wordScan, i int)) {
	doc := p.Doc
	matched := make([]bool, doc.NumForms())
	any := false
	for f := range matched {
		matched[f] = match(f)
		any = any || matched[f]
	}
	if !any {
		return
	}
	s := newWordScan(p)
	for bi := range doc.Blocks {
		b := &doc.Blocks[bi]
		s.toks = b
		for i := range b.Len() {
			if f := b.Form(i); f >= 0 && matched[f] && b.Kind(i) == lint.Word {
				visit(s, i)
			}
		}
	}
}

// newWordScan returns a walker of the words of the document of p.
func newWordScan(p *lint.Pass) *wordScan {
	return &wordScan{pass: p, dict: dictionaries.Default()}
}

// matchWords returns a test for scanWords that keeps the words of list
// (lower case, typographic apostrophe), in lower case or capitalised, with
// either apostrophe.
func matchWords(list ...string) func(text string) bool {
	set := make(map[string]bool, 2*len(list))
	var first [256]bool // first bytes, of lower case and capitals
	var lengths uint64  // bit n: a word of n bytes
	for _, w := range list {
		set[w] = true
		set[strings.ReplaceAll(w, "’", "'")] = true
		first[w[0]] = true
		first[strings.ToUpper(w)[0]] = true
		lengths |= 1<<len(w) | 1<<len(strings.ReplaceAll(w, "’", "'"))
	}
	return func(text string) bool {
		if len(text) >= 64 || lengths&(1<<len(text)) == 0 || !first[text[0]] {
			return false
		}
		if set[text] {
			return true
		}
		r, _ := utf8.DecodeRuneInString(text)
		return unicode.IsUpper(r) && set[strings.ToLower(text)]
	}
}

// lower returns the lower-case form of token i.
func (s *wordScan) lower(i int) string {
	if f := s.toks.Form(i); f >= 0 {
		return s.pass.Doc.LowerForm(f)
	}
	return strings.ToLower(s.toks.Text(i))
}

// original returns the bytes of token i as written in the file.
func (s *wordScan) original(i int) string {
	span := s.toks.Span(i)
	return s.pass.Doc.Text[span.Start:span.End]
}

// next returns the index of the word that follows token i after one space
// on the same line, or -1 (a sign, markup or a line break in between).
func (s *wordScan) next(i int) int {
	if i+2 < s.toks.Len() && isInlineSpace(s.toks.Token(i+1)) && s.toks.Kind(i+2) == lint.Word {
		return i + 2
	}
	return -1
}

// prev returns the index of the word that precedes token i after one
// space on the same line, or -1.
func (s *wordScan) prev(i int) int {
	if i >= 2 && isInlineSpace(s.toks.Token(i-1)) && s.toks.Kind(i-2) == lint.Word {
		return i - 2
	}
	return -1
}

// nextCommonWord returns the word after token i, as next does, when it
// stands alone and does not start with a capital (a proper noun), with
// its lexicon entry: j is -1 when there is no such word, and known tells
// whether the lexicon has it.
func (s *wordScan) nextCommonWord(i int) (j int, e dictionaries.Entry, known bool) {
	j = s.next(i)
	if j < 0 || startsUpperCase(s.toks.Text(j)) || !s.wordAlone(j) {
		return -1, dictionaries.Entry{}, false
	}
	e, known = s.entryAt(j)
	return j, e, known
}

// nextIs tells whether the word after token i is one of words (lower case).
func (s *wordScan) nextIs(i int, words ...string) bool {
	j := s.next(i)
	if j < 0 {
		return false
	}
	l := s.lower(j)
	for _, w := range words {
		if l == w {
			return true
		}
	}
	return false
}

// hyphenBefore tells whether token i is glued to a hyphen before it, as
// the pronouns of "donne-le" and "puis-je" are.
func (s *wordScan) hyphenBefore(i int) bool { return i > 0 && s.toks.Is(i-1, "-") }

// hyphenAfter tells whether token i is glued to a hyphen after it.
func (s *wordScan) hyphenAfter(i int) bool { return i+1 < s.toks.Len() && s.toks.Is(i+1, "-") }

// plainBefore tells whether token i starts a word of prose: at the start
// of its block, after a space or after an opening sign; not inside a name
// or a piece of code ("prosody.cfg.lua", "-n", "$x").
func (s *wordScan) plainBefore(i int) bool {
	if i == 0 {
		return true
	}
	t := s.toks.Token(i - 1)
	return t.Kind == lint.Space || t.Kind == lint.Punct && strings.Contains("«“\"([—–'’‘", t.Text)
}

// plainAfter tells whether token i ends a word of prose: at the end of
// its block, before a space, or before a sign that ends a clause and is
// not glued to more text ("open(2)", "index.html", "lost+found" are
// names). A hyphen is plain when the word after it is known, as in a
// compound ("après-midi").
func (s *wordScan) plainAfter(i int) bool {
	if i+1 >= s.toks.Len() {
		return true
	}
	t := s.toks.Token(i + 1)
	switch {
	case t.Kind == lint.Space:
		return true
	case t.Is("-"):
		if i+2 >= s.toks.Len() || s.toks.Kind(i+2) != lint.Word {
			return false
		}
		_, known := s.entryAt(i + 2)
		return known
	case t.Kind != lint.Punct || !strings.Contains(".,;:!?…)»”\"'’", t.Text):
		return false
	}
	return i+2 >= s.toks.Len() || !s.toks.Token(i+2).IsWordLike()
}

// signAround returns the first token before (step -1) or after (step 1)
// token i that is not a space on the same line or markup: -1 at the end
// of the block or at a line break.
func (s *wordScan) signAround(i, step int) int {
	for j := i + step; j >= 0 && j < s.toks.Len(); j += step {
		switch t := s.toks.Token(j); t.Kind {
		case lint.Markup:
		case lint.Space:
			if t.IsLineBreak() {
				return -1
			}
		default:
			return j
		}
	}
	return -1
}

// opensSentence tells whether token i starts a sentence: nothing before
// it on its line, or the end of a sentence, an opening sign, a dash or an
// emoji.
func (s *wordScan) opensSentence(i int) bool {
	j := s.signAround(i, -1)
	if j < 0 {
		return true
	}
	t := s.toks.Token(j)
	return t.Kind == lint.Emoji || t.Kind == lint.Punct && strings.Contains(".!?…:«“\"([—–•", t.Text)
}

// closesClause tells whether token i ends a clause: nothing after it on
// its line, or a punctuation sign that ends or cuts a sentence.
func (s *wordScan) closesClause(i int) bool {
	j := s.signAround(i, 1)
	if j < 0 {
		return true
	}
	t := s.toks.Token(j)
	return t.Kind == lint.Emoji || t.Kind == lint.Punct && strings.Contains(".,;:!?…)»”\"—–", t.Text)
}

// mentionWords is the length, in words, up to which a quotation or a
// phrase in italics is a mention of words ("le « Oui » l’a emporté", "*sa
// va* est une faute") rather than prose, which is checked.
const mentionWords = 4

// mention tells whether token i stands in a short quotation or in a short
// phrase in italics (Markdown "*" or "_").
func (s *wordScan) mention(i int) bool {
	open, close := -1, -1
	for j, words := i-1, 0; j >= 0 && words <= mentionWords; j-- {
		if t := s.toks.Token(j); t.Kind == lint.Word {
			words++
		} else if quotes(t, "«“\"") {
			open = words
			break
		} else if t.Kind == lint.Punct && strings.Contains("»”.!?", t.Text) || t.IsLineBreak() {
			break
		}
	}
	for j, words := i+1, 0; open >= 0 && j < s.toks.Len() && words <= mentionWords; j++ {
		if t := s.toks.Token(j); t.Kind == lint.Word {
			words++
		} else if quotes(t, "»”\"") {
			close = words
			break
		} else if t.Kind == lint.Punct && strings.Contains("«“.!?", t.Text) || t.IsLineBreak() {
			break
		}
	}
	return open >= 0 && close >= 0 && open+close+1 <= mentionWords
}

// quotes tells whether t is one of the quotation marks of signs, or the
// markup of italics.
func quotes(t lint.Token, signs string) bool {
	return t.Kind == lint.Punct && strings.Contains(signs, t.Text) || t.Kind == lint.Markup && (t.Text == "*" || t.Text == "_")
}
