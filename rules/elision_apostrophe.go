package rules

import (
	"strings"
	"unicode/utf8"

	"github.com/coquille-fr/coquille/dictionaries"
	"github.com/coquille-fr/coquille/lint"
)

// missingApostropheRule reports an elided word written without its
// apostrophe ("l ami", "j ai", "lhomme"), cut from its word by a space
// ("d’ enfants"), or joined to it by a sign that is not an apostrophe
// ("J‘ai", "aujourd′hui").
func missingApostropheRule() *lint.Rule {
	return &lint.Rule{
		ID: "elision.apostrophe", Category: lint.Elision, Severity: lint.Error,
		Doc: "Un mot élidé s’attache au mot suivant par une apostrophe, sans espace\u00a0: «\u00a0l’ami\u00a0», «\u00a0d’accord\u00a0», «\u00a0j’ai\u00a0», «\u00a0qu’il\u00a0», «\u00a0c’est\u00a0», et non «\u00a0l ami\u00a0», «\u00a0lami\u00a0», «\u00a0d’ accord\u00a0» ou «\u00a0j‘ai\u00a0». " +
			"Une lettre isolée qui nomme une lettre, une variable ou une unité («\u00a0la lettre l\u00a0», «\u00a0100 m\u00a0») est laissée telle quelle.",
		Examples: []lint.Example{{Bad: "J ai rendez-vous avec l ami de Léa, d’ accord\u202f?", Good: "J’ai rendez-vous avec l’ami de Léa, d’accord\u202f?"}},
		Check:    checkMissingApostrophe,
	}
}

// elidedLetters maps the elided forms to their whole forms (see elidable).
var elidedLetters = map[string]string{
	"l": "le", "j": "je", "m": "me", "t": "te", "s": "se", "n": "ne", "d": "de", "qu": "que", "c": "ce",
}

// elidedStems are the stems written before an apostrophe: the elided
// words and the start of words that hold one ("aujourd’hui").
var elidedStems = map[string]bool{
	"l": true, "j": true, "m": true, "t": true, "s": true, "n": true, "d": true, "c": true, "ç": true,
	"qu": true, "jusqu": true, "lorsqu": true, "puisqu": true, "quoiqu": true, "presqu": true,
	"quelqu": true, "aujourd": true, "prud": true, "entr": true,
}

// falseApostrophes are the signs typed instead of an apostrophe.
const falseApostrophes = "‘′´`"

// letterNamers are the words after which a lone letter names a letter,
// a variable or a key: "la lettre l", "la variable n", "tapez s".
var letterNamers = map[string]bool{
	"lettre": true, "lettres": true, "consonne": true, "voyelle": true, "variable": true,
	"vitamine": true, "touche": true, "option": true, "point": true, "plan": true, "case": true,
	"colonne": true, "ligne": true, "groupe": true, "classe": true, "type": true, "annexe": true,
	"article": true, "section": true, "catégorie": true, "série": true, "niveau": true, "note": true,
	"axe": true, "indice": true, "paramètre": true, "facteur": true, "version": true, "modèle": true,
	"champ": true, "élément": true, "test": true, "tests": true, "modificateur": true,
	"taper": true, "tapez": true, "tape": true, "appuyer": true, "appuyez": true, "pressez": true,
}

// sentenceLetters are the elided letters that may open a sentence: "C est",
// "J ai", "L ami", "D accord", "Qu il"; a sentence does not start with
// "s’est" or "n’est", and "N est la taille" names a variable.
var sentenceLetters = map[string]bool{"c": true, "j": true, "l": true, "d": true, "qu": true}

// apostropheCandidate keeps the words elision.apostrophe may report: one
// or two letters ("l", "qu"), words that start with an elided letter
// ("lhomme"), words that may hold a false apostrophe, and stems that end
// before one ("aujourd′hui").
func apostropheCandidate(text string) bool {
	return len(text) <= 2 || strings.IndexByte("ldjmtsncqLDJMTSNCQ", text[0]) >= 0 || mayHoldFalseApostrophe(text) ||
		len(text) <= len("aujourd") && elidedStems[text]
}

