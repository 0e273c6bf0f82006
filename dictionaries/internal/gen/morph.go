package main

import (
	"strings"

	"github.com/coquille-fr/coquille/dictionaries"
)

// Dicollecte's morphological fields (po: part of speech and verb forms,
// is: gender, number and person) mapped to reading bits. Fields not listed
// (mg "grammatical word", preverb, loc. prefixes handled below, st: stems,
// dp:/ds: elision notes) add nothing.
var posFields = map[string]dictionaries.Tags{
	"nom":       dictionaries.Noun,
	"adj":       dictionaries.Adjective,
	"adv":       dictionaries.Adverb,
	"negadv":    dictionaries.Adverb,
	"advint":    dictionaries.Adverb,
	"npr":       dictionaries.ProperNoun,
	"prn":       dictionaries.ProperNoun,
	"patr":      dictionaries.ProperNoun,
	"1pe":       dictionaries.Pronoun,
	"2pe":       dictionaries.Pronoun,
	"3pe":       dictionaries.Pronoun,
	"properobj": dictionaries.Pronoun,
	"propersuj": dictionaries.Pronoun,
	"prodem":    dictionaries.Pronoun,
	"proind":    dictionaries.Pronoun,
	"prorel":    dictionaries.Pronoun,
	"proint":    dictionaries.Pronoun,
	"proneg":    dictionaries.Pronoun,
	"proadv":    dictionaries.Pronoun,
	"det":       dictionaries.Determiner,
	"detpos":    dictionaries.Determiner,
	"detind":    dictionaries.Determiner,
	"detdem":    dictionaries.Determiner,
	"detneg":    dictionaries.Determiner,
	"detex":     dictionaries.Determiner,
	"prep":      dictionaries.Preposition,
	"prepv":     dictionaries.Preposition,
	"cj":        dictionaries.Conjunction,
	"cjco":      dictionaries.Conjunction,
	"cjsub":     dictionaries.Conjunction,
	"interj":    dictionaries.Interjection,
	"nb":        dictionaries.Numeral,
	"nbro":      dictionaries.Numeral,
	"titr":      dictionaries.Symbol,
	"pfx":       dictionaries.Symbol,
	"sfx":       dictionaries.Symbol,
	"sign":      dictionaries.Symbol,
	"ponc":      dictionaries.Symbol,
	"div":       dictionaries.Symbol,
	"infi":      dictionaries.Verb | dictionaries.Infinitive,
	"ppre":      dictionaries.Verb | dictionaries.PresentParticiple,
	"ppas":      dictionaries.Verb | dictionaries.PastParticiple,
	"ipre":      dictionaries.Verb | dictionaries.IndicativePresent,
	"iimp":      dictionaries.Verb | dictionaries.IndicativeImperfect,
	"ipsi":      dictionaries.Verb | dictionaries.IndicativeSimplePast,
	"ifut":      dictionaries.Verb | dictionaries.IndicativeFuture,
	"cond":      dictionaries.Verb | dictionaries.Conditional,
	"spre":      dictionaries.Verb | dictionaries.SubjunctivePresent,
	"simp":      dictionaries.Verb | dictionaries.SubjunctiveImperfect,
	"impe":      dictionaries.Verb | dictionaries.Imperative,
	"1sg":       dictionaries.FirstSingular,
	"1isg":      dictionaries.FirstSingular, // inverted: aimè-je
	// "1jsg" (aimé-je, on a past participle) is left out: too rare to tag.
	"2sg":        dictionaries.SecondSingular,
	"3sg":        dictionaries.ThirdSingular,
	"1pl":        dictionaries.FirstPlural,
	"2pl":        dictionaries.SecondPlural,
	"3pl":        dictionaries.ThirdPlural,
	"3pl!":       dictionaries.ThirdPlural, // 3pl that needs a "t" before -il (aiment-ils)
	"sg":         dictionaries.Singular,
	"epi":        dictionaries.Masculine | dictionaries.Feminine,
	"loc.nom":    dictionaries.Noun,
	"loc.adj":    dictionaries.Adjective,
	"loc.adv":    dictionaries.Adverb,
	"loc.verb":   dictionaries.Verb,
	"loc.prep":   dictionaries.Preposition,
	"loc.prepv":  dictionaries.Preposition,
	"loc.cj":     dictionaries.Conjunction,
	"loc.cjsub":  dictionaries.Conjunction,
	"loc.interj": dictionaries.Interjection,
	"loc.patr":   dictionaries.ProperNoun,
}

var isFields = map[string]dictionaries.Tags{
	"mas":  dictionaries.Masculine,
	"fem":  dictionaries.Feminine,
	"epi":  dictionaries.Masculine | dictionaries.Feminine,
	"sg":   dictionaries.Singular,
	"pl":   dictionaries.Plural,
	"inv":  dictionaries.Singular | dictionaries.Plural,
	"1sg":  dictionaries.FirstSingular,
	"3sg":  dictionaries.ThirdSingular,
	"3pl":  dictionaries.ThirdPlural,
	"3pe":  dictionaries.Pronoun,
	"adj":  dictionaries.Adjective,
	"infi": dictionaries.Verb | dictionaries.Infinitive,
	"ipre": dictionaries.Verb | dictionaries.IndicativePresent,
}

// readingOf turns the morphological fields of a generated form into one
// reading. Verb roots are tagged po:v1…/v2…/v3… (group and valency codes).
func readingOf(morph []string) dictionaries.Tags {
	var t dictionaries.Tags
	for _, m := range morph {
		key, val, ok := strings.Cut(m, ":")
		if !ok {
			continue
		}
		switch key {
		case "po":
			if len(val) > 1 && val[0] == 'v' && val[1] >= '0' && val[1] <= '3' {
				t |= dictionaries.Verb
				continue
			}
			t |= posFields[val]
		case "is":
			t |= isFields[val]
		}
	}
	return t
}
