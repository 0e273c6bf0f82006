package rules

import (
	"github.com/coquille-fr/coquille/lint"
)

// confusionQuandQuantRule reports "quand" (when) written for "quant à"
// (as for) and the reverse.
func confusionQuandQuantRule() *lint.Rule {
	return &lint.Rule{
		ID: "spelling.confusion-quand-quant", Category: lint.Spelling, Severity: lint.Error,
		Doc:      "«\u00a0quant à\u00a0» signifie «\u00a0en ce qui concerne\u00a0» («\u00a0quant à moi\u00a0»), «\u00a0quand\u00a0» marque le temps («\u00a0quand il arrive\u00a0»).",
		Examples: []lint.Example{{Bad: "Quand à moi, je pars quant il arrive.", Good: "Quant à moi, je pars quand il arrive."}},
		Check:    checkConfusionQuandQuant,
	}
}

// afterComma tells whether token i follows a comma or a semicolon.
func (s *wordScan) afterComma(i int) bool {
	j := s.signAround(i, -1)
	return j >= 0 && (s.toks.Is(j, ",") || s.toks.Is(j, ";"))
}

// quandQuantWords are the words the rule looks at.
var quandQuantWords = matchWords("quand", "quant")

// checkConfusionQuandQuant reports "Quand à ma commande," and "quant il
// arrive".
func checkConfusionQuandQuant(p *lint.Pass) {
	scanWords(p, quandQuantWords, func(s *wordScan, i int) {
		if !s.wordAlone(i) {
			return
		}
		next := s.nextKey(i)
		toA := next == "à" || next == "au" || next == "aux"
		switch s.key(i) {
		case "quand":
			// at the head of a sentence or a clause: "Quand à Paris ?" asks when
			if toA && (s.opensSentence(i) || s.afterComma(i)) && !s.questionFollows(i) {
				reportConfusion(s, i, "quant", "«\u00a0Quant à\u00a0» (en ce qui concerne) s’écrit avec un t.", lint.Error)
			}
		case "quant":
			if !toA && s.next(i) >= 0 {
				reportConfusion(s, i, "quand", "Hors de «\u00a0quant à\u00a0», c’est «\u00a0quand\u00a0», qui marque le temps.", lint.Error)
			}
		}
	})
}
