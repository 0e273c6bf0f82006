package dictionaries

import "strings"

// Tags is a compact bit set describing a word form.
//
// A Tags value plays two roles:
//
//   - a reading: one grammatical analysis of a form, as the source dictionary
//     gives it (part of speech, gender, number, verb forms and persons);
//     see Entry.Readings;
//   - the union of all the readings of a form, plus the facts that belong to
//     the written form itself whatever its reading (elision class, spelling
//     variant, regions, suggestion and capitalisation flags); see Entry.Tags.
//
// The constants below are single bits and can be combined with |, e.g.
// e.HasReading(Noun|Feminine).
type Tags uint64

// Parts of speech. A reading may carry several of them when the source does
// (the participle "aimé" is a Verb and an Adjective; "en" is a Preposition,
// a Pronoun and an Adverb).
const (
	Noun         Tags = 1 << iota // common noun
	Adjective                     // adjective, including past participles used as such
	Verb                          // any verb form (see the verb-form bits)
	Adverb                        // adverb or adverbial phrase
	ProperNoun                    // place, person, first or family name, brand
	Pronoun                       // personal, demonstrative, relative… pronoun
	Determiner                    // article, possessive, demonstrative… determiner
	Preposition                   // preposition
	Conjunction                   // coordinating or subordinating conjunction
	Interjection                  // interjection
	Numeral                       // cardinal number word or Roman numeral
	Symbol                        // abbreviation, title, prefix, unit symbol, sign

	// Gender. Both bits: epicene (élève, rapide).
	Masculine
	Feminine

	// Number. Both bits: invariable (bois, prix).
	Singular
	Plural

	// Verb forms (mood and tense).
	Infinitive
	PresentParticiple
	PastParticiple
	IndicativePresent
	IndicativeImperfect
	IndicativeSimplePast
	IndicativeFuture
	Conditional
	SubjunctivePresent
	SubjunctiveImperfect
	Imperative

	// Persons of finite verb forms.
	FirstSingular
	SecondSingular
	ThirdSingular
	FirstPlural
	SecondPlural
	ThirdPlural

	// Form-level facts (Entry.Tags only, never in a reading).

	// ElisionRefused: le, la, de, que… stay whole before this form (h aspiré:
	// héros, hache, haricot; also onze, oui, yacht, yaourt).
	ElisionRefused
	// ElisionRequired: the form takes elision (homme, héroïne, habit).
	ElisionRequired
	// Classic: the form belongs to the "classique" dictionary (spellings in
	// use before the 1990 reform, plus everything common to both).
	Classic
	// Reform: the form belongs to the "réforme 1990" dictionary.
	Reform
	// NoSuggest: a valid form never offered as a suggestion (Roman
	// numerals, unit symbols, truncated forms such as "jusqu").
	NoSuggest
	// HasCapitalized: the capitalised spelling is a word too ("paris" and
	// "Paris", "orange" and "Orange"). Set on lower-case forms only.
	HasCapitalized
	// Regional words that are not in the main lexicon (see Region).
	Canada
	Belgium
	Switzerland
	// Supplement: the form comes from the project's own supplement
	// (data/supplement.txt), not from the Dicollecte lexicon.
	Supplement
)

// Masks grouping the bits above.
const (
	POSMask = Noun | Adjective | Verb | Adverb | ProperNoun | Pronoun |
		Determiner | Preposition | Conjunction | Interjection | Numeral | Symbol
	GenderMask   = Masculine | Feminine
	NumberMask   = Singular | Plural
	VerbFormMask = Infinitive | PresentParticiple | PastParticiple |
		IndicativePresent | IndicativeImperfect | IndicativeSimplePast |
		IndicativeFuture | Conditional | SubjunctivePresent |
		SubjunctiveImperfect | Imperative
	// FiniteMask: the conjugated (personal) verb forms.
	FiniteMask = IndicativePresent | IndicativeImperfect | IndicativeSimplePast |
		IndicativeFuture | Conditional | SubjunctivePresent |
		SubjunctiveImperfect | Imperative
	PersonMask = FirstSingular | SecondSingular | ThirdSingular |
		FirstPlural | SecondPlural | ThirdPlural
	// ReadingMask: the bits a reading may carry.
	ReadingMask = POSMask | GenderMask | NumberMask | VerbFormMask | PersonMask
	ElisionMask = ElisionRefused | ElisionRequired
	VariantMask = Classic | Reform
	RegionMask  = Canada | Belgium | Switzerland
	FormMask    = ElisionMask | VariantMask | NoSuggest | HasCapitalized | RegionMask | Supplement
)

// Has reports whether every bit of mask is set.
func (t Tags) Has(mask Tags) bool { return t&mask == mask }

// Any reports whether at least one bit of mask is set.
func (t Tags) Any(mask Tags) bool { return t&mask != 0 }

// POS returns the part-of-speech bits.
func (t Tags) POS() Tags { return t & POSMask }

// VerbForms returns the verb-form bits (Infinitive … Imperative).
func (t Tags) VerbForms() Tags { return t & VerbFormMask }

// Persons returns the person bits (FirstSingular … ThirdPlural).
func (t Tags) Persons() Tags { return t & PersonMask }

// Reading returns the bits a reading carries, without the form-level facts.
func (t Tags) Reading() Tags { return t & ReadingMask }

