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
// elision. Grammatical words are left out: "un/une" is no code.
func (s *wordScan) codeNames() map[string]bool {
	if s.names != nil {
		return s.names
	}
	s.names = map[string]bool{}
	for bi := range s.pass.Doc.Blocks {
		toks := &s.pass.Doc.Blocks[bi]
		for k := range toks.Len() {
			if toks.Kind(k) != lint.Word || !gluedToCode(toks, k) {
				continue
			}
			t := toks.Token(k)
			if !asciiOnly(t.Text) {
				continue
			}
			if e, ok := s.entry(t.Text); !ok || !anyPOS(e, dictionaries.Determiner|dictionaries.Pronoun|dictionaries.Preposition|dictionaries.Conjunction) {
				s.names[strings.ToLower(t.Text)] = true
			}
		}
	}
	return s.names
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
