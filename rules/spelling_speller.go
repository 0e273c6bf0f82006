package rules

import (
	"strings"
	"sync/atomic"
	"unicode"
	"unicode/utf8"

	"github.com/coquille-fr/coquille/dictionaries"
	"github.com/coquille-fr/coquille/lint"
)

// verdictKind is what the speller thinks of a word.
type verdictKind uint8

const (
	spelledRight    verdictKind = iota
	misspelled                  // in no list
	wrongCase                   // known with another case: allemagne, Wordpress
	otherRegion                 // a regional word of another profile: pantoute in fr-FR
	missingLigature             // coeur: the spelling with œ is a word
	classicMistake              // one-word entry of the mistakes list, for spelling.common-mistakes
	missingSpace                // a word glued to a number: à1930, 123heures
)

// verdict is the speller's answer for one word.
type verdict struct {
	word      string            // the word checked, without its elided words (ASCII apostrophes)
	right     string            // wrongCase, missingLigature, missingSpace: the right spelling
	region    dictionaries.Tags // otherRegion: the regions of the word
	kind      verdictKind
	elided    int32                // elided words before the word checked: 1 in "qu’aujourd’hui"
	variant   dictionaries.Variant // spelledRight: the spelling variant of the lexicon entry, when the lexicon gave it
	inLexicon bool                 // spelledRight: variant is set
}

// speller checks the words of one document for the spelling rules: the
// personal words first, then the lexicon with the case protocol of the
// dictionaries package, the project's vocabulary, the chat spellings left
// to the tone rules, the elided words (l’ami: ami), acronyms, code
// identifiers and the productive prefixes. It remembers its verdicts and
// suggestions, as a document repeats its words.
type speller struct {
	pass        *lint.Pass
	dict        *dictionaries.Dictionary
	vocabulary  *dictionaries.WordSet
	mistakes    *dictionaries.MistakeList
	toneExtra   map[string]bool // single words the configuration adds to the tone lexicons
	region      dictionaries.Region
	verdicts    map[string]verdict
	suggestions map[string][]dictionaries.Suggestion
	forms       *formVerdicts // found on first use
}

// formVerdicts holds the verdicts on the forms of a document (see
// lint.Document.Form), which the spellers of the spelling rules share
// (see lint.Document.Shared) and make on first use. The verdict on form f
// is verdicts[f] once state[f] is verdictMade.
type formVerdicts struct {
	state    []atomic.Uint32
	verdicts []verdict
}

// The states of a form's verdict.
const (
	verdictUnknown uint32 = iota
	verdictMaking
	verdictMade
)

// formVerdictsKey identifies the verdicts of a document for the settings
// they depend on.
type formVerdictsKey struct {
	words   *lint.WordList
	profile string
	tone    *lint.ToneSettings
}

func newSpeller(p *lint.Pass) *speller {
	s := &speller{
		pass:        p,
		dict:        dictionaries.Default(),
		vocabulary:  dictionaries.Vocabulary(),
		mistakes:    dictionaries.Mistakes(),
		region:      dictionaries.RegionOf(p.Profile.Name),
		verdicts:    map[string]verdict{},
		suggestions: map[string][]dictionaries.Suggestion{},
	}
	if p.Tone != nil {
		for _, entries := range p.Tone.Extra {
			for _, e := range entries {
				if !strings.Contains(e.Phrase, " ") {
					if s.toneExtra == nil {
						s.toneExtra = map[string]bool{}
					}
					s.toneExtra[e.Phrase] = true
				}
			}
		}
	}
	return s
}

// classifyAt returns the verdict on Word token i.
func (s *speller) classifyAt(toks *lint.Block, i int) verdict {
	if s.forms == nil {
		doc := s.pass.Doc
		key := formVerdictsKey{s.pass.Words, s.pass.Profile.Name, s.pass.Tone}
		s.forms = doc.Shared(key, func() any {
			return &formVerdicts{state: make([]atomic.Uint32, doc.NumForms()), verdicts: make([]verdict, doc.NumForms())}
		}).(*formVerdicts)
	}
	f := toks.Form(i)
	state := &s.forms.state[f]
	if state.Load() == verdictMade {
		return s.forms.verdicts[f]
	}
	v := s.classifyWord(asciiApostrophes(s.pass.Doc.Form(f)))
	if state.CompareAndSwap(verdictUnknown, verdictMaking) {
		s.forms.verdicts[f] = v
		state.Store(verdictMade)
	}
	return v
}

