package rules

import (
	"github.com/coquille-fr/coquille/dictionaries"
	"github.com/coquille-fr/coquille/lint"
)

// confusionCeSeRule reports "se" (reflexive pronoun) written for "ce"
// (demonstrative) and the reverse.
func confusionCeSeRule() *lint.Rule {
	return &lint.Rule{
		ID: "spelling.confusion-ce-se", Category: lint.Spelling, Severity: lint.Error,
		Doc:      "«\u00a0se\u00a0» accompagne un verbe pronominal («\u00a0il se lève\u00a0»), «\u00a0ce\u00a0» désigne («\u00a0ce test\u00a0», «\u00a0ce que je sais\u00a0», «\u00a0ce sont\u00a0»).",
		Examples: []lint.Example{{Bad: "Tout se que je sais, c’est que ce phénomène ce transforme.", Good: "Tout ce que je sais, c’est que ce phénomène se transforme."}},
		Check:    checkConfusionCeSe,
	}
}

// demonstrativeVerbs are the verbs that follow the pronoun "ce": "ce
// sera", "ce doit être", "ce faisant".
var demonstrativeVerbs = map[string]bool{
	"est": true, "sont": true, "sera": true, "seront": true, "serait": true, "seraient": true,
	"fut": true, "furent": true, "fût": true, "soit": true, "soient": true, "était": true, "étaient": true,
	"doit": true, "devait": true, "devrait": true, "dut": true, "peut": true, "pouvait": true,
	"pourrait": true, "put": true, "semble": true, "semblait": true, "faire": true, "disant": true,
}

// futureOfEtre are the forms of être after which a sentence-initial "Se"
// is "Ce": "Se sera une fille", "Se sont des histoires".
var futureOfEtre = map[string]bool{
	"sont": true, "sera": true, "seront": true, "serait": true, "seraient": true, "fut": true, "furent": true,
}

// ceSeWords are the words the rule looks at.
var ceSeWords = matchWords("ce", "se")

// checkConfusionCeSe reports "se que", "Se test", "ce transforme".
func checkConfusionCeSe(p *lint.Pass) {
	scanWords(p, ceSeWords, func(s *wordScan, i int) {
		if !s.wordAlone(i) || s.hyphenBefore(i) {
			return
		}
		j := s.next(i)
		if j < 0 || startsUpperCase(s.toks.Text(j)) || s.hyphenAfter(j) {
			return
		}
		switch s.key(i) {
		case "se":
			if demonstrativeSe(s, i, j) {
				reportConfusion(s, i, "ce", "Ici, c’est le démonstratif «\u00a0ce\u00a0» («\u00a0se\u00a0» accompagne un verbe pronominal).", lint.Error)
			}
		case "ce":
			if finite, ok := reflexiveCe(s, j); ok {
				// "vous permet ce voir" may want "de": no safe fix before an infinitive
				severity := lint.Warning
				if finite {
					severity = lint.Error
				}
				reportConfusion(s, i, "se", "Devant un verbe, c’est le pronom «\u00a0se\u00a0» («\u00a0ce\u00a0» est un démonstratif).", severity)
			}
		}
	})
}

// demonstrativeSe tells whether "se" at i, before word j, stands for
// "ce": before "que", "qui", "dont", before a noun that is no verb, and at
// the start of a sentence before "sont", "sera", "fut".
func demonstrativeSe(s *wordScan, i, j int) bool {
	next := s.key(j)
	if elided, rest, ok := splitElided(next); ok {
		return elided == "qu" && rest != "y" && rest != "en"
	}
	switch next {
	case "que", "qui", "dont":
		return true
	}
	if futureOfEtre[next] {
		return s.opensSentence(i)
	}
	e, ok := s.entryAt(j)
	return ok && onlyPOS(e, dictionaries.Noun)
}

// reflexiveCe tells whether "ce" before word j stands for "se": before a
// conjugated verb or an infinitive that is nothing else ("ce transforme",
// "Ce promener"), other than être, devoir, pouvoir or "faire"; finite
// tells which.
func reflexiveCe(s *wordScan, j int) (finite, ok bool) {
	next := s.key(j)
	if demonstrativeVerbs[next] || !s.wordAlone(j) {
		return false, false
	}
	e, known := s.entryAt(j)
	if !known || !onlyPOS(e, dictionaries.Verb) || e.Tags.Any(dictionaries.PresentParticiple|dictionaries.PastParticiple) {
		return false, false
	}
	return isFinite(e), e.Tags.Any(dictionaries.FiniteMask | dictionaries.Infinitive)
}
