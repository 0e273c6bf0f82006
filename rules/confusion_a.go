package rules

import (
	"strings"

	"github.com/coquille-fr/coquille/dictionaries"
	"github.com/coquille-fr/coquille/lint"
)

// confusionARule reports "a" (avoir) written for "à" and the reverse.
func confusionARule() *lint.Rule {
	return &lint.Rule{
		ID: "spelling.confusion-a", Category: lint.Spelling, Severity: lint.Error,
		Doc: "«\u00a0a\u00a0» est le verbe avoir («\u00a0il a gagné\u00a0»), «\u00a0à\u00a0» la préposition («\u00a0bienvenue à tous\u00a0», «\u00a0à partir de\u00a0», «\u00a0prêt à partir\u00a0»). " +
			"Seules les tournures sans ambiguïté sont signalées\u202f; «\u00a0A\u00a0» en tête de phrase pour «\u00a0À\u00a0» l’est comme avertissement.",
		Examples: []lint.Example{{Bad: "Bienvenue a tous, il à gagné\u202f!", Good: "Bienvenue à tous, il a gagné\u202f!"}},
		Check:    checkConfusionA,
	}
}

// Messages of confusion-a.
const (
	wantPreposition = "Ici, c’est la préposition «\u00a0à\u00a0», avec un accent («\u00a0a\u00a0» est le verbe avoir)."
	wantAvoir       = "Ici, c’est le verbe avoir, «\u00a0a\u00a0», sans accent («\u00a0à\u00a0» est la préposition)."
)

// phrasesAfterA are the words that follow the preposition "à" in set
// phrases where "a" cannot be the verb ("a partir de", "a cause de"). A
// "|" separates alternatives; "d’*" stands for any word elided by "d’";
// "." asks for the end of the clause.
var phrasesAfterA = [][]string{
	{"partir", "de|du|des|d’*"}, {"cause", "de|du|des|d’*"}, {"travers"}, {"côté", "de|du|des|d’*"},
	{"peu", "près"}, {"propos", "de|du|des|d’*"}, {"nouveau"}, {"la", "fois"}, {"condition", "de|que|qu’*|d’*"},
	{"coup", "sûr"}, {"vol", "d’oiseau"}, {"rude", "épreuve"}, {"plein", "temps"}, {"temps", "plein|partiel"},
	{"l’aveuglette"}, {"la", "rescousse"}, {"volonté"}, {"bientôt", "."}, {"demain", "."}, {"plus", "tard"},
	{"tous", "."}, {"toutes", "."}, {"toi", "."}, {"vous", "."}, {"moi", "."}, {"nous", "."},
	{"laquelle"}, {"lesquels"}, {"lesquelles"}, {"l’instant", "."}, {"sec", "."}, {"tout", "prix"}, {"l’époque"},
}

// wordsBeforeA are the words after which "a" is the preposition unless a
// verb follows ("le coiffeur en face a mis la clé"): "grâce a toi",
// "merci a tous", "pas a pas".
var wordsBeforeA = map[string]bool{
	"grâce": true, "face": true, "quant": true, "bienvenue": true, "merci": true, "bravo": true,
	"félicitations": true, "gloire": true, "pas": true, "rien": true,
}

// adjectivesBeforeA are the adjectives that call "à" before an infinitive
// and are nouns too ("le prêt a un taux", "prêt a partir").
var adjectivesBeforeA = map[string]bool{
	"prêt": true, "prête": true, "prêts": true, "prêtes": true, "apte": true, "aptes": true,
}

// latinAfterA are the Latin and Italian words that follow "a" without
// accent: "a priori", "a cappella".
var latinAfterA = map[string]bool{
	"priori": true, "posteriori": true, "fortiori": true, "contrario": true, "minima": true,
	"maxima": true, "cappella": true, "capella": true, "giorno": true, "tempo": true, "quo": true,
}

// confusionAWords are the words the rule looks at.
var confusionAWords = matchWords("a", "à", "jusqu’a")

// checkConfusionA reports "a" for "à" and "à" for "a".
func checkConfusionA(p *lint.Pass) {
	scanWords(p, confusionAWords, func(s *wordScan, i int) {
		switch word := s.key(i); word {
		case "a":
			// "A" inside a sentence names something: "pas A sans B"
			if i+1 < s.toks.Len() && s.toks.Kind(i+1) == lint.Space && s.plainBefore(i) && (s.toks.Text(i) == "a" || s.opensSentence(i)) {
				if severity, ok := prepositionA(s, i); ok {
					if s.toks.Text(i) == "A" {
						severity = lint.Warning // capitals long went without accents
					}
					reportConfusion(s, i, "à", wantPreposition, severity)
				}
			}
		case "à":
			if j := s.next(i); j >= 0 && latinAfterA[s.key(j)] {
				reportConfusion(s, i, "a", "La locution latine s’écrit sans accent\u00a0: «\u00a0a "+s.key(j)+"\u00a0».", lint.Error)
				return
			}
			// "il à gagné", "à-t-il"
			if s.wordAlone(i) && avoirA(s, i) || s.hyphenAfter(i) && i+3 < s.toks.Len() && s.key(i+2) == "t" && s.hyphenAfter(i+2) {
				reportConfusion(s, i, "a", wantAvoir, lint.Error)
			}
		case "jusqu’a":
			if s.wordAlone(i) {
				reportConfusion(s, i, s.toks.Text(i)[:len(s.toks.Text(i))-1]+"à", wantPreposition, lint.Error)
			}
		}
	})
}

