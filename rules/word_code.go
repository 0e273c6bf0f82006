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
		toks := s.pass.Doc.Blocks[bi].Tokens
		for k, t := range toks {
			if t.Kind != lint.Word || !gluedToCode(toks, k) || !asciiOnly(t.Text) {
				continue
			}
			if e, ok := s.entry(t.Text); !ok || !anyPOS(e, dictionaries.Determiner|dictionaries.Pronoun|dictionaries.Preposition|dictionaries.Conjunction) {
				s.names[strings.ToLower(t.Text)] = true
			}
		}
	}
	return s.names
}

// gluedToCode tells whether the word toks[k] is glued to signs that only
// code uses: "_", "=", "$", "/", "--" or "\\" on either side, a call
// "(3)" or "()" after it, an extension after a full stop.
func gluedToCode(toks []lint.Token, k int) bool {
	code := func(t lint.Token) bool {
		return (t.Kind == lint.Punct || t.Kind == lint.Symbol) && strings.Contains("_=$/\\", t.Text)
	}
	if k > 0 && (code(toks[k-1]) || k > 1 && toks[k-1].Is("-") && toks[k-2].Is("-")) {
		return true
	}
	if k+1 >= len(toks) {
		return false
	}
	switch next := toks[k+1]; {
	case code(next):
		return true
	case next.Is("("):
		return k+2 < len(toks) && (toks[k+2].Kind == lint.Number || toks[k+2].Is(")"))
	case next.Is("."):
		return k+2 < len(toks) && toks[k+2].Kind == lint.Word && asciiOnly(toks[k+2].Text) && k+3 < len(toks) && toks[k+3].Kind != lint.Word
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
	for end+2 < len(s.toks) && s.toks[end+1].Is("-") && s.toks[end+2].Kind == lint.Word {
		end += 2
	}
	return strings.ToLower(s.pass.Doc.Text[s.toks[j].Start:s.toks[end].End])
}
