package rules

import (
	"strings"
	"unicode/utf8"

	"github.com/coquille-fr/coquille/dictionaries"
	"github.com/coquille-fr/coquille/lint"
)

// elisionRules returns the elision family: missing elisions, elisions
// before words that refuse them, euphonic forms (cet, mon, bel) and
// missing apostrophes.
func elisionRules() []*lint.Rule {
	return []*lint.Rule{
		{
			ID: "elision.missing", Category: lint.Elision, Severity: lint.Error,
			Doc: "Devant une voyelle ou un h muet, «\u00a0le\u00a0», «\u00a0la\u00a0», «\u00a0de\u00a0», «\u00a0je\u00a0», «\u00a0me\u00a0», «\u00a0te\u00a0», «\u00a0se\u00a0», «\u00a0ne\u00a0», «\u00a0ce\u00a0» et «\u00a0que\u00a0» s’élident\u00a0: " +
				"«\u00a0l’homme\u00a0», «\u00a0j’ai\u00a0», «\u00a0qu’il\u00a0». «\u00a0Si\u00a0» s’élide devant «\u00a0il\u00a0» («\u00a0s’il\u00a0»), «\u00a0lorsque\u00a0», «\u00a0puisque\u00a0» et «\u00a0quoique\u00a0» devant «\u00a0il\u00a0», «\u00a0elle\u00a0», «\u00a0on\u00a0», «\u00a0un\u00a0», " +
				"et «\u00a0jusque\u00a0» devant «\u00a0à\u00a0» («\u00a0jusqu’à\u00a0»). Les mots inconnus du dictionnaire, les noms propres, les mots cités et les noms de lettres restent tels quels.",
			Examples: []lint.Example{{Bad: "Je pense que il viendra avec le ami de Paul.", Good: "Je pense qu’il viendra avec l’ami de Paul."}},
			Check:    checkMissingElision,
		},
		refusedElisionRule(),
		euphonyRule(),
		missingApostropheRule(),
	}
}

// elisionContext says what must follow an elidable word for it to elide.
type elisionContext uint8

const (
	beforeNominal elisionContext = iota // le, la: a noun, an adjective, a verb (pronoun) or a numeral
	beforeVerb                          // je, me, te, se, ne: a verb, y or en
	beforeAnyWord                       // de, que
	beforeEtre                          // ce: est, était…
	beforeListed                        // si, lorsque, jusque…: a few words only
)

// elidable maps the words that elide to the context they elide in.
var elidable = map[string]elisionContext{
	"le": beforeNominal, "la": beforeNominal,
	"je": beforeVerb, "me": beforeVerb, "te": beforeVerb, "se": beforeVerb, "ne": beforeVerb,
	"de": beforeAnyWord, "que": beforeAnyWord,
	"ce": beforeEtre,
	"si": beforeListed, "lorsque": beforeListed, "puisque": beforeListed, "quoique": beforeListed,
	"jusque": beforeListed, "presque": beforeListed,
}

// elidingBefore lists, for the words that elide before a few words only,
// those words.
var elidingBefore = map[string]map[string]bool{
	"si":      {"il": true, "ils": true},
	"lorsque": subjectsAndArticles,
	"puisque": subjectsAndArticles,
	"quoique": subjectsAndArticles,
	"jusque":  {"à": true, "au": true, "aux": true, "ici": true, "où": true, "alors": true},
	"presque": {"île": true, "îles": true},
	"ce":      {"est": true, "était": true, "étaient": true, "eut": true, "eût": true},
}

// subjectsAndArticles are the words before which "lorsque", "puisque" and
// "quoique" elide.
var subjectsAndArticles = map[string]bool{"il": true, "ils": true, "elle": true, "elles": true, "on": true, "un": true, "une": true}

// elidableWords are the words elision.missing looks at.
var elidableWords = matchWords("le", "la", "je", "me", "te", "se", "ne", "de", "que", "ce", "si", "lorsque", "puisque", "quoique", "jusque", "presque")

// checkMissingElision reports an elidable word written whole before a
// word that takes the elision: "le homme", "que il", "si il".
func checkMissingElision(p *lint.Pass) {
	scanWords(p, elidableWords, func(s *wordScan, i int) {
		word := s.lower(i)
		context, ok := elidable[word]
		if !ok {
			return
		}
		j := s.next(i)
		if j < 0 || !mayElideBefore(word, s.lower(j)) {
			return
		}
		if !s.plainBefore(i) || !s.plainAfter(j) || startsUpperCase(s.toks.Text(i)) && !s.opensSentence(i) {
			return
		}
		if startsUpperCase(s.toks.Text(j)) || !takesElision(s, i, j, word, s.lower(j), context) || s.codeNames()[s.lower(j)] {
			return
		}
		// "de expression-affirmative": a compound the lexicon does not know is a name
		if s.hyphenAfter(j) && !s.dict.Contains(s.compound(j)) {
			return
		}
		if s.mention(i) {
			return
		}
		whole := s.original(i)
		elided := whole[:len(whole)-1] + s.elisionApostrophe() + s.original(j)
		p.Replace(lint.Span{Start: s.toks.Span(i).Start, End: s.toks.Span(j).End},
			quoted(word)+" s’élide devant "+quoted(s.lower(j))+"\u00a0: écrivez "+quoted(elided)+".", elided, true)
	})
}

