package rules

import (
	"github.com/coquille-fr/coquille/dictionaries"
	"github.com/coquille-fr/coquille/lint"
)

// confusionCesSesRule reports "ces" and "ses" (plural determiners)
// written for "c’est" and "s’est", and the reverse.
func confusionCesSesRule() *lint.Rule {
	return &lint.Rule{
		ID: "spelling.confusion-ces-ses", Category: lint.Spelling, Severity: lint.Error,
		Doc: "«\u00a0ces\u00a0» et «\u00a0ses\u00a0» précèdent un nom au pluriel («\u00a0ces gens\u00a0», «\u00a0ses clés\u00a0»)\u202f; " +
			"«\u00a0c’est\u00a0» et «\u00a0s’est\u00a0» sont le verbe être («\u00a0c’est une idée\u00a0», «\u00a0il s’est trompé\u00a0»).",
		Examples: []lint.Example{{Bad: "Ces une bonne idée, il ses trompé.", Good: "C’est une bonne idée, il s’est trompé."}},
		Check:    checkConfusionCesSes,
	}
}

// singularDeterminersAfterEst are the determiners that follow "c’est"
// and never the plural "ces": "c’est un", "c’est mon".
var singularDeterminersAfterEst = map[string]bool{
	"un": true, "une": true, "le": true, "la": true, "mon": true, "ma": true, "ton": true, "ta": true,
	"son": true, "sa": true, "notre": true, "votre": true, "ce": true, "cet": true, "cette": true, "du": true, "au": true,
}

// cesSesWords are the words the rule looks at.
var cesSesWords = matchWords("ces", "ses", "c’est", "s’est")

// checkConfusionCesSes reports "ces une idée", "il ses trompé", "c’est
// gens".
func checkConfusionCesSes(p *lint.Pass) {
	scanWords(p, cesSesWords, func(s *wordScan, i int) {
		word := s.key(i)
		if !s.wordAlone(i) {
			return
		}
		j, e, known := s.nextCommonWord(i)
		if j < 0 {
			return
		}
		switch word {
		case "ces", "ses":
			verb := word[:1] + "’est"
			switch {
			case singularDeterminersAfterEst[s.key(j)]:
				reportConfusion(s, i, "c’est", "Devant un déterminant singulier, c’est le verbe «\u00a0c’est\u00a0» («\u00a0"+word+"\u00a0» précède un nom au pluriel).", lint.Error)
			case known && participleOnly(e) && e.HasReading(dictionaries.PastParticiple|dictionaries.Singular) && !e.Tags.Any(dictionaries.Plural):
				reportConfusion(s, i, verb, "Devant un participe, c’est le verbe «\u00a0"+verb+"\u00a0» («\u00a0"+word+"\u00a0» précède un nom au pluriel).", lint.Error)
			case known && onlyPOS(e, dictionaries.Adjective) && !e.Tags.Any(dictionaries.Plural) && (s.closesClause(j) || s.nextKey(j) == "que"):
				reportConfusion(s, i, "c’est", "Devant un adjectif au singulier, c’est sans doute «\u00a0c’est\u00a0» («\u00a0"+word+"\u00a0» précède un nom au pluriel).", lint.Warning)
			}
		default:
			if known && onlyPOS(e, dictionaries.Noun) && e.Tags.Has(dictionaries.Plural) && !e.Tags.Any(dictionaries.Singular) {
				want := word[:1] + "es"
				reportConfusion(s, i, want, "Devant un nom au pluriel, c’est sans doute le déterminant «\u00a0"+want+"\u00a0».", lint.Warning)
			}
		}
	})
}
