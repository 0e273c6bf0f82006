package dictionaries

import (
	"cmp"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/blevesearch/vellum"
	"golang.org/x/text/unicode/norm"
)

// Suggestion is one candidate correction.
type Suggestion struct {
	Word  string // with the case of the misspelled word restored
	Cost  int    // edit cost in tenths of a plain edit, ranking penalties included
	Entry Entry  // the dictionary entry of the word (of the second word for a split)
}

// SuggestOptions tunes Suggestions.
type SuggestOptions struct {
	// Max is the number of suggestions wanted (5 when 0).
	Max int
	// Regions also proposes the supplement's regional words of these
	// regions (RegionOf("fr-CA")…); 0 proposes words of the main lexicon only.
	Regions Region
	// Accept, when set, keeps only the candidates it accepts; a profile
	// preferring the 1990 reform can drop VariantClassic spellings.
	Accept func(word string, e Entry) bool
	// MaxCost, when set, keeps only the candidates of at most this cost
	// and bounds the search by it: a cheaper search for a caller that
	// wants close corrections only.
	MaxCost int

	nested bool // a part of a compound: no further splitting
}

// Suggest returns at most max corrections for a misspelled word, best
// first (5 when max is 0). It is Suggestions without the details.
func (d *Dictionary) Suggest(word string, max int) []string {
	ss := d.Suggestions(word, SuggestOptions{Max: max})
	out := make([]string, len(ss))
	for i, s := range ss {
		out[i] = s.Word
	}
	return out
}

// Suggestions returns ranked corrections for a misspelled word, best first.
//
// Candidates come from a weighted edit-distance search of the lexicon's
// FST (see editAutomaton and costs.go: accents, case, doubled consonants,
// mute letters, transpositions and sound-alike spellings cost less than a
// plain edit, an edit of the first letter more), first within the cost of
// one plain edit, then, for a word of 5 letters or more with no candidate,
// of two. Other candidates: a missing apostrophe after an elided word
// (lhomme → l'homme), two words glued together (biensur → bien sur, bien
// sûr), a verb glued to its pronoun (voulezvous → voulez-vous) and a
// hyphenated word with a misspelled part (ecoute-moi → écoute-moi). Forms
// marked NoSuggest are never proposed; a capitalised candidate for a
// lower-case word and a rare spelling rank a little lower. The case of the
// word is restored (Tres → Très, TRES → TRÈS).
//
// Words longer than 30 letters, and empty or invalid UTF-8 words, get no
// suggestion.
func (d *Dictionary) Suggestions(word string, opts SuggestOptions) []Suggestion {
	if opts.Max <= 0 {
		opts.Max = 5
	}
	if word == "" || !utf8.ValidString(word) {
		return nil
	}
	word = normalizeWord(word)
	shape, query := caseShapeOf(word)
	q := []rune(query)
	if len(q) > maxSuggestRune || !slices.ContainsFunc(q, unicode.IsLetter) {
		return nil
	}

	s := searchers.Get().(*searcher)
	defer searchers.Put(s)
	s.reset()
	lower := shape == shapeAsIs && !unicode.IsUpper(q[0])
	s.elisions(d, query)
	s.splits(d, query, opts.nested)
	if !opts.nested {
		s.compoundParts(d, query)
	}
	// One plain edit first; two for a word of 5 letters or more when
	// nothing is that close (most slips cost less than one edit here, and
	// the wider search visits ten times more of the FST).
	for _, bound := range [...]int{costEdit, 2 * costEdit} {
		if bound > costEdit && (len(q) < 5 || s.usable(query, word, opts.Accept)) {
			break
		}
		if opts.MaxCost > 0 {
			bound = min(bound, opts.MaxCost)
		}
		s.search(d, d.main, q, bound, opts.Regions, lower)
		if opts.Regions != 0 && d.supplement != nil {
			s.search(d, d.supplement, q, bound, opts.Regions, lower)
		}
	}

	out := s.cands[:0]
	for _, c := range s.cands {
		if c.useful(query, word, opts.Accept) && (opts.MaxCost == 0 || c.cost <= opts.MaxCost) {
			out = append(out, c)
		}
	}
	slices.SortFunc(out, func(a, b candidate) int {
		if c := cmp.Compare(a.cost, b.cost); c != 0 {
			return c
		}
		if c := cmp.Compare(a.lenDiff(len(q)), b.lenDiff(len(q))); c != 0 {
			return c
		}
		return strings.Compare(a.word, b.word)
	})
	var res []Suggestion
	seen := map[string]bool{}
	for _, c := range out {
		w := shape.apply(c.word)
		if seen[w] {
			continue
		}
		seen[w] = true
		res = append(res, Suggestion{Word: w, Cost: c.cost, Entry: c.entry})
		if len(res) == opts.Max {
			break
		}
	}
	return res
}