// classify returns the verdict on a word token's text.
func (s *speller) classify(text string) verdict {
	if v, ok := s.verdicts[text]; ok {
		return v
	}
	v := s.classifyWord(asciiApostrophes(text))
	s.verdicts[text] = v
	return v
}

// asciiApostrophes writes the apostrophes of w as the lexicon does.
func asciiApostrophes(w string) string {
	if strings.ContainsAny(w, "’ʼ‘") {
		return toASCIIApostrophe.Replace(w)
	}
	return w
}

var toASCIIApostrophe = strings.NewReplacer("’", "'", "ʼ", "'", "‘", "'")

func (s *speller) classifyWord(w string) verdict {
	right := verdict{kind: spelledRight, word: w}
	if s.pass.Words.Contains(w) {
		return right
	}
	e, found := s.lookup(w)
	if found && e.Tags.AcceptedIn(s.region) {
		right.variant, right.inLexicon = e.Tags.Variant(), true
		return right
	}
	if s.inVocabulary(w) || s.isToneWord(w) {
		return right
	}
	if s.isOneWordMistake(strings.ToLower(w)) {
		return verdict{kind: classicMistake, word: w}
	}
	if rest, ok := cutElision(w); ok {
		if rest == "" {
			return right
		}
		v := s.classifyWord(rest)
		v.elided++
		return v
	}
	if lig := withLigatures(w); lig != w {
		if _, ok := s.lookup(lig); ok {
			if strings.ContainsAny(lig, "æÆ") {
				return right // ex aequo and ex æquo, both usual
			}
			return verdict{kind: missingLigature, word: w, right: lig}
		}
	}
	if isAcronym(w) {
		return right
	}
	if listed, ok := s.vocabulary.Folded(w); ok {
		return verdict{kind: wrongCase, word: w, right: listed}
	}
	if letters, digits, ok := cutTrailingNumber(w); ok && !isASCII(letters) {
		if _, known := s.lookup(letters); known {
			return verdict{kind: missingSpace, word: w, right: letters + " " + digits}
		}
	}
	if isCapsSlip(w) {
		if _, ok := s.dict.Lookup(strings.ToLower(w)); ok {
			lower := strings.ToLower(w)
			r, n := utf8.DecodeRuneInString(lower)
			return verdict{kind: wrongCase, word: w, right: string(unicode.ToUpper(r)) + lower[n:]}
		}
		return right // JUnit, URLs: a name or a plural acronym
	}
	if looksLikeCode(w) {
		return right
	}
	if first, _, ok := strings.Cut(w, "·"); ok {
		v := s.classifyWord(first)
		v.word = w
		return v
	}
	if name, ok := s.rightCase(w); ok {
		return verdict{kind: wrongCase, word: w, right: name}
	}
	if s.prefixed(w) {
		return right
	}
	if found {
		return verdict{kind: otherRegion, word: w, region: e.Tags.Regions()}
	}
	return verdict{kind: misspelled, word: w}
}

// isOneWordMistake tells whether the mistakes list has an entry of the
// single word w (lower case).
func (s *speller) isOneWordMistake(w string) bool {
	for _, m := range s.mistakes.Starting(w) {
		if len(m.Words) == 1 {
			return true
		}
	}
	return false
}

// isToneWord tells whether w is a chat spelling or another word of the
// tone lexicons (mdr, jsp, bosser): those are the tone rules' business,
// never a spelling mistake to "correct" into a dictionary word.
func (s *speller) isToneWord(w string) bool {
	key := strings.ToLower(w)
	if dictionaries.IsSMS(key) || s.toneExtra[key] {
		return true
	}
	for _, lexicon := range []*dictionaries.Lexicon{dictionaries.Familiar(), dictionaries.Vulgarity(), dictionaries.Anglicisms(), dictionaries.AnglicismsCanada()} {
		for _, ph := range lexicon.Phrases(key) {
			if len(ph.Words) == 1 {
				return true
			}
		}
	}
	return false
}

