package rules

import (
	"github.com/coquille-fr/coquille/dictionaries"
	"github.com/coquille-fr/coquille/lint"
)

// confusionQuelRule reports "quelle" written for "qu’elle" and the
// reverse, and "quel" that does not agree with its noun.
func confusionQuelRule() *lint.Rule {
	return &lint.Rule{
		ID: "spelling.confusion-quel", Category: lint.Spelling, Severity: lint.Error,
		Doc: "«\u00a0quel\u00a0», «\u00a0quelle\u00a0», «\u00a0quels\u00a0», «\u00a0quelles\u00a0» s’accordent avec leur nom («\u00a0quelle heure\u00a0»)\u202f; " +
			"devant un verbe, c’est «\u00a0qu’elle\u00a0» («\u00a0je pense qu’elle viendra\u00a0»).",
		Examples: []lint.Example{{Bad: "Je pense quelle viendra. Qu’elle heure est-il\u202f?", Good: "Je pense qu’elle viendra. Quelle heure est-il\u202f?"}},
		Check:    checkConfusionQuel,
	}
}

// quelForms gives each form of "quel" its gender and number.
var quelForms = map[string]dictionaries.Tags{
	"quel":    dictionaries.Masculine | dictionaries.Singular,
	"quelle":  dictionaries.Feminine | dictionaries.Singular,
	"quels":   dictionaries.Masculine | dictionaries.Plural,
	"quelles": dictionaries.Feminine | dictionaries.Plural,
}

// quelWords are the words the rule looks at.
var quelWords = matchWords("quel", "quelle", "quels", "quelles", "qu’elle", "qu’elles")

// checkConfusionQuel reports "quelle viendra", "qu’elle heure", "quel
// heure".
func checkConfusionQuel(p *lint.Pass) {
	scanWords(p, quelWords, func(s *wordScan, i int) {
		word := s.key(i)
		if !s.wordAlone(i) {
			return
		}
		j, e, known := s.nextCommonWord(i)
		if j < 0 {
			return
		}
		switch word {
		case "quelle", "quelles":
			if pronounAfterQuelle(s, j, e, known) {
				reportConfusion(s, i, "qu’"+word[len("qu"):], "Devant un verbe, c’est «\u00a0qu’"+word[len("qu"):]+"\u00a0» («\u00a0"+word+"\u00a0» accompagne un nom).", lint.Error)
				return
			}
		case "qu’elle", "qu’elles":
			// "qu’elle heure", "qu’elle belle journée"; "qu’elle seule connaît" is right
			if known && e.Tags.Any(dictionaries.Feminine) && !e.Tags.Any(dictionaries.Masculine) &&
				(onlyPOS(e, dictionaries.Noun) || onlyPOS(e, dictionaries.Noun|dictionaries.Adjective) && nounAt(s, s.next(j)) && !anyPOSAt(s, s.next(j), dictionaries.Verb)) {
				want := "quel" + word[len("qu’el"):]
				reportConfusion(s, i, want, "Devant un nom, c’est «\u00a0"+want+"\u00a0» («\u00a0"+word+"\u00a0» est suivi d’un verbe).", lint.Error)
			}
			return
		}
		agreement, ok := quelForms[word]
		if !ok || !known || !onlyPOS(e, dictionaries.Noun) || e.HasReading(dictionaries.Noun|agreement) {
			return
		}
		if want := quelAgreeing(e); want != "" && want != word {
			reportConfusion(s, i, want, quoted(word)+" s’accorde avec "+quoted(s.key(j))+"\u00a0: "+quoted(want)+".", lint.Error)
		}
	})
}

// pronounAfterQuelle tells whether "quelle" before word j, whose entry is
// e, stands for "qu’elle": before a conjugated verb that is no noun and no
// form of être or avoir, or before an object pronoun ("quelle se lève").
// "Quelle ne fut pas ma surprise" is right.
func pronounAfterQuelle(s *wordScan, j int, e dictionaries.Entry, known bool) bool {
	next := s.key(j)
	if elided, _, ok := splitElided(next); ok {
		return elided == "s" || elided == "m" || elided == "t" || elided == "l"
	}
	switch next {
	case "se", "me", "te", "le", "la", "les", "lui", "leur", "nous", "vous":
		return true
	}
	return known && onlyPOS(e, dictionaries.Verb) && isFinite(e) && !etreForms[next] && !avoirForms[next] && !demonstrativeVerbs[next] && !modalForms[next]
}

// quelAgreeing returns the form of "quel" that agrees with a noun of one
// gender and one number, or "".
func quelAgreeing(e dictionaries.Entry) string {
	g, n := e.Tags.Gender(), e.Tags.Number()
	if g != dictionaries.GenderMasculine && g != dictionaries.GenderFeminine || n != dictionaries.NumberSingular && n != dictionaries.NumberPlural {
		return ""
	}
	for form, tags := range quelForms {
		if e.Tags.Has(tags) {
			return form
		}
	}
	return ""
}
