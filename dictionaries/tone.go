package dictionaries

import (
	"embed"
	"fmt"
	"slices"
	"strings"
	"sync"
)

// The tone lexicons are the word lists of the tone rules, in tone/*.tsv:
// chat spellings (sms.tsv), vulgar words, insults and slurs (vulgar.tsv),
// familiar words (familiar.tsv) and anglicisms (anglicisms.tsv, with the
// Québec terms of the OQLF in anglicisms-fr-CA.tsv). Each line is
//
//	forms<TAB>suggestions[<TAB>tags]
//
// forms are the spellings of one entry, separated by commas, in lower
// case, NFC, with the ASCII apostrophe; a form of several words ("fils de
// pute", "cul-de-sac") matches those words in a row, whatever spaces or
// hyphens join them. suggestions are what to write instead, best first,
// separated by "|", or "-" for none. tags, separated by commas, are:
//
//	vulgar, insult, slur  the grade of an entry of vulgar.tsv
//	innocent              a look-alike that must stay silent ("cul-de-sac",
//	                      "con brio"): it hides the shorter entries inside it
//	chat                  a chat spelling that is also an ordinary word, unit
//	                      or abbreviation ("g", "cc", "ds"): to report only
//	                      next to an unambiguous one
//	before-adjective      to report only before an adjective or an adverb
//	                      ("super" as an adverb)
//	hint                  the suggestions must be adapted (conjugated,
//	                      agreed): they are advice, not replacements
//	verb                  the first form is a verb in -er: its conjugated
//	                      forms are added, with the hint tag; a later form
//	                      written "-form" is left out of them (bosser,
//	                      -bosse: "une bosse" is an ordinary word)
//
// Lines starting with "#" are comments; every file starts with one saying
// what it holds and where it comes from.

//go:embed tone/*.tsv tone/*.txt
var toneFiles embed.FS

// Grade says what kind of entry of a lexicon a phrase is.
type Grade uint8

// The grades. Ordinary is every entry of the lists without grades.
const (
	Ordinary Grade = iota
	Vulgar         // a coarse word: merde, putain
	Insult         // a word aimed at someone: connard, abruti
	Slur           // a racist, sexist or homophobic insult
	Innocent       // a look-alike to leave alone: cul-de-sac, con brio
)

// Context restricts where a phrase is reported.
type Context uint8

// The contexts.
const (
	Anywhere        Context = iota
	AmongChat               // only next to another chat spelling
	BeforeAdjective         // only before an adjective or an adverb
)

// Phrase is one form of a lexicon entry.
type Phrase struct {
	Words       []string // one or more words: lower case, NFC, ASCII apostrophes
	Suggestions []string // what to write instead, best first; may be empty
	Hint        bool     // the suggestions must be adapted: not replacements
	Lemma       string   // the entry's first form, which Suggestions replace
	Grade       Grade
	Context     Context
}

// Lexicon is a tone word list, indexed by the first word of its phrases.
// It is read-only, and safe for concurrent use.
type Lexicon struct {
	byFirst map[string][]*Phrase // longest phrases first
	size    int
	// seen has the bit quickHash(w) set for every first word w: most
	// words of a text are not in a lexicon, and this tells it faster than
	// the map.
	seen [quickBits / 64]uint64
}

// quickBits is the size of Lexicon.seen, in bits.
const quickBits = 1 << 13

// quickHash is a cheap hash of a non-empty word, for Lexicon.seen.
func quickHash(w string) uint {
	h := uint(len(w))*0x9E3779B1 ^ uint(w[0])<<7 ^ uint(w[len(w)-1])<<14 ^ uint(w[len(w)/2])
	return (h ^ h>>13) % quickBits
}