// prepositionA tells whether "a" at i is the preposition, and how sure.
func prepositionA(s *wordScan, i int) (lint.Severity, bool) {
	j := s.next(i)
	if j < 0 || latinAfterA[s.key(j)] {
		return 0, false
	}
	if matchesPhrase(s, j) {
		return lint.Error, true
	}
	k := s.prev(i)
	prev := ""
	if k >= 0 {
		prev = s.key(k)
	}
	next := s.key(j)
	switch {
	case wordsBeforeA[prev]:
		return lint.Error, !isParticiple(s, j) && !isFiniteWord(s, j)
	case adjectivesBeforeA[prev] && infinitiveAt(s, j),
		prev == "tout" && (next == "coup" || next == "l’heure" || next == "fait" && !isDeterminer(s, s.next(j))),
		prev == "mal" && (strings.HasPrefix(next, "l’") || next == "la" || next == "au" || next == "aux"),
		prev == "garde" && next == "vue":
		return lint.Error, true
	case k >= 0 && s.hyphenBefore(k) && personalSubjects[prev]:
		// "Venez-vous a la fête": the verb and its subject come before
		return lint.Error, true
	case k >= 0 && infinitiveAt(s, j) && governsA(s, k),
		k >= 0 && (next == "quoi" || next == "ça" || next == "cela") && isFiniteWord(s, k) && !avoirForms[prev] && !etreForms[prev]:
		// "prêtes a t’écouter", "Tu penses a quoi ?"
		return lint.Error, true
	case k < 0 || s.opensSentence(i):
		// "A quelle heure ?"
		if s.toks.Text(i) == "A" && s.opensSentence(i) && !startsUpperCase(s.toks.Text(j)) {
			// "A disparu dans Linux 1.1": a verb without its subject
			e, ok := s.entryAt(j)
			return lint.Warning, ok && !onlyPOS(e, dictionaries.Conjunction) && !isFinite(e) && !e.Tags.Any(dictionaries.PastParticiple)
		}
	}
	return 0, false
}

// matchesPhrase tells whether the words from j on follow a phrase of
// phrasesAfterA.
func matchesPhrase(s *wordScan, j int) bool {
	for _, phrase := range phrasesAfterA {
		k, last, ok := j, -1, true
		for _, alternatives := range phrase {
			if alternatives == "." {
				ok = s.closesClause(last)
				break
			}
			if k < 0 || !matchesAlternative(s.key(k), alternatives) {
				ok = false
				break
			}
			last, k = k, s.next(k)
		}
		if ok {
			return true
		}
	}
	return false
}

// matchesAlternative tells whether word is one of the alternatives
// separated by "|", where "x’*" stands for any word elided by x’.
func matchesAlternative(word, alternatives string) bool {
	for alt := range strings.SplitSeq(alternatives, "|") {
		if prefix, ok := strings.CutSuffix(alt, "*"); ok && strings.HasPrefix(word, prefix) || alt == word {
			return true
		}
	}
	return false
}

// governsA tells whether word k, before "a" and an infinitive, calls the
// preposition: a conjugated verb ("ils s’apprêtent a le dépasser"), an
// adjective or a participle ("facile a faire"), "rien", "plus".
func governsA(s *wordScan, k int) bool {
	word := s.key(k)
	if word == "rien" || word == "plus" || word == "pas" {
		return true
	}
	if _, rest, ok := splitElided(word); ok {
		word = rest
	}
	e, ok := s.entry(word)
	if !ok || anyPOS(e, dictionaries.Noun|dictionaries.ProperNoun|dictionaries.Pronoun|dictionaries.Determiner) {
		return false
	}
	return isFinite(e) || anyPOS(e, dictionaries.Adjective)
}

// avoirA tells whether "à" at i stands for the verb: after "il" or "on"
// ("il à", "qu’il y à"), or between a subject and a participle ("Paul à
// travaillé", "qui à été").
func avoirA(s *wordScan, i int) bool {
	k := s.prev(i)
	if k < 0 || s.hyphenBefore(k) {
		return false
	}
	prev := withoutElision(s.key(k))
	if prev == "y" {
		k = s.prev(k)
		return k >= 0 && !s.hyphenBefore(k) && withoutElision(s.key(k)) == "il"
	}
	if prev == "il" || prev == "on" {
		return true
	}
	j := s.next(i)
	if j >= 0 && (s.key(j) == "déjà" || s.key(j) == "toujours" || s.key(j) == "jamais" || s.key(j) == "bien") {
		j = s.next(j)
	}
	if !isParticiple(s, j) || s.key(j) != "été" && !masculineSingularParticiple(s, j) {
		return false
	}
	switch prev {
	case "elle", "ça", "cela", "qui", "tout":
		return true
	}
	e, ok := s.entryAt(k)
	return ok && startsUpperCase(s.toks.Text(k)) && onlyPOS(e, dictionaries.ProperNoun)
}

// masculineSingularParticiple tells whether word j is a masculine
// singular past participle, the form after "a".
func masculineSingularParticiple(s *wordScan, j int) bool {
	e, ok := s.entryAt(j)
	return ok && e.HasReading(dictionaries.PastParticiple|dictionaries.Masculine|dictionaries.Singular)
}
