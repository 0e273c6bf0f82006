package rules

import (
	"strings"

	"github.com/coquille-fr/coquille/dictionaries"
	"github.com/coquille-fr/coquille/lint"
)

// confusionInfinitiveRule reports a past participle or a form in -ez
// written for an infinitive in -er after a preposition or a modal verb:
// "pour mangé", "il faut allé", "privé de mangez".
func confusionInfinitiveRule() *lint.Rule {
	return &lint.Rule{
		ID: "spelling.confusion-infinitive", Category: lint.Spelling, Severity: lint.Error,
		Doc: "Après une préposition («\u00a0pour\u00a0», «\u00a0sans\u00a0», «\u00a0de\u00a0», «\u00a0à\u00a0») ou un verbe comme «\u00a0il faut\u00a0», «\u00a0pouvoir\u00a0», «\u00a0aller\u00a0», " +
			"le verbe est à l’infinitif\u00a0: «\u00a0pour manger\u00a0», «\u00a0il faut aller\u00a0», et non «\u00a0pour mangé\u00a0» ou «\u00a0pour mangez\u00a0».",
		Examples: []lint.Example{{Bad: "Il faut allé chercher du pain pour mangé.", Good: "Il faut aller chercher du pain pour manger."}},
		Check:    checkConfusionInfinitive,
	}
}

// prepositionsBeforeInfinitive are the prepositions an infinitive follows.
// After "à" a participle is often right ("de léger à marqué").
var prepositionsBeforeInfinitive = map[string]bool{"pour": true, "sans": true, "de": true}

// objectStarts are the words that start the object of an infinitive:
// "au lieu de renvoyé un pointeur".
var objectStarts = map[string]bool{
	"le": true, "la": true, "les": true, "un": true, "une": true, "des": true, "du": true, "ce": true,
	"cet": true, "cette": true, "ces": true, "mon": true, "ton": true, "son": true, "ma": true, "ta": true,
	"sa": true, "mes": true, "tes": true, "ses": true, "notre": true, "votre": true, "nos": true, "vos": true,
	"leur": true, "leurs": true, "tout": true, "tous": true, "toutes": true,
}

// objectFollows tells whether an object starts after word i, as after an
// infinitive: "de renvoyé un pointeur", not "de barré peuvent".
func objectFollows(s *wordScan, i int) bool {
	next := s.nextKey(i)
	elided, _, ok := splitElided(next)
	return objectStarts[next] || ok && elided == "l"
}

// wordsBeforeParticiple are the words after which "de" takes a
// participle: "rien de changé", "quelque chose de cassé".
var wordsBeforeParticiple = map[string]bool{
	"rien": true, "chose": true, "personne": true, "quoi": true, "ceci": true, "cela": true, "ça": true,
	"plus": true, "moins": true, "autre": true, "ce": true, "tant": true,
}

// modalForms are the conjugated forms of the verbs an infinitive follows:
// falloir, devoir, pouvoir, aller, vouloir, savoir.
var modalForms = map[string]bool{
	"faut": true, "fallait": true, "faudra": true, "faudrait": true,
	"dois": true, "doit": true, "devons": true, "devez": true, "doivent": true, "devait": true, "devrait": true, "devrais": true,
	"peux": true, "peut": true, "pouvons": true, "pouvez": true, "peuvent": true, "pouvait": true, "pourrait": true, "pourrais": true,
	"vais": true, "vas": true, "va": true, "allons": true, "allez": true, "vont": true, "allait": true,
	"veux": true, "veut": true, "voulons": true, "voulez": true, "veulent": true, "voulait": true, "voudrais": true,
	"sais": true, "sait": true, "savez": true,
}

// wordsBetweenModal are the adverbs and pronouns that may stand between a
// modal verb and its infinitive: "il faut pas", "je vais vous".
var wordsBetweenModal = map[string]bool{
	"pas": true, "plus": true, "jamais": true, "bien": true, "vraiment": true, "toujours": true, "encore": true,
	"se": true, "me": true, "te": true, "nous": true, "vous": true, "lui": true, "leur": true, "y": true, "en": true,
}

// endsLikeParticiple keeps the words in -é and -ez.
func endsLikeParticiple(text string) bool {
	return strings.HasSuffix(text, "é") || strings.HasSuffix(text, "ez")
}