// mayHoldFalseApostrophe is a quick test for the first bytes of the
// signs of falseApostrophes.
func mayHoldFalseApostrophe(text string) bool {
	for i := 0; i < len(text); i++ {
		if c := text[i]; c == 0xE2 || c == 0xC2 || c == '`' {
			return true
		}
	}
	return false
}

// checkMissingApostrophe reports "l ami", "lhomme", "d’ enfants" and
// "j‘ai".
func checkMissingApostrophe(p *lint.Pass) {
	var symbols map[string]bool // the letters the document uses as names
	scan := newWordScan(p)
	shapes := make([]apostropheShape, p.Doc.NumForms())
	for f := range shapes {
		if form := p.Doc.Form(f); apostropheCandidate(form) {
			shapes[f] = apostropheShapeOf(scan, form, p.Doc.LowerForm(f))
		}
	}
	visit := func(s *wordScan, i int) {
		shape := shapes[s.toks.Form(i)]
		if shape&holdsFalseApostrophe != 0 || i+2 < s.toks.Len() && isFalseApostropheAt(s.toks, i+1) {
			reportFalseApostrophes(s, i)
			return
		}
		if shape&elidedLetter == 0 {
			if shape&gluedElided != 0 {
				reportGluedElision(s, i)
			}
			return
		}
		letter := s.lower(i)
		whole := elidedLetters[letter]
		if !s.plainBefore(i) && !afterCompoundHyphen(s, i) {
			return
		}
		if i+3 < s.toks.Len() && (s.toks.Is(i+1, "’") || s.toks.Is(i+1, "'")) && isInlineSpace(s.toks.Token(i+2)) && s.toks.Kind(i+3) == lint.Word {
			reportSpacedApostrophe(s, i, i+3, whole)
			return
		}
		j := s.next(i)
		if j < 0 || !s.plainAfter(j) || startsUpperCase(s.toks.Text(j)) || !letterStandsForWord(s, i, j) {
			return
		}
		if s.opensSentence(i) && !sentenceLetters[letter] || startsUpperCase(s.toks.Text(i)) && !s.opensSentence(i) {
			return
		}
		if !takesElision(s, i, j, whole, s.lower(j), elidable[whole]) && !(letter == "s" && s.nextIs(i, "il", "ils")) || !pronounInClause(s, i, j, letter) {
			return
		}
		if symbols == nil {
			symbols = letterSymbols(p)
		}
		if symbols[s.toks.Text(i)] || s.mention(i) {
			return
		}
		fixed := s.original(i) + s.elisionApostrophe() + s.original(j)
		p.Replace(lint.Span{Start: s.toks.Span(i).Start, End: s.toks.Span(j).End},
			"Apostrophe manquante\u00a0: écrivez "+quoted(fixed)+".", fixed, true)
	}
	// the words whose shape tells something, then the others glued to a
	// false apostrophe (for which visit does nothing more)
	scanForms(p, func(f int) bool { return shapes[f] > shapeKnown }, visit)
	for _, kind := range [...]lint.TokenKind{lint.Punct, lint.Symbol} {
		for _, at := range p.Doc.TokensOf(kind) {
			b, k := &p.Doc.Blocks[at.Block], int(at.Index)
			if k < 1 || k+1 >= b.Len() || b.Kind(k-1) != lint.Word || !isFalseApostropheAt(b, k) {
				continue
			}
			if f := b.Form(k - 1); shapes[f] == shapeKnown {
				scan.toks = b
				visit(scan, k-1)
			}
		}
	}
}

// apostropheShape says what checkMissingApostrophe needs to know of a
// word's letters alone.
type apostropheShape uint8

const (
	shapeKnown           apostropheShape = 1 << iota // the shape is set
	holdsFalseApostrophe                             // a sign typed for an apostrophe: "J‘ai"
	elidedLetter                                     // an elided word without its apostrophe: "l", "qu"
	gluedElided                                      // an unknown word that gluedElision takes for an elision: "jai", "lhomme"
)