// Gender is the grammatical gender of a reading (or of a union of readings).
type Gender uint8

// Genders.
const (
	GenderUnknown   Gender = iota // no gender given (verbs, adverbs…)
	GenderMasculine               // masculine only
	GenderFeminine                // feminine only
	GenderEpicene                 // both (élève), or readings that disagree
)

// Gender returns the gender bits as a Gender.
func (t Tags) Gender() Gender {
	switch t & GenderMask {
	case Masculine:
		return GenderMasculine
	case Feminine:
		return GenderFeminine
	case GenderMask:
		return GenderEpicene
	}
	return GenderUnknown
}

// Number is the grammatical number of a reading (or of a union of readings).
type Number uint8

// Numbers.
const (
	NumberUnknown    Number = iota // no number given
	NumberSingular                 // singular only
	NumberPlural                   // plural only
	NumberInvariable               // both (bois, prix), or readings that disagree
)

// Number returns the number bits as a Number.
func (t Tags) Number() Number {
	switch t & NumberMask {
	case Singular:
		return NumberSingular
	case Plural:
		return NumberPlural
	case NumberMask:
		return NumberInvariable
	}
	return NumberUnknown
}

// Elision is what a form asks of the word before it (le, la, de, que, je,
// me, te, se, ne, ce…).
type Elision uint8

// Elision classes.
const (
	// ElisionUnknown: the lexicon says nothing. For a vowel-initial form,
	// elision is the norm; for an h-initial form, stay silent.
	ElisionUnknown Elision = iota
	// ElisionElides: the previous word elides (l'homme, l'héroïne).
	ElisionElides
	// ElisionRefuses: the previous word stays whole (le héros, la hache,
	// le onze, le yaourt).
	ElisionRefuses
	// ElisionMixed: readings disagree (la hue / l'hue…): stay silent.
	ElisionMixed
)

// Elision returns the elision class of the form.
func (t Tags) Elision() Elision {
	switch t & ElisionMask {
	case ElisionRequired:
		return ElisionElides
	case ElisionRefused:
		return ElisionRefuses
	case ElisionMask:
		return ElisionMixed
	}
	return ElisionUnknown
}

// Variant tells which spelling norm a form belongs to.
type Variant uint8

// Spelling variants.
const (
	// VariantRare: in neither the classic nor the reform dictionary, only in
	// "toutes variantes" (rare or dated spellings). Accepted by default.
	VariantRare Variant = iota
	// VariantClassic: traditional spelling abandoned by the 1990 reform
	// (événement, nénuphar, maître, connaître).
	VariantClassic
	// VariantReform: 1990 reform spelling (évènement, nénufar, maitre).
	VariantReform
	// VariantCommon: valid in both norms (the vast majority of forms).
	VariantCommon
)

// Variant returns the spelling variant of the form.
func (t Tags) Variant() Variant {
	switch t & VariantMask {
	case Classic:
		return VariantClassic
	case Reform:
		return VariantReform
	case VariantMask:
		return VariantCommon
	}
	return VariantRare
}

// Region is a set of French-speaking regions, as bits of Tags.
type Region = Tags

// RegionOf maps a profile or locale name (fr-CA, fr-BE, fr-CH; fr-FR and
// anything else give 0) to its region bit.
func RegionOf(locale string) Region {
	switch strings.ToLower(strings.ReplaceAll(locale, "_", "-")) {
	case "fr-ca", "ca", "qc":
		return Canada
	case "fr-be", "be":
		return Belgium
	case "fr-ch", "ch":
		return Switzerland
	}
	return 0
}

// Regions returns the region bits of a form: 0 for the forms of the main
// lexicon, which are accepted everywhere.
func (t Tags) Regions() Region { return t & RegionMask }

// AcceptedIn reports whether a form is accepted in the given regions: forms
// of the main lexicon always are, regional supplement forms only when their
// region is among regions.
func (t Tags) AcceptedIn(regions Region) bool {
	r := t & RegionMask
	return r == 0 || r&regions != 0
}

var tagNames = [...]string{
	"noun", "adj", "verb", "adv", "propn", "pron", "det", "prep", "conj",
	"interj", "num", "sym",
	"m", "f", "sg", "pl",
	"infi", "ppre", "ppas", "ipre", "iimp", "ipsi", "ifut", "cond", "spre", "simp", "impe",
	"1sg", "2sg", "3sg", "1pl", "2pl", "3pl",
	"no-elision", "elision", "classic", "reform", "nosugg", "has-capital",
	"ca", "be", "ch", "supplement",
}

// String lists the bits by short names, separated by spaces
// ("noun f sg elision classic reform").
func (t Tags) String() string {
	var b strings.Builder
	for i, name := range tagNames {
		if t&(1<<i) != 0 {
			if b.Len() > 0 {
				b.WriteByte(' ')
			}
			b.WriteString(name)
		}
	}
	return b.String()
}

// ParseTags reads the short names that String writes (unknown names are
// reported with ok false).
func ParseTags(s string) (t Tags, ok bool) {
	ok = true
	for _, f := range strings.Fields(s) {
		found := false
		for i, name := range tagNames {
			if name == f {
				t |= 1 << i
				found = true
				break
			}
		}
		ok = ok && found
	}
	return t, ok
}