// lookup applies the case protocol: the word as written, then in lower
// case when it is capitalised (Bonjour) or in capitals (BONJOUR), then
// capitalised when it is in capitals (PARIS: Paris). Other mixes of case
// (BOnjour) are not folded.
func (s *speller) lookup(w string) (dictionaries.Entry, bool) {
	if e, ok := s.dict.Lookup(w); ok {
		return e, true
	}
	r, n := utf8.DecodeRuneInString(w)
	if !unicode.IsUpper(r) {
		return dictionaries.Entry{}, false
	}
	lower := strings.ToLower(w)
	shouted := strings.ToUpper(w) == w
	if !shouted && strings.ToLower(w[n:]) != w[n:] {
		return dictionaries.Entry{}, false
	}
	if e, ok := s.dict.Lookup(lower); ok {
		return e, true
	}
	if shouted && n < len(w) {
		return s.dict.Lookup(w[:n] + lower[n:])
	}
	return dictionaries.Entry{}, false
}

// inVocabulary applies the same case protocol to the project's lists of
// social-media words and brand names, and accepts a listed name in
// capitals (LINKEDIN).
func (s *speller) inVocabulary(w string) bool {
	if s.vocabulary.Contains(w) {
		return true
	}
	r, _ := utf8.DecodeRuneInString(w)
	if !unicode.IsUpper(r) {
		return false
	}
	lower := strings.ToLower(w)
	if strings.ToUpper(w) == w {
		_, ok := s.vocabulary.Folded(w)
		return ok
	}
	return s.vocabulary.Contains(lower)
}

// rightCase returns the spelling of a proper noun written in lower case
// (allemagne: Allemagne).
func (s *speller) rightCase(w string) (string, bool) {
	r, n := utf8.DecodeRuneInString(w)
	if !unicode.IsLower(r) {
		return "", false
	}
	capitalised := string(unicode.ToUpper(r)) + w[n:]
	if e, ok := s.dict.Lookup(capitalised); ok && e.Tags.AcceptedIn(s.region) {
		return capitalised, true
	}
	return "", false
}

// productivePrefixes are the learned prefixes that French glues to any
// word (autoflageller, multiplateforme, cyberattaque): a word made of one
// of them and a word of the lexicon is accepted.
var productivePrefixes = []string{
	"anti", "archi", "auto", "bio", "contre", "cyber", "éco", "extra",
	"hyper", "hypo", "infra", "inter", "intra", "macro", "méga", "micro",
	"mini", "mono", "multi", "néo", "omni", "pluri", "poly", "post", "pré",
	"proto", "pseudo", "semi", "sous", "super", "supra", "sur",
	"télé", "trans", "ultra",
}

// prefixed tells whether w, in lower case, is a productive prefix and a
// word of the lexicon of four letters or more.
func (s *speller) prefixed(w string) bool {
	if strings.ToLower(w) != w {
		return false
	}
	for _, prefix := range productivePrefixes {
		rest, ok := strings.CutPrefix(w, prefix)
		if !ok || utf8.RuneCountInString(rest) < 4 {
			continue
		}
		rest = strings.TrimPrefix(rest, "-")
		if e, ok := s.dict.Lookup(rest); ok && e.Tags.AcceptedIn(s.region) && !e.Tags.Has(dictionaries.ProperNoun) {
			return true
		}
	}
	return false
}

// elisions are the words that elide before a vowel, with their apostrophe.
var elisions = []string{"l'", "d'", "j'", "m'", "t'", "s'", "n'", "c'", "ç'", "qu'",
	"jusqu'", "lorsqu'", "puisqu'", "quoiqu'", "quelqu'", "presqu'"}

// cutElision returns what follows an elided word at the start of w (ASCII
// apostrophes, any case): "ami" for "l'ami", "aujourd'hui" for
// "qu'aujourd'hui".
func cutElision(w string) (string, bool) {
	i := strings.IndexByte(w, '\'')
	if i <= 0 || i > len("quelqu") {
		return "", false
	}
	head := strings.ToLower(w[:i+1])
	for _, e := range elisions {
		if head == e {
			return w[i+1:], true
		}
	}
	return "", false
}