// apostropheShapeOf returns the shape of a word, lower its lower case.
func apostropheShapeOf(s *wordScan, text, lower string) apostropheShape {
	shape := shapeKnown
	if mayHoldFalseApostrophe(text) && strings.ContainsAny(text, falseApostrophes) {
		shape |= holdsFalseApostrophe
	}
	if _, ok := elidedLetters[lower]; ok {
		shape |= elidedLetter
	}
	if stem, rest, ok := gluedStem(text); ok {
		if _, known := s.entry(text); !known && gluedElision(s, stem, rest) {
			shape |= gluedElided
		}
	}
	return shape
}

// isFalseApostropheAt tells whether token i is a sign typed for an
// apostrophe.
func isFalseApostropheAt(toks *lint.Block, i int) bool {
	k := toks.Kind(i)
	return (k == lint.Punct || k == lint.Symbol) && isFalseApostrophe(toks.Token(i))
}

// afterCompoundHyphen tells whether the letter i ends a compound before
// its apostrophe, as in "chef-d’ œuvre" (not "c.-à-d" nor an option "-d").
func afterCompoundHyphen(s *wordScan, i int) bool {
	return s.hyphenBefore(i) && i >= 2 && s.toks.Kind(i-2) == lint.Word && s.lower(i-2) != "à"
}

// negations are the words that end a negation after "ne" and its verb.
var negations = map[string]bool{
	"pas": true, "plus": true, "jamais": true, "rien": true, "personne": true, "guère": true,
	"point": true, "que": true, "qu’": true, "aucun": true, "aucune": true, "nullement": true,
}

// pronounInClause tells whether the lone letter i, taken as an elided
// pronoun before the verb j, stands in a clause that wants it: "n" with
// the end of a negation after the verb ("il n est pas", not "la longueur
// n est ignorée"), and "s", "m", "t" or "l" before a conjugated verb with
// a subject before them ("il s est trompé", not "si s est nul").
func pronounInClause(s *wordScan, i, j int, letter string) bool {
	switch letter {
	case "n":
		for k, n := s.next(j), 0; k >= 0 && n < 2; k, n = s.next(k), n+1 {
			if elided, _, ok := splitElided(s.key(k)); negations[s.key(k)] || ok && elided == "qu" {
				return true
			}
		}
		return false
	case "s", "m", "t", "l":
		if !isFiniteWord(s, j) {
			return true
		}
		k := s.prev(i)
		before := s.keyAt(k)
		if personalSubjects[before] || before == "qui" || before == "ne" || before == "ça" || before == "cela" || before == "ce" {
			return true
		}
		e, ok := entryOf(s, k)
		return ok && anyPOS(e, dictionaries.Noun|dictionaries.ProperNoun) && !anyPOS(e, dictionaries.Conjunction|dictionaries.Adverb|dictionaries.Preposition)
	}
	return true
}

// letterStandsForWord tells whether the lone letter i, before word j,
// may be an elided word: not a unit after a number ("100 m"), nor a letter
// named after a word such as "lettre" ("la variable n"), nor a name by its
// place (see letterIsName).
func letterStandsForWord(s *wordScan, i, j int) bool {
	if i >= 2 && s.toks.Kind(i-2) == lint.Number {
		return false
	}
	k := s.prev(i)
	return (k < 0 || !letterNamers[s.lower(k)]) && !letterIsName(s, i, j)
}

// letterIsName tells whether the lone letter i stands where no elided
// word can, followed by the token j: before a sign, a consonant or a
// number ("n caractères", "la valeur de n."), after a determiner ("le s
// est muet"), or after a preposition and before a verb that is not an
// infinitive ("de s est", while "pour m aider" is "pour m’aider").
func letterIsName(s *wordScan, i, j int) bool {
	if j < 0 || s.toks.Kind(j) != lint.Word {
		return true
	}
	if first := initial(s.toks.Text(j)); !isVowel(first) && first != 'h' && first != 'y' {
		return true
	}
	k := s.prev(i)
	if k < 0 {
		return false
	}
	if isDeterminer(s, k) {
		return true
	}
	if s.lower(i) == "l" || !namePrepositions[s.lower(k)] {
		return false
	}
	e, ok := s.entryAt(j)
	return ok && !e.Tags.Any(dictionaries.Infinitive|dictionaries.PresentParticiple)
}