// mayElideBefore is the test of takesElision on the letters of the word
// next alone, which rules most words out at once.
func mayElideBefore(word, next string) bool {
	if words, ok := elidingBefore[word]; ok {
		return words[next]
	}
	if utf8.RuneCountInString(next) == 1 {
		return true
	}
	first := initial(next)
	return isVowel(first) || first == 'h' || first == 'y'
}

// takesElision tells whether word i, in its context, elides before the
// word next (lower case). next is token j, or glued to word i when j is -1
// ("lhomme").
func takesElision(s *wordScan, i, j int, word, next string, context elisionContext) bool {
	if words, ok := elidingBefore[word]; ok {
		return words[next]
	}
	after := j // the word after next
	if j < 0 {
		after = i
	}
	after = s.next(after)
	if utf8.RuneCountInString(next) == 1 {
		// "j’y vais", but "la valeur de y"
		return elidesBeforeLetter(word, next) && (next != "y" || after >= 0 && isVerb(s, after))
	}
	if first := initial(next); !isVowel(first) && first != 'h' && first != 'y' {
		return false
	}
	e, ok := s.entry(next)
	if !ok || !elidesBefore(e, initial(next)) || onlyPOS(e, dictionaries.Interjection|dictionaries.Conjunction) {
		return false
	}
	switch context {
	case beforeNominal:
		if next == "un" || next == "une" || !anyPOS(e, dictionaries.Noun|dictionaries.Adjective|dictionaries.Verb|dictionaries.Numeral) ||
			anyPOS(e, dictionaries.Preposition|dictionaries.Conjunction) || !anyPOS(e, dictionaries.Verb) && !e.Tags.Any(dictionaries.Singular) {
			return false
		}
		// "un la altéré", "le deuxième la est": a note, a noun
		if d := s.prev(i); d >= 0 && (strings.HasSuffix(s.lower(d), "ième") || isDeterminer(s, d)) {
			return false
		}
		// "Fais le entrer": the pronoun of an imperative, a hyphen missing
		return !anyPOS(e, dictionaries.Verb) || !afterImperative(s, i)
	case beforeVerb:
		if next == "en" {
			return true
		}
		if word == "je" {
			return e.Tags.Has(dictionaries.Verb | dictionaries.FirstSingular)
		}
		// "un test t apparié": a participle alone follows no pronoun
		return anyPOS(e, dictionaries.Verb) && e.Tags.VerbForms() != dictionaries.PastParticiple
	}
	if word == "que" && j >= 0 && (next == "il" || next == "elle" || next == "on") && s.nextIs(j, "ou", "et") {
		return false // "les pronoms tels que il ou elle": words named, not used
	}
	if word == "de" {
		// "de un à dix", "augmente de un": a numeral, which may stay whole
		if next == "un" || next == "une" {
			return j < 0 || !s.closesClause(j) && !s.nextIs(j, "à", "a", "ou", "et", "sur", "pour")
		}
		// "D est le début": a verb after a lone letter, which is a name
		return !isFinite(e) || anyPOS(e, dictionaries.Noun) && !auxiliaryForms[next]
	}
	return true
}

// auxiliaryForms are the forms of être and avoir that are also nouns.
var auxiliaryForms = map[string]bool{"est": true, "a": true, "as": true, "ai": true, "été": true}

// elidesBeforeLetter tells whether word elides before a one-letter word:
// "qu’à", "n’a", "j’y"; "le a" or "de a" name letters.
func elidesBeforeLetter(word, letter string) bool {
	switch letter {
	case "y":
		return word != "le" && word != "la" && word != "ce"
	case "a":
		return word == "ne" || word == "que" || word == "me" || word == "te" || word == "se"
	case "à":
		return word == "que"
	}
	return false
}

// elidesBefore tells whether a word whose entry is e and whose first
// letter is first takes the elision: per its lexicon mark, or, without
// one, when it starts with a vowel (an h or a y must be marked).
func elidesBefore(e dictionaries.Entry, first rune) bool {
	switch e.Tags.Elision() {
	case dictionaries.ElisionElides:
		return true
	case dictionaries.ElisionUnknown:
		return isVowel(first)
	}
	return false
}

// afterImperative tells whether word i follows a verb in the imperative
// with no subject before it: "Prends la avec toi".
func afterImperative(s *wordScan, i int) bool {
	v := s.prev(i)
	if v < 0 {
		return false
	}
	e, ok := s.entryAt(v)
	if !ok || !e.HasReading(dictionaries.Verb|dictionaries.Imperative) {
		return false
	}
	return !personalSubjects[s.keyAt(s.prev(v))]
}

// elisionApostrophe returns the apostrophe a fix writes: the profile's,
// or with the "any" style the one the document uses first (’ if none).
func (s *wordScan) elisionApostrophe() string {
	if s.apostrophe != "" {
		return s.apostrophe
	}
	switch s.pass.Profile.Apostrophe {
	case lint.StraightApostrophe:
		s.apostrophe = "'"
	case lint.AnyApostrophe:
		s.apostrophe = "’"
		for _, t := range s.pass.Doc.All() {
			if k := strings.IndexAny(t.Text, "'’"); t.Kind == lint.Word && k >= 0 {
				if t.Text[k] == '\'' {
					s.apostrophe = "'"
				}
				break
			}
		}
	default:
		s.apostrophe = "’"
	}
	return s.apostrophe
}