// isAcronym tells whether w is a word in capitals of five letters or
// fewer (ONU, CNIL, HTML), maybe with a plural s (PDFs): acronyms are too
// many to list.
func isAcronym(w string) bool {
	w = strings.TrimSuffix(w, "s")
	n := 0
	for _, r := range w {
		if !unicode.IsUpper(r) {
			return false
		}
		n++
	}
	return n >= 2 && n <= 5
}

// looksLikeCode tells whether w has the shape of an identifier rather than
// of a word: a digit, an underscore, or, in ASCII, a capital after a
// small letter (camelCase, McDonald). Accented words glued together
// (BretagneItinéraire) are prose.
func looksLikeCode(w string) bool {
	prevLower, camel := false, false
	for _, r := range w {
		switch {
		case r == '_' || unicode.IsDigit(r):
			return true
		case r >= utf8.RuneSelf && unicode.IsLetter(r):
			return false
		case unicode.IsUpper(r) && prevLower:
			camel = true
		}
		prevLower = unicode.IsLower(r)
	}
	return camel
}

// isCapsSlip tells whether w starts with two capitals and goes on in
// small letters: the shift key held too long (BOnjour), or a name
// (JUnit).
func isCapsSlip(w string) bool {
	runes := []rune(w)
	if len(runes) < 3 || !unicode.IsUpper(runes[0]) || !unicode.IsUpper(runes[1]) {
		return false
	}
	for _, r := range runes[2:] {
		if !unicode.IsLower(r) {
			return false
		}
	}
	return true
}

// cutTrailingNumber cuts a word made of letters then digits (à1930).
func cutTrailingNumber(w string) (letters, digits string, ok bool) {
	i := strings.IndexFunc(w, unicode.IsDigit)
	if i <= 0 || strings.IndexFunc(w[i:], func(r rune) bool { return !unicode.IsDigit(r) }) >= 0 {
		return "", "", false
	}
	return w[:i], w[i:], true
}

// isASCII tells whether s is plain ASCII, as identifiers such as mp3 or
// base64 are.
func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// isLowerASCII tells whether w is made of small ASCII letters only.
func isLowerASCII(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] < 'a' || w[i] > 'z' {
			return false
		}
	}
	return w != ""
}

// withLigatures writes oe and ae as œ and æ (coeur: cœur, OEUF: ŒUF,
// aequo: æquo).
func withLigatures(w string) string {
	if !strings.ContainsAny(w, "eE") {
		return w
	}
	return ligatures.Replace(w)
}

var ligatures = strings.NewReplacer("oe", "œ", "Oe", "Œ", "OE", "Œ", "ae", "æ", "Ae", "Æ", "AE", "Æ")

// suggest returns at most five close corrections of a misspelled word
// (see plausibleTypo), best first, computed once per distinct word of the
// document. With a spelling variant preferred, the other variant's
// spellings are left out.
func (s *speller) suggest(w string) []dictionaries.Suggestion {
	if list, ok := s.suggestions[w]; ok {
		return list
	}
	opts := dictionaries.SuggestOptions{Max: 5, Regions: s.region, Prefer: preferredVariant(s.pass.Profile.Variant), MaxCost: plausibleCost}
	list := s.dict.Suggestions(w, opts)
	s.suggestions[w] = list
	return list
}

// suggestionWords returns the words of suggestions, written with the
// apostrophe of the text they replace.
func suggestionWords(list []dictionaries.Suggestion, apostrophe string) []string {
	words := make([]string, len(list))
	for i, sg := range list {
		words[i] = strings.ReplaceAll(sg.Word, "'", apostrophe)
	}
	return words
}

// preferredVariant returns the spelling variant a profile asks for:
// VariantClassic, VariantReform, or VariantRare for either.
func preferredVariant(variant string) dictionaries.Variant {
	switch variant {
	case lint.ClassicVariant:
		return dictionaries.VariantClassic
	case lint.ReformVariant:
		return dictionaries.VariantReform
	}
	return dictionaries.VariantRare
}