// namePrepositions are the prepositions after which a lone letter before
// a conjugated verb names something: "la longueur de s est nulle".
var namePrepositions = map[string]bool{
	"de": true, "à": true, "par": true, "dans": true, "sur": true, "vers": true, "entre": true, "pour": true, "sans": true,
}

// letterSymbols returns the elided letters, as written, that the document
// also uses as names elsewhere (see letterIsName): "si c est nul" is then
// not "si c’est nul". Letters named after a number or a word such as
// "vitamine" say nothing of the others.
func letterSymbols(p *lint.Pass) map[string]bool {
	symbols := map[string]bool{}
	isLetter := func(f int) bool {
		_, ok := elidedLetters[p.Doc.LowerForm(f)]
		return ok && len(p.Doc.Form(f)) == 1
	}
	scanForms(p, isLetter, func(s *wordScan, k int) {
		if !s.plainBefore(k) {
			return
		}
		if prev := s.prev(k); k > 1 && s.toks.Kind(k-2) == lint.Number || prev >= 0 && (letterNamers[s.lower(prev)] || isDeterminer(s, prev)) {
			return
		}
		next := s.next(k)
		if next < 0 && k+1 < s.toks.Len() && (s.toks.Is(k+1, "’") || s.toks.Is(k+1, "'")) {
			return // "d’ enfants"
		}
		if letterIsName(s, k, next) {
			symbols[s.toks.Text(k)] = true
		}
	})
	return symbols
}

// reportSpacedApostrophe reports "d’ enfants": the apostrophe of word i,
// whose whole form is whole, cut from word j by a space.
func reportSpacedApostrophe(s *wordScan, i, j int, whole string) {
	next := s.toks.Text(j)
	first := initial(next)
	if !isVowel(first) && first != 'h' && first != 'y' || !s.plainAfter(j) || s.mention(i) || i > 0 && s.toks.Kind(i-1) == lint.Punct && strings.Contains("‘'\"“«", s.toks.Text(i-1)) {
		return // "le premier ‘c’ est": a quoted letter
	}
	if startsUpperCase(next) {
		// "l’ Éditeur": a name, after an article or a preposition only
		if whole != "le" && whole != "de" && whole != "que" {
			return
		}
	} else if !takesElision(s, i, j, whole, s.lower(j), elidable[whole]) {
		return
	}
	fixed := s.pass.Doc.Text[s.toks.Span(i).Start:s.toks.Span(i+1).End] + s.original(j)
	s.pass.Replace(lint.Span{Start: s.toks.Span(i).Start, End: s.toks.Span(j).End},
		"Pas d’espace après l’apostrophe\u00a0: écrivez "+quoted(fixed)+".", fixed, true)
}

// reportGluedElision reports an unknown word made of an elided word glued
// to the word it elides before: "jai", "cest", "quil", "lhomme",
// "dIsraël". A capitalised word inside a sentence is a name ("Lépine")
// and is left alone. Word i has the shape gluedElided.
func reportGluedElision(s *wordScan, i int) {
	text := s.toks.Text(i)
	stem, _, _ := gluedStem(text)
	if startsUpperCase(text) && !s.opensSentence(i) || !s.plainBefore(i) || !s.plainAfter(i) || s.mention(i) {
		return
	}
	written := s.original(i)
	fixed := written[:len(stem)] + s.elisionApostrophe() + written[len(stem):]
	s.pass.Replace(s.toks.Span(i), "Apostrophe manquante\u00a0: écrivez "+quoted(fixed)+".", fixed, true)
}

