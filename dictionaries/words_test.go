package dictionaries

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// knownEverywhere tells whether the main lexicon accepts word as written
// or, capitalised, in lower case.
func knownEverywhere(d *Dictionary, word string) bool {
	if e, ok := d.Lookup(word); ok && e.Tags.Regions() == 0 {
		return true
	}
	if r, _ := utf8.DecodeRuneInString(word); unicode.IsUpper(r) {
		return knownEverywhere(d, strings.ToLower(word))
	}
	return false
}

// knownPhrase tells whether every word of a correction is a word of the
// lexicon or of the vocabulary, once its elided article or pronoun (l',
// qu'…) is set aside.
func knownPhrase(d *Dictionary, phrase string) bool {
	if knownEverywhere(d, phrase) || Vocabulary().Contains(phrase) {
		return true
	}
	for _, w := range strings.FieldsFunc(phrase, func(r rune) bool { return r == ' ' || r == '-' }) {
		if i := strings.LastIndexByte(w, '\''); i >= 0 && !knownEverywhere(d, w) {
			w = w[i+1:]
		}
		if w != "" && !knownEverywhere(d, w) && !knownEverywhere(d, strings.ReplaceAll(w, "oe", "œ")) {
			return false
		}
	}
	return true
}

func TestVocabularyAddsToTheLexicon(t *testing.T) {
	d := Default()
	for _, file := range []string{"words/social.txt", "words/brands.txt"} {
		data, err := wordFiles.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		if !strings.HasPrefix(string(data), "# ") {
			t.Errorf("%s: no header comment", file)
		}
		words := ParseWordList(string(data))
		if len(words) < 50 {
			t.Errorf("%s: %d words, want a real list", file, len(words))
		}
		for _, w := range words {
			if knownEverywhere(d, normalizeWord(w)) {
				t.Errorf("%s: %q is already in the dictionary", file, w)
			}
		}
	}
	v := Vocabulary()
	for _, w := range []string{"emoji", "TikTok", "LinkedIn", "égoportrait", "mot-clic"} {
		if !v.Contains(w) {
			t.Errorf("Vocabulary lacks %q", w)
		}
	}
	if w, ok := v.Folded("wordpress"); !ok || w != "WordPress" {
		t.Errorf("Folded(wordpress) = %q, %v, want WordPress", w, ok)
	}
	if v.Contains("Linkedin") {
		t.Error("Vocabulary accepts Linkedin")
	}
}

func TestMistakes(t *testing.T) {
	d := Default()
	l := Mistakes()
	if l.Len() < 300 {
		t.Errorf("%d mistakes, want at least 300", l.Len())
	}
	seen := map[string]bool{}
	for _, list := range l.byFirst {
		for _, m := range list {
			wrong := m.Words[0]
			for i, w := range m.Words[1:] {
				wrong += string(m.Joiners[i]) + w
			}
			if seen[wrong] {
				t.Errorf("%q is listed twice", wrong)
			}
			seen[wrong] = true
			if len(m.Words) == 1 && knownEverywhere(d, wrong) {
				t.Errorf("%q is a word of the dictionary: leave it to the confusion rules", wrong)
			}
			for _, c := range m.Corrections {
				if !knownPhrase(d, c) {
					t.Errorf("%q: correction %q has a word unknown to the dictionary", wrong, c)
				}
			}
		}
	}
	for _, w := range []string{"parmis", "au", "pallier"} {
		if len(l.Starting(w)) == 0 {
			t.Errorf("no mistake starts with %q", w)
		}
	}
}

func TestParseMistakesErrors(t *testing.T) {
	for _, line := range []string{
		"parmis\tparmi\tfix",
		"Parmis\tparmi\tfix\t-",
		"parmis\tparmi\tmaybe\t-",
		"parmis\tparmis\tfix\t-",
		"au  jour\taujourd'hui\tfix\t-",
	} {
		if _, err := ParseMistakes("test.tsv", line); err == nil {
			t.Errorf("ParseMistakes(%q) gives no error", line)
		}
	}
	l, err := ParseMistakes("test.tsv", "# comment\nc'est à dire\tc'est-à-dire\tfix\t-\n")
	if err != nil {
		t.Fatal(err)
	}
	m := l.Starting("c'est")[0]
	if len(m.Words) != 3 || m.Joiners != "  " || !m.Safe || m.Corrections[0] != "c'est-à-dire" {
		t.Errorf("parsed %+v", m)
	}
}
