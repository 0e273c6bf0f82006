package rules

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/coquille-fr/coquille/dictionaries"
)

// entry looks word up as the spelling rules do: as written, then in lower
// case when only its first letter is a capital. Words of the user's list
// count as unknown: they are names and jargon the lexicon knows nothing of.
func (s *wordScan) entry(word string) (dictionaries.Entry, bool) {
	if s.pass.Words.Contains(word) {
		return dictionaries.Entry{}, false
	}
	word = strings.ReplaceAll(word, "’", "'")
	if e, ok := s.dict.Lookup(word); ok {
		return e, true
	}
	if r, size := utf8.DecodeRuneInString(word); unicode.IsUpper(r) && strings.ToLower(word[size:]) == word[size:] {
		return s.dict.Lookup(strings.ToLower(word))
	}
	return dictionaries.Entry{}, false
}

// entryAt looks token i up.
func (s *wordScan) entryAt(i int) (dictionaries.Entry, bool) { return s.entry(s.toks.Text(i)) }

// hasApostrophe tells whether text holds an apostrophe, straight or
// typographic.
func hasApostrophe(text string) bool {
	return strings.IndexByte(text, '\'') >= 0 || strings.Contains(text, "’")
}

// splitElided cuts a word such as "l’ami" or "qu'il" after its
// apostrophe: the elided word in lower case without its apostrophe ("l",
// "qu"), and the rest as written. ok is false without an apostrophe.
func splitElided(word string) (elided, rest string, ok bool) {
	k := strings.IndexAny(word, "'’")
	if k <= 0 {
		return "", "", false
	}
	size := 1
	if word[k] != '\'' {
		size = len("’")
	}
	return strings.ToLower(word[:k]), word[k+size:], true
}

// initial returns the first letter of a word in lower case.
func initial(word string) rune {
	r, _ := utf8.DecodeRuneInString(word)
	return unicode.ToLower(r)
}

// startsUpperCase tells whether a word starts with a capital letter.
func startsUpperCase(word string) bool {
	r, _ := utf8.DecodeRuneInString(word)
	return unicode.IsUpper(r)
}

// isVowel tells whether r is a French vowel letter, y apart.
func isVowel(r rune) bool { return strings.ContainsRune("aàâäeéèêëiîïoôöuùûüœæ", r) }

// sameCase writes replacement in the case of the word it replaces: with
// a capital first letter, or in capitals when the word has more than one
// letter and all are capitals.
func sameCase(word, replacement string) string {
	if !startsUpperCase(word) {
		return replacement
	}
	if utf8.RuneCountInString(word) > 1 && strings.ToUpper(word) == word {
		return strings.ToUpper(replacement)
	}
	r, size := utf8.DecodeRuneInString(replacement)
	return string(unicode.ToUpper(r)) + replacement[size:]
}

// onlyPOS tells whether every reading of e has no part of speech outside
// mask ("ou" is only a conjunction).
func onlyPOS(e dictionaries.Entry, mask dictionaries.Tags) bool {
	for _, r := range e.Readings() {
		if r.POS()&^mask != 0 {
			return false
		}
	}
	return len(e.Readings()) > 0
}

// anyPOS tells whether a reading of e has a part of speech of mask.
func anyPOS(e dictionaries.Entry, mask dictionaries.Tags) bool { return e.Tags.Any(mask) }

// isFinite tells whether a reading of e is a conjugated verb form.
func isFinite(e dictionaries.Entry) bool {
	return e.Tags.Any(dictionaries.FiniteMask)
}

// entryOf looks word i up, and finds nothing for -1, the index of no word.
func entryOf(s *wordScan, i int) (dictionaries.Entry, bool) {
	if i < 0 {
		return dictionaries.Entry{}, false
	}
	return s.entryAt(i)
}

// anyPOSAt tells whether a reading of word j has a part of speech of mask.
func anyPOSAt(s *wordScan, j int, mask dictionaries.Tags) bool {
	e, ok := entryOf(s, j)
	return ok && anyPOS(e, mask)
}

// isFiniteWord tells whether word j is a conjugated verb form.
func isFiniteWord(s *wordScan, j int) bool {
	e, ok := entryOf(s, j)
	return ok && isFinite(e)
}

// nounAt tells whether word j may be a noun.
func nounAt(s *wordScan, j int) bool { return anyPOSAt(s, j, dictionaries.Noun) }

// isVerb tells whether word i is a verb form.
func isVerb(s *wordScan, i int) bool { return anyPOSAt(s, i, dictionaries.Verb) }

// isDeterminer tells whether word i may be a determiner and not a
// preposition ("un", "le", "ce", not "de").
func isDeterminer(s *wordScan, i int) bool {
	e, ok := entryOf(s, i)
	return ok && anyPOS(e, dictionaries.Determiner) && !anyPOS(e, dictionaries.Preposition)
}

// withoutElision returns a word without its elided first word: "qu’il"
// gives "il", "n’y" gives "y".
func withoutElision(word string) string {
	if _, rest, ok := splitElided(word); ok {
		return rest
	}
	return word
}
