package rules

import (
	"github.com/coquille-fr/coquille/dictionaries"
	"github.com/coquille-fr/coquille/lint"
)

// confusionDavantageRule reports "d’avantage" written for the adverb
// "davantage" and the reverse.
func confusionDavantageRule() *lint.Rule {
	return &lint.Rule{
		ID: "spelling.confusion-davantage", Category: lint.Spelling, Severity: lint.Error,
		Doc:      "«\u00a0davantage\u00a0» (plus) s’écrit en un mot («\u00a0je pense davantage à toi\u00a0»)\u202f; «\u00a0d’avantage\u00a0» est «\u00a0de\u00a0» suivi du nom («\u00a0pas d’avantage fiscal\u00a0», «\u00a0beaucoup d’avantages\u00a0»).",
		Examples: []lint.Example{{Bad: "Il parle d’avantage de toi.", Good: "Il parle davantage de toi."}},
		Check:    checkConfusionDavantage,
	}
}

// quantityWords are the words that "d’avantage(s)", the noun, follows:
// "pas d’avantage", "beaucoup d’avantages".
var quantityWords = map[string]bool{
	"pas": true, "plus": true, "peu": true, "beaucoup": true, "trop": true, "moins": true, "point": true,
	"guère": true, "tant": true, "autant": true, "assez": true, "sans": true, "combien": true, "aucun": true,
}

// davantageWords are the words the rule looks at.
var davantageWords = matchWords("d’avantage", "davantage")

// checkConfusionDavantage reports "il parle d’avantage" and "assez
// davantage".
func checkConfusionDavantage(p *lint.Pass) {
	scanWords(p, davantageWords, func(s *wordScan, i int) {
		if !s.wordAlone(i) {
			return
		}
		k := s.prev(i)
		switch s.key(i) {
		case "d’avantage":
			// after a verb or an adverb; after a noun it may be the noun ("source d’avantage")
			if k >= 0 && (s.hyphenBefore(k) || !quantityWords[s.key(k)] && !anyPOSAt(s, k, dictionaries.Noun|dictionaries.Adjective|dictionaries.Determiner|dictionaries.Preposition)) {
				reportConfusion(s, i, "davantage", "L’adverbe «\u00a0davantage\u00a0» (plus) s’écrit en un mot.", lint.Error)
			}
		case "davantage":
			if k >= 0 && quantityWords[s.key(k)] && s.key(k) != "pas" && s.key(k) != "plus" && s.key(k) != "sans" && s.key(k) != "point" {
				reportConfusion(s, i, "d’avantages", "Après un mot de quantité, c’est le nom\u00a0: «\u00a0d’avantages\u00a0».", lint.Warning)
			}
		}
	})
}