// NewLexicon indexes phrases; a later phrase with the same words as an
// earlier one replaces it.
func NewLexicon(phrases []Phrase) *Lexicon {
	l := &Lexicon{byFirst: make(map[string][]*Phrase, len(phrases))}
	for i := range phrases {
		p := &phrases[i]
		list := l.byFirst[p.Words[0]]
		if j := slices.IndexFunc(list, func(q *Phrase) bool { return slices.Equal(q.Words, p.Words) }); j >= 0 {
			list[j] = p
			continue
		}
		list = append(list, p)
		slices.SortStableFunc(list, func(a, b *Phrase) int { return len(b.Words) - len(a.Words) })
		l.size++
		l.index(p.Words[0], list)
		if strings.Contains(p.Words[0], "'") {
			l.index(strings.ReplaceAll(p.Words[0], "'", "’"), list)
		}
	}
	return l
}

// index files the phrases of a first word.
func (l *Lexicon) index(first string, list []*Phrase) {
	l.byFirst[first] = list
	h := quickHash(first)
	l.seen[h/64] |= 1 << (h % 64)
}

// Phrases returns the phrases whose first word is word (lower case, NFC,
// with either apostrophe), longest first. The slice is shared: do not
// modify it.
func (l *Lexicon) Phrases(word string) []*Phrase {
	if l == nil || word == "" {
		return nil
	}
	if h := quickHash(word); l.seen[h/64]&(1<<(h%64)) == 0 {
		return nil
	}
	return l.byFirst[word]
}

// Len returns the number of phrases.
func (l *Lexicon) Len() int {
	if l == nil {
		return 0
	}
	return l.size
}

// splitPhrase cuts a form into its words at spaces and hyphens.
func splitPhrase(form string) []string {
	return strings.FieldsFunc(form, func(r rune) bool { return r == ' ' || r == '-' })
}

// ParseLexicon reads a lexicon in the format of tone/*.tsv; name is used
// in errors.
func ParseLexicon(name, text string) (*Lexicon, error) {
	var phrases []Phrase
	for n, line := range strings.Split(text, "\n") {
		line = strings.TrimRight(line, "\r")
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		entry, err := parseEntry(line)
		if err != nil {
			return nil, fmt.Errorf("%s:%d: %v", name, n+1, err)
		}
		phrases = append(phrases, entry...)
	}
	return NewLexicon(phrases), nil
}

// parseEntry reads one line of a lexicon into the phrases of its forms.
func parseEntry(line string) ([]Phrase, error) {
	fields := strings.Split(line, "\t")
	if len(fields) < 2 || len(fields) > 3 {
		return nil, fmt.Errorf("%d fields, want forms, suggestions and optional tags", len(fields))
	}
	var forms, excluded []string
	for f := range strings.SplitSeq(fields[0], ",") {
		if f = strings.TrimSpace(f); strings.HasPrefix(f, "-") {
			excluded = append(excluded, f[1:])
		} else if f != "" {
			forms = append(forms, f)
		}
	}
	if len(forms) == 0 {
		return nil, fmt.Errorf("no form")
	}
	var suggestions []string
	if fields[1] != "-" {
		suggestions = strings.Split(fields[1], "|")
	}
	base := Phrase{Suggestions: suggestions, Lemma: forms[0]}
	verb := false
	if len(fields) == 3 {
		for tag := range strings.SplitSeq(fields[2], ",") {
			switch tag {
			case "vulgar":
				base.Grade = Vulgar
			case "insult":
				base.Grade = Insult
			case "slur":
				base.Grade = Slur
			case "innocent":
				base.Grade = Innocent
			case "chat":
				base.Context = AmongChat
			case "before-adjective":
				base.Context = BeforeAdjective
			case "hint":
				base.Hint = true
			case "verb":
				verb = true
			default:
				return nil, fmt.Errorf("unknown tag %q", tag)
			}
		}
	}
	phrases := make([]Phrase, 0, len(forms))
	for _, f := range forms {
		p := base
		p.Words = splitPhrase(f)
		phrases = append(phrases, p)
	}
	if verb {
		conjugated, err := conjugate(forms[0])
		if err != nil {
			return nil, err
		}
		for _, f := range conjugated {
			if !slices.Contains(excluded, f) && !slices.Contains(forms, f) {
				p := base
				p.Words, p.Hint = []string{f}, true
				phrases = append(phrases, p)
			}
		}
	} else if len(excluded) > 0 {
		return nil, fmt.Errorf("excluded forms without the verb tag")
	}
	return phrases, nil
}

