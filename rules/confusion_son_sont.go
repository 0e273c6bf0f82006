package rules

import (
	"github.com/coquille-fr/coquille/dictionaries"
	"github.com/coquille-fr/coquille/lint"
)

// confusionSonSontRule reports "son" (possessive) written for "sont"
// (être) and the reverse.
func confusionSonSontRule() *lint.Rule {
	return &lint.Rule{
		ID: "spelling.confusion-son-sont", Category: lint.Spelling, Severity: lint.Error,
		Doc:      "«\u00a0sont\u00a0» est le verbe être au pluriel («\u00a0ils sont ici\u00a0»), «\u00a0son\u00a0» un possessif ou un nom («\u00a0son mot de passe\u00a0», «\u00a0le son\u00a0»).",
		Examples: []lint.Example{{Bad: "Ils son ici, mais elle n’a pas sont mot de passe.", Good: "Ils sont ici, mais elle n’a pas son mot de passe."}},
		Check:    checkConfusionSonSont,
	}
}

// pluralPronouns are the plural pronouns that stand as subjects.
var pluralPronouns = map[string]bool{"ils": true, "elles": true, "ceux": true, "celles": true, "eux": true}

// sonSontWords are the words the rule looks at.
var sonSontWords = matchWords("son", "sont")

// checkConfusionSonSont reports "ils son ici" and "de sont père".
func checkConfusionSonSont(p *lint.Pass) {
	scanWords(p, sonSontWords, func(s *wordScan, i int) {
		if !s.wordAlone(i) || s.hyphenBefore(i) {
			return
		}
		switch s.key(i) {
		case "son":
			if verbSon(s, i) {
				reportConfusion(s, i, "sont", "Ici, c’est le verbe être, «\u00a0sont\u00a0» («\u00a0son\u00a0» est un possessif).", lint.Error)
			}
		case "sont":
			if possessiveSont(s, i) {
				reportConfusion(s, i, "son", "Devant un nom, c’est le possessif «\u00a0son\u00a0» («\u00a0sont\u00a0» est le verbe être).", lint.Error)
			}
		}
	})
}

// verbSon tells whether "son" at i stands for "sont": after "ils",
// "elles" or "ne", or after a plural subject and before what no
// possessive precedes ("Les Chinoises son celles", "ils ne son pas").
func verbSon(s *wordScan, i int) bool {
	k := s.prev(i)
	if k < 0 || s.hyphenBefore(k) {
		return false
	}
	prev := s.key(k)
	if prev == "ils" || prev == "elles" || prev == "ne" {
		return true
	}
	plural := pluralPronouns[prev]
	if e, ok := s.entryAt(k); !plural && ok && anyPOS(e, dictionaries.Noun) {
		plural = e.Tags.Has(dictionaries.Plural) && !e.Tags.Any(dictionaries.Singular)
	}
	if !plural {
		return false
	}
	e, ok := entryOf(s, s.next(i))
	return ok && !e.Tags.Any(dictionaries.Singular) && !anyPOS(e, dictionaries.Verb)
}

// possessiveSont tells whether "sont" at i stands for "son": after a
// preposition, or at the start of a sentence, before a singular noun ("de
// sont père", "Sont frère est venu").
func possessiveSont(s *wordScan, i int) bool {
	k := s.prev(i)
	// "pas son mot de passe"
	if k >= 0 && !prepositions[s.key(k)] && s.key(k) != "pas" || k < 0 && !s.opensSentence(i) {
		return false
	}
	e, ok := entryOf(s, s.next(i))
	return ok && s.wordAlone(s.next(i)) && onlyPOS(e, dictionaries.Noun) && e.HasReading(dictionaries.Noun|dictionaries.Singular)
}
