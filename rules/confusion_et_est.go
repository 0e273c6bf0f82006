package rules

import (
	"github.com/coquille-fr/coquille/dictionaries"
	"github.com/coquille-fr/coquille/lint"
)

// confusionEtEstRule reports "et" (and) written for "est" (is) and the
// reverse.
func confusionEtEstRule() *lint.Rule {
	return &lint.Rule{
		ID: "spelling.confusion-et-est", Category: lint.Spelling, Severity: lint.Error,
		Doc:      "«\u00a0est\u00a0» est le verbe être («\u00a0il est parti\u00a0»), «\u00a0et\u00a0» la conjonction («\u00a0et puis\u00a0», «\u00a0elle et moi\u00a0»).",
		Examples: []lint.Example{{Bad: "Il et parti, est puis plus rien.", Good: "Il est parti, et puis plus rien."}},
		Check:    checkConfusionEtEst,
	}
}

// adverbsAfterEst are the adverbs that follow the verb in "il est là".
var adverbsAfterEst = map[string]bool{
	"là": true, "ici": true, "très": true, "trop": true, "déjà": true, "toujours": true, "vraiment": true,
}

// etEstWords are the words the rule looks at.
var etEstWords = matchWords("et", "est")

// checkConfusionEtEst reports "il et parti" and "est puis".
func checkConfusionEtEst(p *lint.Pass) {
	scanWords(p, etEstWords, func(s *wordScan, i int) {
		if !s.wordAlone(i) {
			return
		}
		switch s.key(i) {
		case "et":
			if verbEt(s, i) {
				reportConfusion(s, i, "est", "Ici, c’est le verbe être, «\u00a0est\u00a0» («\u00a0et\u00a0» est la conjonction).", lint.Error)
			}
		case "est":
			if j := s.next(i); j >= 0 && s.key(j) == "puis" && s.wordAlone(j) {
				reportConfusion(s, i, "et", "Ici, c’est la conjonction «\u00a0et\u00a0» («\u00a0est\u00a0» est le verbe être).", lint.Error)
			}
		}
	})
}

// verbEt tells whether "et" at i stands for "est": after a subject
// pronoun and before a participle, an adjective or an adverb ("il et
// parti", "elle et belle", "il et là").
func verbEt(s *wordScan, i int) bool {
	k, j := s.prev(i), s.next(i)
	if k < 0 || j < 0 || s.hyphenBefore(k) || startsUpperCase(s.toks.Text(j)) || !s.wordAlone(j) {
		return false
	}
	switch s.key(k) {
	case "il", "elle", "on", "qui":
	default:
		return false
	}
	next := s.key(j)
	if adverbsAfterEst[next] {
		return true
	}
	e, ok := s.entryAt(j)
	return ok && !isFinite(e) && !anyPOS(e, dictionaries.Pronoun|dictionaries.Determiner|dictionaries.ProperNoun) &&
		(e.HasReading(dictionaries.PastParticiple) || e.HasReading(dictionaries.Adjective|dictionaries.Singular))
}