// checkConfusionInfinitive reports "pour mangé", "il faut allé", "de
// mangez".
func checkConfusionInfinitive(p *lint.Pass) {
	scanWords(p, endsLikeParticiple, func(s *wordScan, i int) {
		word := s.key(i)
		elided, rest, isElided := splitElided(word)
		if isElided {
			word = rest
		}
		if !strings.HasSuffix(word, "é") && !strings.HasSuffix(word, "ez") || !s.wordAlone(i) || s.hyphenBefore(i) || startsUpperCase(s.toks.Text(i)) {
			return
		}
		var trigger string
		if isElided {
			trigger = triggerBeforeElided(s, i, elided)
		} else {
			trigger = triggerBefore(s, i)
		}
		if trigger == "" {
			return
		}
		infinitive, ok := infinitiveOf(s, word)
		if !ok || strings.HasSuffix(word, "ez") && infinitiveAt(s, s.next(i)) {
			return // "de laissez vibrer": an imperative and its infinitive, named
		}
		written := s.toks.Text(i)
		want := written[:len(written)-len(word)] + infinitive
		reportConfusion(s, i, want, "Après "+quoted(trigger)+", le verbe est à l’infinitif\u00a0: "+quoted(strings.ToLower(want))+".", lint.Error)
	})
}

// infinitiveOf returns the infinitive in -er of a past participle in -é
// or a form in -ez ("mangé", "mangez": "manger") when the word is only a
// verb form, not a noun of its own.
func infinitiveOf(s *wordScan, word string) (string, bool) {
	e, ok := s.entry(word)
	if !ok || !onlyPOS(e, dictionaries.Verb|dictionaries.Adjective) {
		return "", false
	}
	if strings.HasSuffix(word, "é") {
		if !e.HasReading(dictionaries.Verb | dictionaries.PastParticiple | dictionaries.Masculine | dictionaries.Singular) {
			return "", false
		}
	} else if !e.HasReading(dictionaries.Verb|dictionaries.SecondPlural) || anyPOS(e, dictionaries.Adjective) {
		return "", false
	}
	infinitive := strings.TrimSuffix(strings.TrimSuffix(word, "é"), "ez") + "er"
	inf, ok := s.entry(infinitive)
	return infinitive, ok && inf.Tags.Has(dictionaries.Verb|dictionaries.Infinitive)
}

// triggerBefore returns what calls an infinitive before word i: a
// preposition ("pour", "sans", "de" before a form in -ez, or before a
// participle with an object, not in "rien de changé") or a modal verb with
// its subject ("il faut", "je vais pas"); "" if none.
func triggerBefore(s *wordScan, i int) string {
	k := s.prev(i)
	if k < 0 {
		return ""
	}
	prev := s.key(k)
	if prepositionsBeforeInfinitive[prev] {
		// "rien de changé", "le nœud de connecté": "de" and a participle
		if prev == "de" && strings.HasSuffix(s.key(i), "é") && (wordsBeforeParticiple[s.keyAt(s.prev(k))] || isDeterminer(s, s.prev(k)) || !objectFollows(s, i)) {
			return ""
		}
		return prev
	}
	for n := 0; n < 2 && wordsBetweenModal[prev]; n++ {
		if k = s.prev(k); k < 0 {
			return ""
		}
		prev = s.key(k)
	}
	if modalForms[prev] && subjectBefore(s, k) {
		return prev
	}
	return ""
}

// triggerBeforeElided returns what calls an infinitive in "d’appelé" or
// "s’amusé" at i: "de" after a verb or a noun ("essayer d’appelé"), or
// the preposition or the modal verb before a pronoun ("pour s’amusé");
// "" if none.
func triggerBeforeElided(s *wordScan, i int, elided string) string {
	k := s.prev(i)
	if k < 0 {
		return ""
	}
	prev := s.key(k)
	switch {
	case elided == "d":
		if wordsBeforeParticiple[prev] || isDeterminer(s, k) || !objectFollows(s, i) {
			return ""
		}
		return "de"
	case elided == "s" || elided == "m" || elided == "t" || elided == "l":
		if prev == "pour" || prev == "sans" || modalForms[prev] && subjectBefore(s, k) {
			return prev
		}
	}
	return ""
}

// subjectBefore tells whether the modal verb at k has its subject just
// before it ("il faut", "je vais"), so that it is a verb here.
func subjectBefore(s *wordScan, k int) bool {
	switch withoutElision(s.keyAt(s.prev(k))) {
	case "je", "tu", "il", "elle", "on", "nous", "vous", "ils", "elles", "ne", "ça", "qui", "y":
		return true
	}
	return false
}