// gluedStem cuts a word that may be an elided word glued to the next
// one, by its letters alone: "qu" or one of l, d, j, m, t, s, n, c, then a
// vowel or an h; "l" and "d" only before an h or a name ("lhomme",
// "dIsraël"), "c" and "qu" only before the words they elide before.
func gluedStem(text string) (stem, rest string, ok bool) {
	if len(text) < 3 || hasApostrophe(text) || strings.IndexByte(text, '-') >= 0 {
		return "", "", false
	}
	stem = strings.ToLower(text[:1])
	if stem == "q" && (text[1] == 'u' || text[1] == 'U') {
		stem = "qu"
	}
	rest = text[len(stem):]
	if _, elides := elidedLetters[stem]; !elides {
		return "", "", false
	}
	first := initial(rest)
	switch {
	case !isVowel(first) && first != 'h':
		ok = false
	case startsUpperCase(rest):
		ok = stem == "l" || stem == "d" || stem == "qu"
	case stem == "l" || stem == "d":
		ok = first == 'h'
	case stem == "c":
		ok = elidingBefore["ce"][rest]
	case stem == "qu":
		ok = subjectsAndArticles[rest] || rest == "en"
	default:
		ok = true
	}
	return stem, rest, ok
}

// gluedElision tells whether stem glued to rest is one of the faults
// people make: a pronoun glued to its verb ("jai", "mappelle", "sest"),
// "cest", "quil", an article or "de" glued to a word with a mute h
// ("lhomme", "dhabitude") or to a name ("dIsraël"). Other pairs are too
// often names or jargon ("dest", "lost", "langle").
func gluedElision(s *wordScan, stem, rest string) bool {
	if startsUpperCase(rest) {
		e, ok := s.dict.Lookup(rest)
		return ok && anyPOS(e, dictionaries.ProperNoun)
	}
	if stem == "c" || stem == "qu" || stem == "s" && (rest == "il" || rest == "ils") {
		return true // gluedStem has checked the word
	}
	if rest == "y" || rest == "en" {
		return stem == "j" || stem == "n" || stem == "s"
	}
	e, ok := s.dict.Lookup(rest)
	switch {
	case !ok:
		return false
	case stem == "l" || stem == "d":
		return initial(rest) == 'h' && e.Tags.Elision() == dictionaries.ElisionElides && (stem == "d" || anyPOS(e, dictionaries.Noun|dictionaries.Adjective))
	case stem == "j":
		return e.Tags.Has(dictionaries.Verb|dictionaries.FirstSingular) && isFinite(e)
	}
	return isFinite(e) && elidesBefore(e, initial(rest))
}

// isFalseApostrophe tells whether t is a sign typed for an apostrophe.
func isFalseApostrophe(t lint.Token) bool {
	return (t.Kind == lint.Punct || t.Kind == lint.Symbol) && len(t.Text) > 0 && strings.Contains(falseApostrophes, t.Text)
}

// reportFalseApostrophes reports the signs typed for an apostrophe in
// word i ("J‘ai") or glued between word i and the next ("aujourd′hui",
// "l´ami").
func reportFalseApostrophes(s *wordScan, i int) {
	apostrophe := s.elisionApostrophe()
	message := func(sign string) string {
		return quoted(sign) + " n’est pas une apostrophe\u00a0: écrivez " + quoted(apostrophe) + "."
	}
	t := s.toks.Token(i)
	if i+2 < s.toks.Len() && isFalseApostrophe(s.toks.Token(i+1)) {
		if elidedStems[strings.ToLower(t.Text)] && s.toks.Kind(i+2) == lint.Word {
			sign := s.toks.Token(i + 1)
			s.pass.Replace(sign.Span(), message(sign.Text), apostrophe, true)
		}
		return
	}
	written := s.original(i)
	for at := 0; at < len(written); {
		k := strings.IndexAny(written[at:], falseApostrophes)
		if k < 0 {
			break
		}
		at += k
		_, size := utf8.DecodeRuneInString(written[at:])
		if at > 0 && at+size < len(written) {
			s.pass.Replace(lint.Span{Start: t.Start + at, End: t.Start + at + size}, message(written[at:at+size]), apostrophe, true)
		}
		at += size
	}
}
