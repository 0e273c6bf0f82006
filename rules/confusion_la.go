package rules

import (
	"strings"

	"github.com/coquille-fr/coquille/dictionaries"
	"github.com/coquille-fr/coquille/lint"
)

// confusionLaRule reports "la" (article, pronoun) written for "là"
// (adverb) and the reverse, and the hyphens of "là-bas", "jusque-là",
// "celui-là", "ce jour-là".
func confusionLaRule() *lint.Rule {
	return &lint.Rule{
		ID: "spelling.confusion-la", Category: lint.Spelling, Severity: lint.Error,
		Doc: "«\u00a0là\u00a0» est l’adverbe de lieu («\u00a0là où\u00a0», «\u00a0il est là\u00a0»), qui se lie par un trait d’union («\u00a0là-bas\u00a0», «\u00a0jusque-là\u00a0», «\u00a0celui-là\u00a0», «\u00a0ce jour-là\u00a0»)\u202f; " +
			"«\u00a0la\u00a0» est l’article ou le pronom («\u00a0à la maison\u00a0»).",
		Examples: []lint.Example{{Bad: "C’est la que je vais, là bas.", Good: "C’est là que je vais, là-bas."}},
		Check:    checkConfusionLa,
	}
}

// Messages of confusion-la.
const (
	wantAdverbLa  = "Ici, c’est l’adverbe «\u00a0là\u00a0», avec un accent («\u00a0la\u00a0» est l’article ou le pronom)."
	wantArticleLa = "Devant un nom, c’est l’article «\u00a0la\u00a0», sans accent («\u00a0là\u00a0» est l’adverbe)."
	wantHyphen    = "«\u00a0là\u00a0» se lie au mot qui précède ou qui suit par un trait d’union\u00a0: "
)

// adverbsAfterLa are the words that "là" joins with a hyphen: "là-bas".
var adverbsAfterLa = map[string]bool{"bas": true, "haut": true, "dessus": true, "dessous": true, "dedans": true}

// pronounsBeforeLa are the words that "là" follows with a hyphen:
// "celui-là", "jusque-là".
var pronounsBeforeLa = map[string]bool{"celui": true, "celle": true, "ceux": true, "celles": true, "jusque": true}

// demonstratives are the determiners of "ce jour-là".
var demonstratives = map[string]bool{"ce": true, "cet": true, "cette": true, "ces": true}

// laWords are the words the rule looks at.
var laWords = matchWords("la", "là")

// checkConfusionLa reports "la où", "C’est la que", "là bas", "jusque
// la", "ce jour là", "à là maison".
func checkConfusionLa(p *lint.Pass) {
	scanWords(p, laWords, func(s *wordScan, i int) {
		word := s.key(i)
		if !s.plainBefore(i) || s.hyphenBefore(i) {
			return
		}
		j := s.next(i)
		switch {
		case s.mention(i):
		case word == "la" && s.hyphenAfter(i) && i+2 < s.toks.Len() && adverbsAfterLa[s.key(i+2)]:
			reportConfusion(s, i, "là", wantAdverbLa, lint.Error)
		case j >= 0 && adverbsAfterLa[s.key(j)] && s.wordAlone(j):
			// "là bas", "la bas": one word with a hyphen
			joined := sameCase(s.toks.Text(i), "là") + "-" + s.original(j)
			s.pass.Replace(lint.Span{Start: s.toks.Span(i).Start, End: s.toks.Span(j).End}, wantHyphen+quoted(joined)+".", joined, true)
		case !s.wordAlone(i):
		case word == "la" && adverbLa(s, i, j):
			reportConfusion(s, i, "là", wantAdverbLa, lint.Error)
		case hyphenatedLa(s, i):
			k := s.prev(i)
			joined := s.original(k) + "-là"
			s.pass.Replace(lint.Span{Start: s.toks.Span(k).Start, End: s.toks.Span(i).End}, wantHyphen+quoted(joined)+".", joined, true)
		case word == "là" && articleLa(s, i, j):
			reportConfusion(s, i, "la", wantArticleLa, lint.Error)
		}
	})
}

// adverbLa tells whether "la" at i, before word j, stands for "là":
// before "où" or "que" ("la où", "C’est la que"), or alone after être
// ("il est la.").
func adverbLa(s *wordScan, i, j int) bool {
	if next := s.keyAt(j); next == "où" || next == "que" || strings.HasPrefix(next, "qu’") {
		return true
	}
	k := s.prev(i)
	if k < 0 || !etreForms[s.key(k)] {
		return false
	}
	// "il est la.", "il sera la l’année prochaine": no article before an article
	return s.closesClause(i) || j >= 0 && (articles[s.key(j)] || strings.HasPrefix(s.key(j), "l’"))
}

// hyphenatedLa tells whether "là" (or "la") at i ends a phrase that takes
// a hyphen: "jusque là", "celui là", "ce jour là".
func hyphenatedLa(s *wordScan, i int) bool {
	k := s.prev(i)
	if k < 0 {
		return false
	}
	if pronounsBeforeLa[s.key(k)] {
		// "celle la plus belle" is an article
		return s.key(i) == "là" || s.key(k) == "jusque" || s.closesClause(i)
	}
	if !demonstratives[s.keyAt(s.prev(k))] || !s.closesClause(i) {
		return false
	}
	e, ok := s.entryAt(k)
	return ok && onlyPOS(e, dictionaries.Noun)
}

// articleLa tells whether "là" at i, before word j, stands for "la":
// after a preposition and before a feminine singular noun ("à là
// maison").
func articleLa(s *wordScan, i, j int) bool {
	if j < 0 || !prepositions[s.keyAt(s.prev(i))] {
		return false
	}
	e, ok := s.entryAt(j)
	return ok && onlyPOS(e, dictionaries.Noun) && e.HasReading(dictionaries.Noun|dictionaries.Feminine|dictionaries.Singular) &&
		!e.Tags.Any(dictionaries.Masculine)
}
