package rules

import (
	"strings"

	"github.com/coquille-fr/coquille/lint"
)

// confusionPeuPeutRule reports "peut" (pouvoir) written for "peu" (a
// little) and the reverse.
func confusionPeuPeutRule() *lint.Rule {
	return &lint.Rule{
		ID: "spelling.confusion-peu-peut", Category: lint.Spelling, Severity: lint.Error,
		Doc:      "«\u00a0peut\u00a0» est le verbe pouvoir («\u00a0il peut venir\u00a0», «\u00a0je peux\u00a0»), «\u00a0peu\u00a0» l’adverbe de quantité («\u00a0un peu\u00a0», «\u00a0trop peu\u00a0», «\u00a0peu de gens\u00a0»).",
		Examples: []lint.Example{{Bad: "Il travaille trop peut, il peu mieux faire.", Good: "Il travaille trop peu, il peut mieux faire."}},
		Check:    checkConfusionPeuPeut,
	}
}

// wordsBeforePeu are the words that "peu" follows and "peut" cannot:
// "un peu", "trop peu", "à peu près".
var wordsBeforePeu = map[string]bool{
	"un": true, "très": true, "trop": true, "si": true, "assez": true, "fort": true, "quelque": true, "à": true, "pour": true,
}

// peuPeutWords are the words the rule looks at.
var peuPeutWords = matchWords("peu", "peut", "peux")

// checkConfusionPeuPeut reports "trop peut", "Peut de gens", "il peu".
func checkConfusionPeuPeut(p *lint.Pass) {
	scanWords(p, peuPeutWords, func(s *wordScan, i int) {
		if !s.wordAlone(i) || s.hyphenBefore(i) {
			return
		}
		switch s.key(i) {
		case "peut", "peux":
			k, next := s.prev(i), s.nextKey(i)
			if k >= 0 && wordsBeforePeu[s.key(k)] && !s.hyphenBefore(k) ||
				k < 0 && s.opensSentence(i) && (next == "de" || strings.HasPrefix(next, "d’")) {
				reportConfusion(s, i, "peu", "Ici, c’est l’adverbe «\u00a0peu\u00a0» («\u00a0"+s.key(i)+"\u00a0» est le verbe pouvoir).", lint.Error)
			}
		case "peu":
			if want := verbPeu(s, i); want != "" {
				reportConfusion(s, i, want, "Après un pronom sujet, c’est le verbe pouvoir, «\u00a0"+want+"\u00a0» («\u00a0peu\u00a0» est un adverbe).", lint.Error)
			}
		}
	})
}

// verbPeu returns the form of pouvoir that "peu" at i stands for after a
// subject pronoun ("il peu venir", "je peu"), or "".
func verbPeu(s *wordScan, i int) string {
	k := s.prev(i)
	if k < 0 || s.hyphenBefore(k) {
		return ""
	}
	switch withoutElision(s.key(k)) {
	case "il", "on":
		return "peut"
	case "je", "tu":
		return "peux"
	}
	return ""
}
