package dictionaries

import (
	"cmp"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

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
	// Accept, when set, keeps only the candidates it accepts. Results are
	// remembered for the options without it (see Suggestions).
	Accept func(word string, e Entry) bool
	// Prefer, when VariantClassic or VariantReform, leaves out the
	// spellings of the other norm: a profile preferring the 1990 reform
	// drops VariantClassic spellings.
	Prefer Variant
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
//
// The Dictionary remembers the latest results for options without an
// Accept function, as a run meets the same unknown words in many files.
func (d *Dictionary) Suggestions(word string, opts SuggestOptions) []Suggestion {
	if opts.Max <= 0 {
		opts.Max = 5
	}
	if word == "" || !utf8.ValidString(word) {
		return nil
	}
	if opts.Accept != nil {
		return d.suggestions(word, opts)
	}
	key := memoKey{word, opts.Max, opts.MaxCost, opts.Regions, opts.Prefer, opts.nested}
	list, ok := d.memo.get(key)
	if !ok {
		list = d.suggestions(word, opts)
		d.memo.put(key, list)
	}
	return slices.Clone(list)
}

// suggestions computes Suggestions.
func (d *Dictionary) suggestions(word string, opts SuggestOptions) []Suggestion {
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
	accept := opts.accept()
	s.elisions(d, query)
	s.splits(d, query, opts)
	if !opts.nested {
		s.compoundParts(d, query, opts.MaxCost)
	}
	// One plain edit first; two for a word of 5 letters or more when
	// nothing is that close (most slips cost less than one edit here, and
	// the wider search visits ten times more of the FST). Pending
	// candidates are generated only when the wider search finds a word
	// that they would keep out of the list.
	narrow, wide := costEdit, 2*costEdit
	if opts.MaxCost > 0 {
		narrow, wide = min(narrow, opts.MaxCost), min(wide, opts.MaxCost)
	}
	widen := len(q) >= 5 && wide > narrow && !s.usable(query, word, accept)
	// A wider bound below two edits costs little more to walk than one
	// edit: one search then serves both, as a word's automaton cost
	// within a bound does not depend on the bound.
	bound := narrow
	if widen && wide < 2*costEdit {
		bound = wide
	}
	s.searchAll(d, q, bound, opts.Regions, lower)
	for _, c := range s.found {
		if c.dist <= narrow {
			s.add(c.word, c.cost, c.entry)
		}
	}
	if widen && !s.usable(query, word, accept) {
		if bound < wide {
			s.searchAll(d, q, wide, opts.Regions, lower)
		}
		if len(s.pending) == 0 || !s.improves(query, word, accept, opts.MaxCost) || !s.resolve(d, query, word, accept) {
			for _, c := range s.found {
				s.add(c.word, c.cost, c.entry)
			}
		}
	}

	out := s.cands[:0]
	for _, c := range s.cands {
		if c.useful(query, word, accept) && (opts.MaxCost == 0 || c.cost <= opts.MaxCost) {
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

// accept returns the filter of Accept and Prefer, nil for none.
func (o *SuggestOptions) accept() func(string, Entry) bool {
	var unwanted Variant
	switch o.Prefer {
	case VariantClassic:
		unwanted = VariantReform
	case VariantReform:
		unwanted = VariantClassic
	default:
		return o.Accept
	}
	if o.Accept == nil {
		return func(_ string, e Entry) bool { return e.Tags.Variant() != unwanted }
	}
	return func(w string, e Entry) bool { return e.Tags.Variant() != unwanted && o.Accept(w, e) }
}

// memoKey identifies a call of Suggestions without Accept.
type memoKey struct {
	word         string
	max, maxCost int
	regions      Region
	prefer       Variant
	nested       bool
}

// memoSize bounds the results a suggestMemo holds; it forgets them all
// when it is full.
const memoSize = 1 << 14

// suggestMemo remembers results of Suggestions; it is safe for
// concurrent use.
type suggestMemo struct {
	mu sync.RWMutex
	m  map[memoKey][]Suggestion
}

func (m *suggestMemo) get(k memoKey) ([]Suggestion, bool) {
	m.mu.RLock()
	defer m.mu.RUnlock()
	list, ok := m.m[k]
	return list, ok
}

func (m *suggestMemo) put(k memoKey, list []Suggestion) {
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.m == nil || len(m.m) >= memoSize {
		m.m = make(map[memoKey][]Suggestion)
	}
	m.m[k] = list
}

// candidate is a word found by the search, with its ranking cost.
type candidate struct {
	word  string
	cost  int
	dist  int // the automaton's cost, without the ranking penalties (found words)
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

// improves reports whether a word the last search found would change the
// list: a candidate that may be proposed, new or cheaper than before.
func (s *searcher) improves(query, word string, accept func(string, Entry) bool, maxCost int) bool {
	for _, c := range s.found {
		if !c.useful(query, word, accept) || maxCost > 0 && c.cost > maxCost {
			continue
		}
		if i, ok := s.index[c.word]; !ok || c.cost < s.cands[i].cost {
			return true
		}
	}
	return false
}

// resolve generates the pending candidates and reports whether a
// candidate is then usable.
func (s *searcher) resolve(d *Dictionary, query, word string, accept func(string, Entry) bool) bool {
	for _, p := range s.pending {
		if p.left != "" {
			s.verbPronoun(d, p.left, p.right, 0)
		} else {
			s.compoundParts(d, query, 0)
		}
	}
	s.pending = s.pending[:0]
	return s.usable(query, word, accept)
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
	frames  []walkFrame // the path of the FST walked
	key     []byte      // the key of the path
	cands   []candidate
	index   map[string]int // word → position in cands
	found   []candidate    // the last search's words, not yet in cands
	pending []pending
}

// pending is a candidate of a verb glued to its pronoun, or of a compound
// with a misspelled part, left out because it costs more than
// SuggestOptions.MaxCost: it cannot be proposed, but whether it exists
// decides whether the wider search runs, so usable generates it when
// that matters. left and right are the verb and its pronoun; both are
// empty for the compound, which is the query.
type pending struct {
	left, right string
}

var searchers = sync.Pool{New: func() any { return &searcher{index: map[string]int{}} }}

func (s *searcher) reset() {
	s.cands = s.cands[:0]
	s.pending = s.pending[:0]
	clear(s.index)
}

// add records a candidate, keeping the lowest cost for a word seen twice,
// with the entry that came with it (the first one's for equal costs).
func (s *searcher) add(word string, cost int, e Entry) {
	if i, ok := s.index[word]; ok {
		if cost < s.cands[i].cost {
			s.cands[i].cost, s.cands[i].entry = cost, e
		}
		return
	}
	s.index[word] = len(s.cands)
	s.cands = append(s.cands, candidate{word: word, cost: cost, runes: utf8.RuneCountInString(word), entry: e})
}

// searchAll replaces s.found with the words of the main lexicon within
// the bound, then those of the supplement for regions.
func (s *searcher) searchAll(d *Dictionary, q []rune, bound int, regions Region, lower bool) {
	s.found = s.found[:0]
	s.search(d, &d.mainWalk, q, bound, regions, lower)
	if regions != 0 && d.supplement != nil {
		s.search(d, &d.supplementWalk, q, bound, regions, lower)
	}
}

// search walks the FST depth first with the weighted edit automaton,
// entering only the states it keeps alive, and appends the words within
// the bound to s.found. lower: the misspelled word was in lower case,
// capitalised candidates rank lower.
func (s *searcher) search(d *Dictionary, f *fstReader, q []rune, bound int, regions Region, lower bool) {
	a := &s.aut
	a.reset(q, bound)
	root := f.state(f.root)
	if root.final && a.IsMatch(a.Start()) {
		s.emit(d, nil, root.finalOut, a.Start(), regions, lower)
	}
	s.frames = append(s.frames[:0], walkFrame{st: root, aut: a.Start()})
	for len(s.frames) > 0 {
		fr := &s.frames[len(s.frames)-1]
		if fr.next == fr.st.n {
			s.frames = s.frames[:len(s.frames)-1]
			continue
		}
		i := fr.next
		fr.next++
		b := f.key(&fr.st, i)
		if a.rejects(fr.aut, b) {
			continue
		}
		child := a.Accept(fr.aut, b)
		if !a.CanMatch(child) {
			continue
		}
		dest, out := f.target(&fr.st, i)
		out += fr.out
		s.key = append(s.key[:fr.keyLen], b)
		st := f.state(dest)
		if st.final && a.IsMatch(child) {
			s.emit(d, s.key, out+st.finalOut, child, regions, lower)
		}
		if st.n > 0 {
			s.frames = append(s.frames, walkFrame{st: st, aut: child, out: out, keyLen: len(s.key)})
		}
	}
}

// walkFrame is a state of the FST on the path walked: the automaton
// state of the key that reaches it, the output so far, the length of the
// key and the next transition to try.
type walkFrame struct {
	st     fstState
	aut    int
	out    uint64
	keyLen int
	next   int
}

// emit appends the word key, whose class number is id, reached in
// automaton state at, to s.found when the caller may have it.
func (s *searcher) emit(d *Dictionary, key []byte, id uint64, at int, regions Region, lower bool) {
	if id >= uint64(len(d.classes)) {
		return
	}
	e := d.classes[id].entry()
	if e.Tags.Has(NoSuggest) || !e.Tags.AcceptedIn(regions) {
		return
	}
	dist := s.aut.cost(at)
	cost := dist
	if r, _ := utf8.DecodeRune(key); lower && unicode.IsUpper(r) {
		cost += costCapital
	}
	if e.Tags.Variant() == VariantRare {
		cost += costRare
	}
	s.found = append(s.found, candidate{word: string(key), cost: cost, dist: dist, runes: utf8.RuneCount(key), entry: e})
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
