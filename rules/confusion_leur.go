package rules

import (
	"github.com/coquille-fr/coquille/dictionaries"
	"github.com/coquille-fr/coquille/lint"
)

// confusionLeurRule reports "leur" (possessive) before a plural noun,
// and "leurs" before a verb, where it is the pronoun "leur".
func confusionLeurRule() *lint.Rule {
	return &lint.Rule{
		ID: "spelling.confusion-leur", Category: lint.Spelling, Severity: lint.Error,
		Doc:      "Le possessif s’accorde\u00a0: «\u00a0leurs enfants\u00a0», «\u00a0leur maison\u00a0»\u202f; le pronom devant un verbe reste «\u00a0leur\u00a0» («\u00a0je leur donne\u00a0»).",
		Examples: []lint.Example{{Bad: "Ils aiment leur enfants et je leurs donne raison.", Good: "Ils aiment leurs enfants et je leur donne raison."}},
		Check:    checkConfusionLeur,
	}
}

// pronounLeurs tells whether "leurs" at i, before word j whose entry is
// e, is the pronoun: before a conjugated verb after a subject, "qui" or
// "ne" ("qui leurs sont fournies"), or before an infinitive after a
// preposition ("pour leurs donner"); "dans leurs mappes" is a possessive.
func pronounLeurs(s *wordScan, i, j int, e dictionaries.Entry) bool {
	switch withoutElision(s.keyAt(s.prev(i))) {
	case "je", "tu", "il", "elle", "on", "nous", "vous", "ils", "elles", "qui", "ne", "ça", "cela":
		return isFinite(e) || s.key(j) == "en" || s.key(j) == "y"
	case "pour", "de", "sans", "à":
		return onlyPOS(e, dictionaries.Verb) && e.Tags.Has(dictionaries.Infinitive)
	}
	return false
}

// leurWords are the words the rule looks at.
var leurWords = matchWords("leur", "leurs")

// checkConfusionLeur reports "leur enfants" and "je leurs donne".
func checkConfusionLeur(p *lint.Pass) {
	scanWords(p, leurWords, func(s *wordScan, i int) {
		word := s.key(i)
		if !s.wordAlone(i) || s.hyphenBefore(i) {
			return
		}
		j, e, ok := s.nextCommonWord(i)
		if j < 0 {
			return
		}
		if !ok {
			return
		}
		switch {
		case word == "leur" && onlyPOS(e, dictionaries.Noun|dictionaries.Adjective) && e.Tags.Has(dictionaries.Plural) && !e.Tags.Any(dictionaries.Singular):
			reportConfusion(s, i, "leurs", "Devant un nom au pluriel, le possessif s’accorde\u00a0: «\u00a0leurs\u00a0».", lint.Error)
		case word == "leurs" && pronounLeurs(s, i, j, e):
			reportConfusion(s, i, "leur", "Devant un verbe, le pronom «\u00a0leur\u00a0» est invariable.", lint.Error)
		}
	})
}
