package rules

import (
	"github.com/coquille-fr/coquille/dictionaries"
	"github.com/coquille-fr/coquille/lint"
)

// confusionCaSaRule reports "sa" (possessive) written for "ça" (pronoun)
// and the reverse, and "çà" (adverb) written for "ça".
func confusionCaSaRule() *lint.Rule {
	return &lint.Rule{
		ID: "spelling.confusion-ca-sa", Category: lint.Spelling, Severity: lint.Error,
		Doc: "«\u00a0ça\u00a0» est un pronom («\u00a0ça va\u00a0», «\u00a0ça me plaît\u00a0»), «\u00a0sa\u00a0» un possessif devant un nom féminin («\u00a0sa maison\u00a0»), " +
			"«\u00a0çà\u00a0» un adverbe qui ne s’emploie plus que dans «\u00a0çà et là\u00a0».",
		Examples: []lint.Example{{Bad: "Sa va\u202f? Il parle de ça maison.", Good: "Ça va\u202f? Il parle de sa maison."}},
		Check:    checkConfusionCaSa,
	}
}

// caSaWords are the words the rule looks at.
var caSaWords = matchWords("sa", "ça", "çà")

// checkConfusionCaSa reports "Sa va", "ça maison" and "çà ne marche pas".
func checkConfusionCaSa(p *lint.Pass) {
	scanWords(p, caSaWords, func(s *wordScan, i int) {
		if !s.wordAlone(i) {
			return
		}
		switch s.key(i) {
		case "sa":
			if s.toks.Text(i) != "SA" && pronounSa(s, i) {
				reportConfusion(s, i, "ça", "Ici, c’est le pronom «\u00a0ça\u00a0» («\u00a0sa\u00a0» est un possessif, suivi d’un nom féminin).", lint.Error)
			}
		case "ça":
			if possessiveCa(s, i) {
				reportConfusion(s, i, "sa", "Devant un nom féminin, c’est le possessif «\u00a0sa\u00a0» («\u00a0ça\u00a0» est un pronom).", lint.Error)
			}
		case "çà":
			if !(s.nextKey(i) == "et" && s.nextKey(s.next(i)) == "là") {
				reportConfusion(s, i, "ça", "Le pronom s’écrit «\u00a0ça\u00a0», sans accent\u202f; «\u00a0çà\u00a0» ne s’emploie que dans «\u00a0çà et là\u00a0».", lint.Error)
			}
		}
	})
}

// pronounSa tells whether "sa" at i stands for "ça": at the end of a
// clause ("comme sa."), or before a verb or an object pronoun that no
// feminine noun could be ("Sa va", "sa me plaît").
func pronounSa(s *wordScan, i int) bool {
	if s.closesClause(i) {
		return s.prev(i) >= 0
	}
	j := s.next(i)
	if j < 0 || startsUpperCase(s.toks.Text(j)) {
		return false
	}
	word := s.key(j)
	if elided, _, ok := splitElided(word); ok {
		return elided == "m" || elided == "t" || elided == "s" || elided == "n" || elided == "l"
	}
	if clitics[word] && word != "la" || word == "ne" {
		return true
	}
	e, ok := s.entryAt(j)
	return ok && e.Tags.Has(dictionaries.ThirdSingular) && isFinite(e) &&
		!nominalReading(e, dictionaries.Feminine) && !anyPOS(e, dictionaries.Noun)
}

// possessiveCa tells whether "ça" at i stands for "sa": before a feminine
// singular noun that is not a verb ("ça maison", "ça nouvelle maison").
func possessiveCa(s *wordScan, i int) bool {
	j, e, ok := s.nextCommonWord(i)
	if j < 0 || !ok || !e.HasReading(dictionaries.Noun|dictionaries.Feminine|dictionaries.Singular) ||
		anyPOS(e, dictionaries.Verb|dictionaries.Pronoun|dictionaries.Adverb|dictionaries.Preposition|dictionaries.Conjunction|dictionaries.Determiner) ||
		e.Tags.Any(dictionaries.Masculine) {
		return false
	}
	if !anyPOS(e, dictionaries.Adjective) {
		return true
	}
	// "je trouve ça nulle": an adjective, unless a noun follows
	n, ok := entryOf(s, s.next(j))
	return ok && onlyPOS(n, dictionaries.Noun)
}
