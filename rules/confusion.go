package rules

import (
	"strings"

	"github.com/coquille-fr/coquille/dictionaries"
	"github.com/coquille-fr/coquille/lint"
)

// confusionRules returns the homophone confusions of the spelling
// category: real words in the wrong place ("Bienvenue a tous", "Sa va").
// Each rule looks at the words around with the parts of speech, genders
// and numbers of the lexicon, and stays silent where the context leaves a
// doubt.
func confusionRules() []*lint.Rule {
	return []*lint.Rule{
		confusionARule(),
		confusionCaSaRule(),
		confusionOuRule(),
		confusionCeSeRule(),
		confusionCesSesRule(),
		confusionEtEstRule(),
		confusionOnOntRule(),
		confusionSonSontRule(),
		confusionLaRule(),
		confusionQuelRule(),
		confusionPeuPeutRule(),
		confusionDavantageRule(),
		confusionQuandQuantRule(),
		confusionLeurRule(),
		confusionInfinitiveRule(),
	}
}

// key returns token i in lower case with the typographic apostrophe, the
// form the confusion rules compare: "l’air", "qu’elle".
func (s *wordScan) key(i int) string {
	return strings.ReplaceAll(s.lower(i), "'", "’")
}

// keyAt returns the key of word i, or "" for -1.
func (s *wordScan) keyAt(i int) string {
	if i < 0 {
		return ""
	}
	return s.key(i)
}

// nextKey returns the key of the word after token i, or "".
func (s *wordScan) nextKey(i int) string { return s.keyAt(s.next(i)) }

// reportConfusion reports token i, to be replaced by the word want (in
// the case of the token), with a message and a severity; the fix is safe
// when the severity is an error. A word quoted as a mention is left alone.
func reportConfusion(s *wordScan, i int, want, message string, severity lint.Severity) {
	if s.mention(i) {
		return
	}
	replacement := sameCase(s.toks.Text(i), want)
	d := lint.Diagnostic{
		Span:        s.toks.Span(i),
		Severity:    severity,
		Message:     message,
		Suggestions: []string{replacement},
	}
	if severity == lint.Error {
		d.Fix = &lint.Edit{Span: d.Span, Text: replacement}
	}
	s.pass.Report(d)
}

// wordAlone tells whether token i is a word of prose between spaces or
// clause signs, not glued to a hyphen, an apostrophe or a name.
func (s *wordScan) wordAlone(i int) bool {
	return s.plainBefore(i) && s.plainAfter(i) && !s.hyphenAfter(i)
}

// personalSubjects are the personal pronouns that may stand as subjects.
var personalSubjects = map[string]bool{
	"je": true, "tu": true, "il": true, "elle": true, "on": true, "nous": true, "vous": true, "ils": true, "elles": true,
}

// etreForms are the conjugated forms of être.
var etreForms = map[string]bool{
	"suis": true, "es": true, "est": true, "sommes": true, "êtes": true, "sont": true, "étais": true,
	"était": true, "étions": true, "étiez": true, "étaient": true, "serai": true, "seras": true,
	"sera": true, "serons": true, "serez": true, "seront": true, "serais": true, "serait": true,
	"serions": true, "seriez": true, "seraient": true, "c’est": true, "c’était": true, "n’est": true,
}

// avoirForms are the conjugated forms of avoir.
var avoirForms = map[string]bool{
	"ai": true, "as": true, "a": true, "avons": true, "avez": true, "ont": true, "avais": true,
	"avait": true, "avions": true, "aviez": true, "avaient": true, "aura": true, "aurait": true, "eut": true,
}

// articles are the determiners that start a noun phrase.
var articles = map[string]bool{
	"le": true, "la": true, "les": true, "un": true, "une": true, "au": true, "aux": true, "du": true,
	"des": true, "ce": true, "cet": true, "cette": true, "ces": true, "chaque": true,
}

// prepositions are the prepositions after which a determiner, not a
// verb, follows: "de son père", "à la maison".
var prepositions = map[string]bool{
	"de": true, "à": true, "avec": true, "pour": true, "dans": true, "sur": true, "par": true,
	"sans": true, "chez": true, "vers": true, "contre": true,
}

// clitics are the object pronouns that stand between a preposition and
// its infinitive: "à le dire", "pour y aller", "de s’en aller".
var clitics = map[string]bool{
	"le": true, "la": true, "les": true, "me": true, "te": true, "se": true, "nous": true,
	"vous": true, "lui": true, "leur": true, "y": true, "en": true,
}

// elidedClitics are the elided forms of clitics.
var elidedClitics = map[string]bool{"l": true, "m": true, "t": true, "s": true}

// infinitiveAt tells whether an infinitive starts at word j, after
// clitics if any ("dépasser", "le dépasser", "t’écouter", "s’en aller").
// After "le", "la" or "les", which may be articles, the verb must not be a
// noun too ("le pouvoir").
func infinitiveAt(s *wordScan, j int) bool {
	article := false
	for n := 0; j >= 0 && n < 3; n++ {
		word := s.key(j)
		if clitics[word] {
			article = article || word == "le" || word == "la" || word == "les"
			j = s.next(j)
			continue
		}
		if elided, rest, ok := splitElided(word); ok && elidedClitics[elided] {
			word = rest
			article = article || elided == "l"
			if clitics[rest] { // "s’en aller"
				j = s.next(j)
				continue
			}
		}
		e, ok := s.entry(word)
		return ok && e.Tags.Has(dictionaries.Verb|dictionaries.Infinitive) && !(article && anyPOS(e, dictionaries.Noun))
	}
	return false
}

// participleOnly tells whether e is a past participle and nothing that
// could stand in its place otherwise: no conjugated form, no noun.
func participleOnly(e dictionaries.Entry) bool {
	return e.HasReading(dictionaries.Verb|dictionaries.PastParticiple) && !isFinite(e) &&
		!anyPOS(e, dictionaries.Noun|dictionaries.Preposition|dictionaries.Adverb)
}

// isParticiple tells whether word j is a past participle alone ("gagné",
// "pris"), or "été".
func isParticiple(s *wordScan, j int) bool {
	if j < 0 {
		return false
	}
	if s.key(j) == "été" {
		return true
	}
	e, ok := s.entryAt(j)
	return ok && participleOnly(e)
}