// candidate is a word found by the search, with its ranking cost.
type candidate struct {
	word  string
	cost  int
	runes int
	entry Entry
}

// useful reports whether a candidate may be proposed: not the word itself,
// and accepted by the caller's filter.
func (c candidate) useful(query, word string, accept func(string, Entry) bool) bool {
	return c.word != query && c.word != word && (accept == nil || accept(c.word, c.entry))
}

// usable reports whether a candidate found so far may be proposed.
func (s *searcher) usable(query, word string, accept func(string, Entry) bool) bool {
	return slices.ContainsFunc(s.cands, func(c candidate) bool { return c.useful(query, word, accept) })
}

func (c candidate) lenDiff(n int) int {
	if c.runes > n {
		return c.runes - n
	}
	return n - c.runes
}

// searcher holds the reusable state of one Suggestions call.
type searcher struct {
	aut     editAutomaton
	it      *vellum.FSTIterator
	cands   []candidate
	index   map[string]int // word → position in cands
	visited int
}

var searchers = sync.Pool{New: func() any { return &searcher{index: map[string]int{}} }}

func (s *searcher) reset() {
	s.cands = s.cands[:0]
	clear(s.index)
}

// add records a candidate, keeping the lowest cost for a word seen twice.
func (s *searcher) add(word string, cost int, e Entry) {
	if i, ok := s.index[word]; ok {
		if cost < s.cands[i].cost {
			s.cands[i].cost = cost
		}
		return
	}
	s.index[word] = len(s.cands)
	s.cands = append(s.cands, candidate{word: word, cost: cost, runes: utf8.RuneCountInString(word), entry: e})
}

// search walks the FST with the weighted edit automaton. lower: the
// misspelled word was in lower case, capitalised candidates rank lower.
func (s *searcher) search(d *Dictionary, f *vellum.FST, q []rune, bound int, regions Region, lower bool) {
	s.aut.reset(q, bound)
	var err error
	if s.it == nil {
		s.it, err = f.Search(&s.aut, nil, nil)
	} else {
		err = s.it.Reset(f, nil, nil, &s.aut)
	}
	for err == nil {
		key, id := s.it.Current() // valid until Next
		if id < uint64(len(d.classes)) {
			e := d.classes[id].entry()
			if !e.Tags.Has(NoSuggest) && e.Tags.AcceptedIn(regions) {
				cost := s.aut.costOf(key)
				if r, _ := utf8.DecodeRune(key); lower && unicode.IsUpper(r) {
					cost += costCapital
				}
				if e.Tags.Variant() == VariantRare {
					cost += costRare
				}
				s.add(string(key), cost, e)
			}
		}
		err = s.it.Next()
	}
}

// caseShape is the capitalisation pattern of the misspelled word, restored
// on the suggestions.
type caseShape uint8

const (
	shapeAsIs  caseShape = iota // lower case or mixed: searched as written
	shapeTitle                  // Tres: searched as tres, suggestions capitalised
	shapeUpper                  // TRES: searched as tres, suggestions in capitals
)

// caseShapeOf returns the shape of word and the form to search.
func caseShapeOf(word string) (caseShape, string) {
	first, n := utf8.DecodeRuneInString(word)
	if !unicode.IsUpper(first) {
		return shapeAsIs, word
	}
	rest := word[n:]
	if rest == "" {
		return shapeTitle, strings.ToLower(word)
	}
	if strings.ToUpper(rest) == rest && strings.ToLower(rest) != rest {
		return shapeUpper, strings.ToLower(word)
	}
	if strings.ToLower(rest) == rest {
		return shapeTitle, string(unicode.ToLower(first)) + rest
	}
	return shapeAsIs, word
}

func (s caseShape) apply(w string) string {
	switch s {
	case shapeTitle:
		r, n := utf8.DecodeRuneInString(w)
		return string(unicode.ToUpper(r)) + w[n:]
	case shapeUpper:
		return strings.ToUpper(w)
	}
	return w
}

var apostropheReplacer = strings.NewReplacer("’", "'", "ʼ", "'", "‘", "'")

// normalizeWord returns word in the lexicon's form: NFC, ASCII apostrophe.
func normalizeWord(word string) string {
	if strings.ContainsAny(word, "’ʼ‘") {
		word = apostropheReplacer.Replace(word)
	}
	return norm.NFC.String(word)
}