// firstGroupEndings are the endings of the simple tenses of a verb in -er
// (all but the simple past and the imperfect subjunctive, which posts do
// not use), and of its participles.
var firstGroupEndings = []string{
	"e", "es", "ons", "ez", "ent",
	"ais", "ait", "ions", "iez", "aient",
	"erai", "eras", "era", "erons", "erez", "eront",
	"erais", "erait", "erions", "eriez", "eraient",
	"ant", "é", "ée", "és", "ées",
}

// conjugate returns the forms of a verb in -er, with "ge" and "ç" before
// a and o (mangeons, commençais).
func conjugate(infinitive string) ([]string, error) {
	stem, ok := strings.CutSuffix(infinitive, "er")
	if !ok || stem == "" {
		return nil, fmt.Errorf("verb tag on %q, which does not end in -er", infinitive)
	}
	forms := make([]string, 0, len(firstGroupEndings))
	for _, e := range firstGroupEndings {
		s := stem
		if e[0] == 'a' || e[0] == 'o' {
			if c, ok := strings.CutSuffix(stem, "c"); ok {
				s = c + "ç"
			} else if strings.HasSuffix(stem, "g") {
				s = stem + "e"
			}
		}
		forms = append(forms, s+e)
	}
	return forms, nil
}

// loadLexicon returns a function that parses an embedded lexicon once.
// The data is embedded and tested: an error is a build problem.
func loadLexicon(file string) func() *Lexicon {
	return sync.OnceValue(func() *Lexicon {
		data, err := toneFiles.ReadFile("tone/" + file)
		if err != nil {
			panic("dictionaries: " + err.Error())
		}
		l, err := ParseLexicon(file, string(data))
		if err != nil {
			panic("dictionaries: " + err.Error())
		}
		return l
	})
}

// The embedded tone lexicons, parsed on first use.
var (
	// SMS returns the chat and SMS spellings (mdr, stp, jsp…) with their
	// full forms.
	SMS = loadLexicon("sms.tsv")
	// Vulgarity returns the vulgar words, insults and slurs, graded, with
	// the look-alikes that must stay silent.
	Vulgarity = loadLexicon("vulgar.tsv")
	// Familiar returns the words of the familiar register (bosser, fric,
	// mec…) with neutral alternatives.
	Familiar = loadLexicon("familiar.tsv")
	// Anglicisms returns the anglicisms with their French alternatives.
	Anglicisms = loadLexicon("anglicisms.tsv")
	// AnglicismsCanada returns the alternatives of the OQLF for Québec
	// (courriel, clavardage, mot-clic…), to consult before Anglicisms.
	AnglicismsCanada = loadLexicon("anglicisms-fr-CA.tsv")
)

// IsSMS tells whether word, in any case, is a chat spelling of SMS(): the
// spelling rule leaves those to the tone rules.
func IsSMS(word string) bool {
	for _, p := range SMS().Phrases(toneKey(word)) {
		if len(p.Words) == 1 {
			return true
		}
	}
	return false
}

// toneKey is the lexicon form of a word: lower case, ASCII apostrophes.
func toneKey(word string) string {
	return strings.ReplaceAll(strings.ToLower(word), "’", "'")
}

// acronyms are the acronyms of tone/acronyms.txt, loaded on first use.
var acronyms = sync.OnceValue(func() map[string]bool {
	data, err := toneFiles.ReadFile("tone/acronyms.txt")
	if err != nil {
		panic("dictionaries: " + err.Error())
	}
	set := map[string]bool{}
	for line := range strings.Lines(string(data)) {
		if line = strings.TrimSpace(line); line != "" && !strings.HasPrefix(line, "#") {
			set[line] = true
		}
	}
	return set
})

// IsAcronym tells whether word, as written, is one of the acronyms in
// capitals that are also ordinary words in lower case (RAID, DOS, PIN),
// listed in tone/acronyms.txt: the shouting rule leaves them alone.
func IsAcronym(word string) bool { return acronyms()[word] }
