package rules

import (
	"strings"
	"unicode/utf8"

	"github.com/coquille-fr/coquille/dictionaries"
	"github.com/coquille-fr/coquille/lint"
)

// codeNames returns the words that the document also writes as names of
// code, glued to its signs ("exit(3)", "--user", "item_size",
// "offset=0", "index.html"): "la valeur de offset" then says nothing of
// elision. Grammatical words are left out: "un/une" is no code. The rules
// share the list for a document (see lint.Document.Shared).
func (s *wordScan) codeNames() map[string]bool {
	if s.names == nil {
		s.names = s.pass.Doc.Shared(codeNamesKey{s.pass.Words}, func() any { return findCodeNames(s) }).(map[string]bool)
	}
	return s.names
}

// codeNamesKey is the key of the code names of a document, which depend
// on the user's words.
type codeNamesKey struct{ words *lint.WordList }

// findCodeNames computes codeNames. A word glued to code touches a
// punctuation sign or a symbol: those lead to the words to look at.
func findCodeNames(s *wordScan) map[string]bool {
	names := map[string]bool{}
	add := func(toks *lint.Block, k int) {
		if k < 0 || k >= toks.Len() || toks.Kind(k) != lint.Word || !gluedToCode(toks, k) {
			return
		}
		text := toks.Text(k)
		if !asciiOnly(text) {
			return
		}
		if e, ok := s.entry(text); !ok || !anyPOS(e, dictionaries.Determiner|dictionaries.Pronoun|dictionaries.Preposition|dictionaries.Conjunction) {
			names[strings.ToLower(text)] = true
		}
	}
	for _, kind := range [...]lint.TokenKind{lint.Punct, lint.Symbol} {
		for _, at := range s.pass.Doc.TokensOf(kind) {
			toks := &s.pass.Doc.Blocks[at.Block]
			add(toks, int(at.Index)-1)
			add(toks, int(at.Index)+1)
		}
	}
	return names
}

// gluedToCode tells whether word k is glued to signs that only code uses:
// "_", "=", "$", "/", "--" or "\\" on either side, a call "(3)" or "()"
// after it, an extension after a full stop.
func gluedToCode(toks *lint.Block, k int) bool {
	code := func(j int) bool {
		kind := toks.Kind(j)
		return (kind == lint.Punct || kind == lint.Symbol) && strings.Contains("_=$/\\", toks.Text(j))
	}
	if k > 0 && (code(k-1) || k > 1 && toks.Is(k-1, "-") && toks.Is(k-2, "-")) {
		return true
	}
	if k+1 >= toks.Len() {
		return false
	}
	switch {
	case code(k + 1):
		return true
	case toks.Is(k+1, "("):
		return k+2 < toks.Len() && (toks.Kind(k+2) == lint.Number || toks.Is(k+2, ")"))
	case toks.Is(k+1, "."):
		return k+2 < toks.Len() && toks.Kind(k+2) == lint.Word && asciiOnly(toks.Text(k+2)) && k+3 < toks.Len() && toks.Kind(k+3) != lint.Word
	}
	return false
}

// asciiOnly tells whether s has only ASCII characters.
func asciiOnly(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// compound returns the hyphenated word that starts at token j ("après-midi"),
// or token j alone, in lower case.
func (s *wordScan) compound(j int) string {
	end := j
	for end+2 < s.toks.Len() && s.toks.Is(end+1, "-") && s.toks.Kind(end+2) == lint.Word {
		end += 2
	}
	return strings.ToLower(s.pass.Doc.Text[s.toks.Span(j).Start:s.toks.Span(end).End])
}
