package rules

import (
	"github.com/coquille-fr/coquille/dictionaries"
	"github.com/coquille-fr/coquille/lint"
)

// confusionOnOntRule reports "on" (pronoun) written for "ont" (avoir)
// and the reverse.
func confusionOnOntRule() *lint.Rule {
	return &lint.Rule{
		ID: "spelling.confusion-on-ont", Category: lint.Spelling, Severity: lint.Error,
		Doc:      "«\u00a0ont\u00a0» est le verbe avoir au pluriel («\u00a0ils ont fini\u00a0»), «\u00a0on\u00a0» un pronom sujet («\u00a0on a fini\u00a0»).",
		Examples: []lint.Example{{Bad: "Ils on fini. Ont a tendance à ralentir.", Good: "Ils ont fini. On a tendance à ralentir."}},
		Check:    checkConfusionOnOnt,
	}
}

// clauseOpeners are the words after which a clause, and its subject,
// starts: "et on va", "mais on peut".
var clauseOpeners = map[string]bool{
	"et": true, "mais": true, "donc": true, "alors": true, "puis": true, "quand": true, "si": true,
	"comme": true, "car": true, "où": true, "lorsque": true, "puisque": true,
}

// onOntWords are the words the rule looks at.
var onOntWords = matchWords("on", "ont")

// checkConfusionOnOnt reports "ils on fini" and "Ont a tendance".
func checkConfusionOnOnt(p *lint.Pass) {
	scanWords(p, onOntWords, func(s *wordScan, i int) {
		if !s.wordAlone(i) || s.hyphenBefore(i) {
			return
		}
		switch s.key(i) {
		case "on":
			if verbOn(s, i) {
				reportConfusion(s, i, "ont", "Ici, c’est le verbe avoir, «\u00a0ont\u00a0» («\u00a0on\u00a0» est un pronom).", lint.Error)
			}
		case "ont":
			if pronounOnt(s, i) {
				reportConfusion(s, i, "on", "Ici, c’est le pronom «\u00a0on\u00a0» («\u00a0ont\u00a0» est le verbe avoir).", lint.Error)
			}
		}
	})
}

// verbOn tells whether "on" at i stands for "ont": after "ils" or
// "elles", or between a plural subject and a participle ("les enfants on
// mangé", "ceux qui on fini").
func verbOn(s *wordScan, i int) bool {
	k := s.prev(i)
	if k < 0 || s.hyphenBefore(k) {
		return false
	}
	prev := s.key(k)
	if prev == "ils" || prev == "elles" {
		return true
	}
	if prev == "qui" {
		// "ceux qui on fait ça"; "à qui on parle" is right
		before := s.keyAt(s.prev(k))
		return before == "ceux" || before == "celles" || isParticiple(s, s.next(i)) && before != "" && !anyPOSAt(s, s.prev(k), dictionaries.Preposition)
	}
	if !isParticiple(s, s.next(i)) {
		return false
	}
	e, ok := s.entryAt(k)
	return ok && onlyPOS(e, dictionaries.Noun) && e.Tags.Has(dictionaries.Plural) && !e.Tags.Any(dictionaries.Singular)
}

// pronounOnt tells whether "ont" at i stands for "on": where a clause
// starts, before a verb in the third person singular or an object
// pronoun ("Ont a tendance", "et ont peut").
func pronounOnt(s *wordScan, i int) bool {
	if k := s.prev(i); k >= 0 && !clauseOpeners[s.key(k)] || k < 0 && !s.opensSentence(i) {
		return false
	}
	j := s.next(i)
	if j < 0 || !s.wordAlone(j) {
		return false
	}
	next := s.key(j)
	// "ont le droit" is right: no articles
	if clitics[next] && next != "le" && next != "la" && next != "les" || next == "ne" {
		return true
	}
	if elided, _, ok := splitElided(next); ok {
		return elided == "n" || elided == "s" || elided == "m" || elided == "t"
	}
	if next == "a" || next == "est" {
		return true
	}
	e, ok := s.entryAt(j)
	return ok && onlyPOS(e, dictionaries.Verb) && e.Tags.Has(dictionaries.ThirdSingular) &&
		!e.Tags.Any(dictionaries.PastParticiple|dictionaries.Infinitive)
}
