package rules

import (
	"unicode/utf8"

	"github.com/coquille-fr/coquille/dictionaries"
	"github.com/coquille-fr/coquille/lint"
)

// euphonyRule reports the forms that change before a vowel or a mute h:
// "ce homme" (cet), "ma amie" (mon), "nouveau événement" (nouvel).
func euphonyRule() *lint.Rule {
	return &lint.Rule{
		ID: "elision.euphony", Category: lint.Elision, Severity: lint.Error,
		Doc: "Devant une voyelle ou un h muet, «\u00a0ce\u00a0» devient «\u00a0cet\u00a0» (mot masculin), «\u00a0ma\u00a0», «\u00a0ta\u00a0», «\u00a0sa\u00a0» deviennent «\u00a0mon\u00a0», «\u00a0ton\u00a0», «\u00a0son\u00a0» (mot féminin), " +
			"et «\u00a0beau\u00a0», «\u00a0nouveau\u00a0», «\u00a0vieux\u00a0», «\u00a0fou\u00a0», «\u00a0mou\u00a0» deviennent «\u00a0bel\u00a0», «\u00a0nouvel\u00a0», «\u00a0vieil\u00a0», «\u00a0fol\u00a0», «\u00a0mol\u00a0» (nom masculin singulier).",
		Examples: []lint.Example{{Bad: "Ce été, ma amie et son vieux ami partent.", Good: "Cet été, mon amie et son vieil ami partent."}},
		Check:    checkEuphony,
	}
}

// euphonicForms maps each word to its form before a vowel and to the
// reading the next word must have for the change.
var euphonicForms = map[string]struct {
	form    string
	reading dictionaries.Tags
}{
	"ce":      {"cet", dictionaries.Masculine},
	"ma":      {"mon", dictionaries.Feminine | dictionaries.Singular},
	"ta":      {"ton", dictionaries.Feminine | dictionaries.Singular},
	"sa":      {"son", dictionaries.Feminine | dictionaries.Singular},
	"beau":    {"bel", dictionaries.Noun | dictionaries.Masculine | dictionaries.Singular},
	"nouveau": {"nouvel", dictionaries.Noun | dictionaries.Masculine | dictionaries.Singular},
	"vieux":   {"vieil", dictionaries.Noun | dictionaries.Masculine | dictionaries.Singular},
	"fou":     {"fol", dictionaries.Noun | dictionaries.Masculine | dictionaries.Singular},
	"mou":     {"mol", dictionaries.Noun | dictionaries.Masculine | dictionaries.Singular},
}

// singularDeterminers are the words after which "vieux ami" is one noun
// phrase in the singular.
var singularDeterminers = map[string]bool{
	"un": true, "le": true, "ce": true, "mon": true, "ton": true, "son": true, "notre": true,
	"votre": true, "leur": true, "quel": true, "du": true, "au": true, "chaque": true, "aucun": true,
}

// euphonicWords are the words elision.euphony looks at.
var euphonicWords = matchWords("ce", "ma", "ta", "sa", "beau", "nouveau", "vieux", "fou", "mou")

// checkEuphony reports "ce homme", "ma amie", "un vieux ami".
func checkEuphony(p *lint.Pass) {
	scanWords(p, euphonicWords, func(s *wordScan, i int) {
		word := s.lower(i)
		forms, ok := euphonicForms[word]
		if !ok {
			return
		}
		j := s.next(i)
		if j < 0 || !s.plainBefore(i) || !s.plainAfter(j) || startsUpperCase(s.toks.Text(i)) && !s.opensSentence(i) {
			return
		}
		next := s.lower(j)
		if first := initial(next); !isVowel(first) && first != 'h' && first != 'y' || startsUpperCase(s.toks.Text(j)) || utf8.RuneCountInString(next) < 2 || elidingBefore["ce"][next] || next == "un" || next == "une" {
			return
		}
		e, ok := s.entryAt(j)
		if !ok || !elidesBefore(e, initial(next)) || !euphonic(s, i, j, word, e, forms.reading) || s.mention(i) {
			return
		}
		form := sameCase(s.toks.Text(i), forms.form)
		p.Replace(s.toks.Span(i),
			"Devant "+quoted(next)+", "+quoted(word)+" devient "+quoted(forms.form)+"\u00a0: "+quoted(form+" "+next)+".", form, true)
	})
}

// euphonic tells whether word i takes its euphonic form before word j,
// whose entry is e.
func euphonic(s *wordScan, i, j int, word string, e dictionaries.Entry, reading dictionaries.Tags) bool {
	switch word {
	case "ce":
		// "ce à quoi", "ce autour de quoi": a preposition or an adverb
		return nominalReading(e, reading) && !anyPOS(e, dictionaries.Preposition|dictionaries.Adverb|dictionaries.Pronoun)
	case "sa":
		// "sa aide" may be "ça aide"
		return !isFinite(e) && nominalReading(e, reading)
	case "ma", "ta":
		return nominalReading(e, reading)
	}
	d := s.prev(i)
	if d < 0 || isFinite(e) || !singularDeterminers[s.lower(d)] || !e.HasReading(reading) {
		return false
	}
	// "un fou amoureux": "fol" and "mol" only before a noun that is nothing else
	return word != "fou" && word != "mou" || !anyPOS(e, dictionaries.Adjective)
}

// nominalReading tells whether e has a noun or adjective reading with
// every bit of reading.
func nominalReading(e dictionaries.Entry, reading dictionaries.Tags) bool {
	return e.HasReading(dictionaries.Noun|reading) || e.HasReading(dictionaries.Adjective|reading)
}
