package rules

import (
	"github.com/coquille-fr/coquille/dictionaries"
	"github.com/coquille-fr/coquille/lint"
)

// confusionOuRule reports "ou" (or) written for "où" (where) and the
// reverse.
func confusionOuRule() *lint.Rule {
	return &lint.Rule{
		ID: "spelling.confusion-ou", Category: lint.Spelling, Severity: lint.Error,
		Doc: "«\u00a0où\u00a0» marque le lieu ou le temps («\u00a0d’où viens-tu\u202f?\u00a0», «\u00a0au moment où\u00a0», «\u00a0je ne sais pas où aller\u00a0»), " +
			"«\u00a0ou\u00a0» le choix («\u00a0plus ou moins\u00a0», «\u00a0oui ou non\u00a0»).",
		Examples: []lint.Example{{Bad: "D’ou viens-tu\u202f? Plus où moins de Lyon.", Good: "D’où viens-tu\u202f? Plus ou moins de Lyon."}},
		Check:    checkConfusionOu,
	}
}

// Messages of confusion-ou.
const (
	wantOuWhere  = "Ici, c’est «\u00a0où\u00a0», qui marque le lieu ou le temps («\u00a0ou\u00a0» marque le choix)."
	wantOuChoice = "Ici, c’est «\u00a0ou\u00a0», qui marque le choix («\u00a0où\u00a0» marque le lieu ou le temps)."
)

// timeAndPlaceNouns are the nouns that "où" follows as a relative: "au
// moment où", "le jour où".
var timeAndPlaceNouns = map[string]bool{
	"moment": true, "jour": true, "instant": true, "époque": true, "heure": true, "année": true,
	"endroit": true, "lieu": true, "pays": true, "ville": true, "soir": true, "matin": true,
	"période": true, "mois": true, "semaine": true, "minute": true, "seconde": true, "cas": true,
}

// savoirForms are the forms of savoir after which "où" asks a place.
var savoirForms = map[string]bool{
	"sais": true, "sait": true, "savons": true, "savez": true, "savent": true, "savais": true,
	"savait": true, "savoir": true, "saurai": true, "saura": true, "su": true,
}

// choicePairs are the pairs that "ou" joins in set phrases: "plus ou moins".
var choicePairs = map[[2]string]bool{
	{"plus", "moins"}: true, {"oui", "non"}: true, {"tôt", "tard"}: true, {"peu", "prou"}: true,
	{"bon", "mauvais"}: true, {"vrai", "faux"}: true, {"tout", "rien"}: true,
}

// ouWords are the words the rule looks at.
var ouWords = matchWords("ou", "où", "d’ou", "jusqu’ou")

// checkConfusionOu reports "d’ou", "au moment ou", "plus où moins".
func checkConfusionOu(p *lint.Pass) {
	scanWords(p, ouWords, func(s *wordScan, i int) {
		switch word := s.key(i); word {
		case "d’ou", "jusqu’ou":
			if s.wordAlone(i) {
				text := s.toks.Text(i)
				reportConfusion(s, i, text[:len(text)-1]+"ù", wantOuWhere, lint.Error)
			}
		case "ou":
			if s.wordAlone(i) && relativeOu(s, i) {
				reportConfusion(s, i, "où", wantOuWhere, lint.Error)
			}
		case "où":
			if s.wordAlone(i) && choiceOu(s, i) {
				reportConfusion(s, i, "ou", wantOuChoice, lint.Error)
			}
		}
	})
}

// relativeOu tells whether "ou" at i stands for "où": "au cas ou",
// "n’importe ou", "au moment ou elle part", "je ne sais pas ou aller",
// "Ou sont mes affaires ?".
func relativeOu(s *wordScan, i int) bool {
	k, j := s.prev(i), s.next(i)
	prev := s.keyAt(k)
	switch {
	case prev == "cas" && s.keyAt(s.prev(k)) == "au", prev == "n’importe":
		return true
	case k >= 0 && timeOrPlaceNoun(s, k):
		return j >= 0 && clauseStartsAt(s, j)
	case s.opensSentence(i):
		return j >= 0 && s.wordAlone(j) && isFiniteWord(s, j) && !anyPOSAt(s, j, dictionaries.Noun|dictionaries.Pronoun|dictionaries.Adverb) && s.questionFollows(i)
	}
	for n := 0; n < 2 && k >= 0 && (prev == "pas" || prev == "plus" || prev == "jamais" || prev == "vraiment"); n++ {
		k = s.prev(k)
		prev = s.keyAt(k)
	}
	return savoirForms[prev] && j >= 0 && infinitiveAt(s, j)
}

// timeOrPlaceNoun tells whether word k is a noun of time or place after
// an article: "au moment", "l’instant", "le jour".
func timeOrPlaceNoun(s *wordScan, k int) bool {
	word := s.key(k)
	if elided, rest, ok := splitElided(word); ok {
		return elided == "l" && timeAndPlaceNouns[rest]
	}
	return timeAndPlaceNouns[word] && articles[s.keyAt(s.prev(k))]
}

// clauseStartsAt tells whether a clause starts at word j: a subject
// pronoun and a verb ("elle est sortie").
func clauseStartsAt(s *wordScan, j int) bool {
	if personalSubjects[s.key(j)] {
		return isFiniteWord(s, s.next(j)) || clitics[s.nextKey(j)] || s.nextKey(j) == "ne"
	}
	_, rest, ok := splitElided(s.key(j))
	return ok && (rest == "ai" || rest == "avais" || rest == "étais" || rest == "y" || rest == "en")
}

// choiceOu tells whether "où" at i joins a pair of choice: "plus où
// moins", "deux où trois", "2 où 3".
func choiceOu(s *wordScan, i int) bool {
	k, j := s.prev(i), s.next(i)
	if i >= 2 && i+2 < s.toks.Len() && s.toks.Kind(i-2) == lint.Number && s.toks.Kind(i+2) == lint.Number &&
		isInlineSpace(s.toks.Token(i-1)) && isInlineSpace(s.toks.Token(i+1)) {
		return true
	}
	if k < 0 || j < 0 {
		return false
	}
	if choicePairs[[2]string{s.key(k), s.key(j)}] {
		return true
	}
	a, okA := s.entryAt(k)
	b, okB := s.entryAt(j)
	return okA && okB && onlyPOS(a, dictionaries.Numeral) && onlyPOS(b, dictionaries.Numeral)
}

// questionFollows tells whether the sentence of token i ends with a
// question mark.
func (s *wordScan) questionFollows(i int) bool {
	for j := i + 1; j < s.toks.Len(); j++ {
		if t := s.toks.Token(j); t.Kind == lint.Punct {
			switch t.Text {
			case "?":
				return true
			case ".", "!", "…":
				return false
			}
		} else if t.IsLineBreak() {
			return false
		}
	}
	return false
}
