package dictionaries

import (
	"slices"
	"unicode"
	"unicode/utf8"
)

// editAutomaton accepts the keys within a weighted edit distance of a
// query word, in the manner of a vellum.Automaton. The search walks the
// FST depth first and asks the automaton, byte after byte, whether the
// prefix read so far can still lead to a match; the automaton answers with
// one row of the edit-distance table per letter (the classic trie +
// Levenshtein row search), so only the part of the FST near the query is
// visited.
//
// Costs are those of costs.go: accents, case, doubled consonants, mute
// letters, transpositions and French sound-alike spellings (ph/f, ss/t…)
// cost less than a plain edit. Rules spanning several letters of the
// dictionary word (f → ph) read the rows of the previous letters, which the
// automaton keeps: every state records its parent.
//
// States are indexes into arenas reset for each query: a letter state
// (with a row) is an index into states, a partial UTF-8 sequence waiting
// for its next byte a negative number, ^index into partials. One automaton
// serves one search at a time.
type editAutomaton struct {
	bound int32 // largest cost accepted
	n     int   // query length in letters

	// Per query letter, 1-based (index i describes q[i-1]).
	q       []rune
	lower   []rune
	folded  []rune
	nextF   []rune  // folded letter after q[i-1] (0 at the end)
	del     []int32 // cost of dropping q[i-1]
	delSame []int32 // … when it doubles the dictionary's current letter
	rules   []activeRule
	// heads[headAt[j]:headAt[j+1]] are the rules whose misspelled side
	// starts after the first j letters of the query
	heads  []ruleHead
	headAt []int

	states   []autState
	partials []partialState
	rows     []int32 // n+1 cells per letter state
	extra    []int32 // scratch: rule minima for the row being computed
	// extra cells within the bound lie in [extraLo, extraHi]
	extraLo, extraHi int

	// Letters that may matter for a dictionary letter, so that push can
	// skip the rules for the others: the last letters of the rules'
	// dictionary sides (ruleMinima), and the other letters of those sides
	// (ruleInner) and the query's letters (pendingViable).
	ruleEnds, ruleInner, pendLetters letterSet
	// viable[s] holds the letters after which letter state s may lead to
	// a match (more at times, never fewer): Accept skips the others.
	viable []letterSet
}

// deadState is the state of the arena that every dead state is: push
// returns it instead of adding a state that can lead nowhere.
const deadState = 1

// letterSet is a set of letters, exact for those below 0x180 (Latin-1
// and Latin Extended-A); the others are in it all together or not at
// all (word 6).
type letterSet [7]uint64

// allLetters holds every letter.
var allLetters = letterSet{^uint64(0), ^uint64(0), ^uint64(0), ^uint64(0), ^uint64(0), ^uint64(0), ^uint64(0)}

func (l *letterSet) add(r rune) {
	if r < 0x180 {
		l[r>>6] |= 1 << (r & 63)
	} else {
		l[6] = 1
	}
}

func (l *letterSet) has(r rune) bool {
	if r < 0x180 {
		return l[r>>6]&(1<<(r&63)) != 0
	}
	return l[6] != 0
}

// hasLead reports whether the set may hold a letter whose UTF-8 encoding
// starts with b, the lead byte of a multi-byte sequence (0xC2 to 0xF4).
func (l *letterSet) hasLead(b byte) bool {
	if b < 0xC6 {
		return l[b-0xC0] != 0 // the letters of [(b-0xC0)<<6, (b-0xC0+1)<<6)
	}
	return l[6] != 0
}

func (l *letterSet) union(m *letterSet) {
	for i := range l {
		l[i] |= m[i]
	}
}

// near returns the letters that may replace r for less than a plain edit:
// r in another case, with another accent, or sounding alike.
func near(r rune) *letterSet {
	if r < 0x180 {
		return &nearTable[r]
	}
	return &allLetters
}

// nearTable[r] is near(r) for the letters below 0x180; muteLetters holds
// the letters whose insertion or deletion costs less than a plain edit
// anywhere, finalLetters those for which it does at the end of a word.
var nearTable, muteLetters, finalLetters = func() (t [0x180]letterSet, mute, final letterSet) {
	var byFold, byLower [0x180]letterSet // letters by folded and lower-case form
	for r := rune(0); r < 0x180; r++ {
		byFold[fold(r)].add(r)
		if l := unicode.ToLower(r); l < 0x180 {
			byLower[l].add(r)
		}
		// The letters from 0x180 on whose lower case is r (the Kelvin
		// sign for k): fold gives r too.
		for c := unicode.SimpleFold(r); c != r; c = unicode.SimpleFold(c) {
			if c >= 0x180 && unicode.ToLower(c) == r {
				byFold[r].add(c)
				byLower[r].add(c)
			}
		}
		if muteCost(r, false, false) < costEdit {
			mute.add(r)
		}
		if muteCost(r, true, false) < costEdit {
			final.add(r)
		}
	}
	for r := rune(0); r < 0x180; r++ {
		f := fold(r)
		t[r] = byFold[f]
		if l := unicode.ToLower(r); l < 0x180 {
			t[r].union(&byLower[l])
		}
		if f >= 'a' && f <= 'z' {
			for g := 'a'; g <= 'z'; g++ {
				if g != f && (soundCost(f, g, 'n') < costEdit || soundCost(f, g, 0) < costEdit) {
					t[r].union(&byFold[g])
				}
			}
		}
	}
	return t, mute, final
}()

// autState is a letter state.
type autState struct {
	parent int32 // letter state before this one (-1 for the start)
	row    int32 // offset of the row in rows, or -1 for deadState
	r      rune  // letter read to reach this state
	depth  int16 // letters read since the start
	lo, hi int16 // cells within the bound are in [lo, hi] (lo > hi: none)
}

// partialState is the start of a UTF-8 sequence read after a letter state.
type partialState struct {
	base  int32 // the letter state
	n     uint8 // bytes read, in bytes
	bytes [3]byte
}

// activeRule is a sound rule whose misspelled side occurs in the query.
type activeRule struct {
	to     []rune
	cost   int32
	from   int   // length of the misspelled side
	starts []int // query positions where the misspelled side starts
}

// ruleHead is the first letter of an active rule's dictionary side and
// the rule's cost.
type ruleHead struct {
	first rune
	cost  int32
}

// reset prepares the automaton for a query (in the case to search).
func (a *editAutomaton) reset(q []rune, bound int) {
	n := len(q)
	a.n = n
	a.bound = int32(bound)
	a.q = append(a.q[:0], 0)
	a.q = append(a.q, q...)
	a.lower = resize(a.lower, n+1)
	a.folded = resize(a.folded, n+1)
	a.nextF = resize(a.nextF, n+1)
	a.del = resizeInt(a.del, n+1)
	a.delSame = resizeInt(a.delSame, n+1)
	a.extra = resizeInt(a.extra, n+1)
	a.ruleEnds, a.ruleInner, a.pendLetters = letterSet{}, letterSet{}, letterSet{}
	for i := 1; i <= n; i++ {
		r := a.q[i]
		a.lower[i] = unicode.ToLower(r)
		a.folded[i] = fold(r)
		a.nextF[i] = 0
		if i < n {
			a.nextF[i] = fold(a.q[i+1])
		}
		atEnd := i == n
		a.pendLetters.add(r)
		a.del[i] = int32(muteCost(r, atEnd, i >= 2 && a.q[i-1] == r))
		a.delSame[i] = int32(muteCost(r, atEnd, true))
		if i == 1 && a.del[i] == costEdit {
			a.del[i] = costFirstEdit
		}
	}
	a.rules = a.rules[:0]
	for _, r := range soundRules {
		var starts []int
		for s := 0; s+len(r.from) <= n; s++ {
			if slices.Equal(q[s:s+len(r.from)], r.from) {
				starts = append(starts, s)
			}
		}
		if starts != nil {
			a.rules = append(a.rules, activeRule{to: r.to, cost: int32(r.cost), from: len(r.from), starts: starts})
			a.ruleEnds.add(r.to[len(r.to)-1])
			for _, c := range r.to[:len(r.to)-1] {
				a.ruleInner.add(c)
			}
		}
	}
	a.pendLetters.union(&a.ruleInner)
	a.heads = a.heads[:0]
	a.headAt = slices.Grow(a.headAt[:0], n+2)
	for j := 0; j <= n; j++ {
		a.headAt = append(a.headAt, len(a.heads))
		for k := range a.rules {
			if ru := &a.rules[k]; slices.Contains(ru.starts, j) {
				a.heads = append(a.heads, ruleHead{first: ru.to[0], cost: ru.cost})
			}
		}
	}
	a.headAt = append(a.headAt, len(a.heads))

	a.states = a.states[:0]
	a.partials = a.partials[:0]
	a.rows = a.rows[:0]
	// Start row: dropping the first i letters of the query.
	a.rows = resizeInt(a.rows, n+1)
	hi := 0
	for i := 1; i <= n; i++ {
		a.rows[i] = min(a.rows[i-1]+a.del[i], a.bound+1)
		if a.rows[i] <= a.bound {
			hi = i
		}
	}
	a.states = append(a.states, autState{parent: -1, lo: 0, hi: int16(hi)},
		autState{parent: -1, row: -1}) // deadState
	a.viable = append(a.viable[:0], letterSet{}, letterSet{})
	a.viableAfter(0, &a.viable[0])
}

func resize(s []rune, n int) []rune {
	if cap(s) < n {
		return make([]rune, n)
	}
	return s[:n]
}

func resizeInt(s []int32, n int) []int32 {
	if cap(s) < n {
		s = make([]int32, n)
	}
	s = s[:n]
	clear(s)
	return s
}

// rowOf returns the row of a letter state.
func (a *editAutomaton) rowOf(s int32) []int32 {
	off := a.states[s].row
	return a.rows[off : int(off)+a.n+1]
}

// Start returns the state before any byte.
func (a *editAutomaton) Start() int { return 0 }

// IsMatch tells whether a live state s ends a match: a whole letter read
// and the whole query within the bound.
func (a *editAutomaton) IsMatch(s int) bool {
	return s >= 0 && a.rows[int(a.states[s].row)+a.n] <= a.bound
}

// CanMatch tells whether state s may lead to a match: every state but
// deadState may.
func (a *editAutomaton) CanMatch(s int) bool { return s != deadState }

// rejects reports whether Accept(s, b) is deadState because b is an
// ASCII letter that viable[s] leaves out: a test short enough to inline,
// which spares the call of Accept.
func (a *editAutomaton) rejects(s int, b byte) bool {
	return s >= 0 && b < utf8.RuneSelf && a.viable[s][b>>6]&(1<<(b&63)) == 0
}

// Accept returns the state reached by reading b in state s.
func (a *editAutomaton) Accept(s int, b byte) int {
	if s >= 0 && b < utf8.RuneSelf {
		if !a.viable[s].has(rune(b)) {
			return deadState
		}
		return a.push(int32(s), rune(b))
	}
	base := int32(s)
	var buf [4]byte
	nb := 0
	if s < 0 {
		p := &a.partials[^s]
		base = p.base
		nb = copy(buf[:], p.bytes[:p.n])
	}
	buf[nb] = b
	nb++
	if !utf8.FullRune(buf[:nb]) && nb < 4 {
		// The lexicons' keys are valid UTF-8 (see TestFSTReader): b
		// starts a letter.
		if nb == 1 && !a.viable[base].hasLead(b) {
			return deadState
		}
		p := partialState{base: base, n: uint8(nb)}
		copy(p.bytes[:], buf[:nb])
		a.partials = append(a.partials, p)
		return ^(len(a.partials) - 1)
	}
	r, _ := utf8.DecodeRune(buf[:nb])
	if !a.viable[base].has(r) {
		return deadState
	}
	return a.push(base, r)
}

// push adds the letter state reached by reading c after the letter state
// parent, computing its row, or returns deadState when nothing within the
// bound can follow. Cells above the bound are stored as bound+1: their
// exact value never matters, and a cell whose three neighbours are above
// the bound is skipped at once (most cells, far from the diagonal).
func (a *editAutomaton) push(parent int32, c rune) int {
	p := &a.states[parent]
	n := a.n
	depth := p.depth + 1
	bound := a.bound
	inf := bound + 1
	// The row is written after the others, kept there if the state lives.
	off := len(a.rows)
	a.rows = slices.Grow(a.rows, n+1)
	row := a.rows[off : off+n+1]
	prow := a.rows[p.row : int(p.row)+n+1]
	var grow []int32 // row two letters back, for transpositions
	var g *autState
	if p.parent >= 0 {
		g = &a.states[p.parent]
		grow = a.rows[g.row : int(g.row)+n+1]
	}
	hasExtra := a.ruleEnds.has(c) && a.ruleMinima(parent, c)

	cl, cf := unicode.ToLower(c), fold(c)
	pr := p.r
	ins := muteCosts(c)
	insMid, insEnd := ins[0], ins[2]
	if c == pr {
		insMid, insEnd = ins[1], ins[3]
	}

	v := prow[0] + insMid
	if n == 0 {
		v = prow[0] + insEnd
	} else if insMid == costEdit && depth == 1 {
		v = prow[0] + costFirstEdit
	}
	row[0] = min(v, inf)
	lo, hi := n+1, -1
	if row[0] <= bound {
		lo, hi = 0, 0
	}
	// Only the cells near those of the parent (and grandparent, for
	// transpositions, and rule targets) can be within the bound.
	from, to := max(1, int(p.lo)), min(n, int(p.hi)+1)
	if row[0] <= bound {
		from = 1
	}
	if g != nil && g.lo <= g.hi {
		from, to = min(from, int(g.lo)+2), max(to, min(n, int(g.hi)+2))
	}
	if hasExtra {
		from, to = min(from, a.extraLo), max(to, a.extraHi)
	}
	for i := 1; i < from; i++ {
		row[i] = inf
	}
	q, lower, folded, nextF, del, delSame, extra := a.q[:n+1], a.lower[:n+1], a.folded[:n+1], a.nextF[:n+1], a.del[:n+1], a.delSame[:n+1], a.extra[:n+1]
	i := from
	for ; i <= n; i++ {
		if i > to && row[i-1] > bound {
			break // nothing left within the bound but deletions, which add up
		}
		qc := q[i]
		// Substitution (or match).
		var sub int32
		switch {
		case qc == c:
			sub = 0
		case lower[i] == cl:
			sub = costCase
		case folded[i] == cf:
			sub = costAccent
		default:
			sub = int32(soundCost(folded[i], cf, nextF[i]))
			if sub == costEdit && i == 1 && depth == 1 {
				sub = costFirstEdit
			}
		}
		v = prow[i-1] + sub
		// The dictionary's letter c is missing from the query.
		var in int32
		switch {
		case i == n && c == qc:
			in = ins[3]
		case i == n:
			in = insEnd
		case c == qc:
			in = ins[1]
		default:
			in = insMid
		}
		if t := prow[i] + in; t < v {
			v = t
		}
		// The query's letter q[i-1] is not in the dictionary word.
		d := del[i]
		if qc == c {
			d = delSame[i]
		}
		if t := row[i-1] + d; t < v {
			v = t
		}
		// Two neighbours swapped.
		if grow != nil && i >= 2 && qc == pr && q[i-1] == c && qc != c {
			if t := grow[i-2] + costTranspose; t < v {
				v = t
			}
		}
		if hasExtra && extra[i] < v {
			v = extra[i]
		}
		if v <= bound {
			row[i] = v
			if lo > hi {
				lo = i
			}
			hi = i
		} else {
			row[i] = inf
		}
	}
	for k := i; k <= n; k++ {
		row[k] = inf
	}
	if lo > hi && !(a.pendLetters.has(c) && a.pendingViable(parent, c, depth)) {
		return deadState
	}
	a.rows = a.rows[:off+n+1]
	s := int32(len(a.states))
	a.states = append(a.states, autState{parent: parent, row: int32(off), r: c, depth: depth, lo: int16(lo), hi: int16(hi)})
	a.viable = append(a.viable, letterSet{})
	a.viableAfter(s, &a.viable[s])
	return len(a.states) - 1
}

// viableAfter adds to vs the letters that may follow the letter state s:
// all letters when a plain edit is still affordable, else those of the
// cheap edits that push may find within the bound. The substitution,
// insertion, transposition and rule terms of push are checked one by one.
func (a *editAutomaton) viableAfter(s int32, vs *letterSet) {
	st := &a.states[s]
	row := a.rowOf(s)
	bound, n := a.bound, a.n
	lo, hi := int(st.lo), int(st.hi)
	for j := lo; j <= hi; j++ {
		plain := int32(costEdit)
		if j == 0 && st.parent < 0 {
			plain = costFirstEdit // the start state's letter cell
		}
		if row[j] <= bound-plain {
			*vs = allLetters
			return
		}
	}
	inserts := false // an insertion (cheapestInsert at least) is affordable
	for j := lo; j <= hi; j++ {
		if row[j] >= bound {
			if row[j] == bound && j < n {
				vs.add(a.q[j+1]) // a match
			}
			continue
		}
		if j < n {
			vs.union(near(a.q[j+1])) // a match or a close letter
		}
		// The first letter of a rule's dictionary side.
		for _, h := range a.heads[a.headAt[j]:a.headAt[j+1]] {
			if row[j]+h.cost <= bound {
				vs.add(h.first)
			}
		}
		if row[j] > bound-cheapestInsert {
			continue
		}
		inserts = true
		if j >= 1 {
			vs.add(a.q[j]) // the query's letter doubled
		}
		if row[j]+costTranspose <= bound && j+2 <= n {
			vs.add(a.q[j+2]) // the start of a transposition (pendingViable)
		}
		if j == n {
			vs.union(&finalLetters)
		}
	}
	if inserts {
		vs.union(&muteLetters)
		vs.add(st.r) // the letter doubled
	}
	if st.parent < 0 {
		return
	}
	// The end of a transposition: q[j+2] read as st.r, q[j+1] next.
	p := &a.states[st.parent]
	prow := a.rowOf(st.parent)
	for j := int(p.lo); j <= min(int(p.hi), n-2); j++ {
		if prow[j]+costTranspose <= bound && a.q[j+2] == st.r {
			vs.add(a.q[j+1])
		}
	}
	// The next letter of a rule's dictionary side whose first m letters
	// are the last read, when the rule's cost is affordable before them
	// (ruleMinima and pendingViable).
	if !a.ruleInner.has(st.r) {
		return
	}
	for k := range a.rules {
		ru := &a.rules[k]
		for m := 1; m < len(ru.to); m++ {
			anc, ok := a.ancestorMatching(s, ru.to[:m])
			if !ok {
				continue
			}
			arow := a.rowOf(anc)
			for _, i := range ru.starts {
				if arow[i]+ru.cost <= bound {
					vs.add(ru.to[m])
					break
				}
			}
		}
	}
}

// ruleMinima fills a.extra with the costs that the sound rules ending with
// the dictionary letter c give to each cell of the new row, and reports
// whether any rule applied.
func (a *editAutomaton) ruleMinima(parent int32, c rune) bool {
	applied := false
	for k := range a.rules {
		ru := &a.rules[k]
		if ru.to[len(ru.to)-1] != c {
			continue
		}
		anc, ok := a.ancestorMatching(parent, ru.to[:len(ru.to)-1])
		if !ok {
			continue
		}
		if !applied {
			for i := range a.extra {
				a.extra[i] = maxCost
			}
			a.extraLo, a.extraHi = len(a.extra), 0
			applied = true
		}
		arow := a.rowOf(anc)
		for _, s := range ru.starts {
			i := s + ru.from
			if t := arow[s] + ru.cost; t < a.extra[i] {
				a.extra[i] = t
				if t <= a.bound {
					a.extraLo, a.extraHi = min(a.extraLo, i), max(a.extraHi, i)
				}
			}
		}
	}
	return applied
}

// ancestorMatching walks up from the letter state s while the letters read
// equal prefix (last letter first) and returns the state before them.
func (a *editAutomaton) ancestorMatching(s int32, prefix []rune) (int32, bool) {
	for k := len(prefix) - 1; k >= 0; k-- {
		st := &a.states[s]
		if st.parent < 0 || st.r != prefix[k] {
			return 0, false
		}
		s = st.parent
	}
	return s, true
}

// pendingViable reports whether a state whose row exceeds the bound may
// still lead to a match through a rule that spans several letters of the
// dictionary word: a transposition started by c, or a sound rule whose
// dictionary side starts with the letters read last.
func (a *editAutomaton) pendingViable(parent int32, c rune, depth int16) bool {
	p := &a.states[parent]
	prow := a.rowOf(parent)
	for i := max(2, int(p.lo)+2); i <= min(a.n, int(p.hi)+2); i++ {
		if a.q[i] == c && prow[i-2]+costTranspose <= a.bound {
			return true
		}
	}
	for k := range a.rules {
		ru := &a.rules[k]
		// The last m letters read (c and m-1 before it) start ru.to.
		for m := 1; m < len(ru.to) && m <= int(depth); m++ {
			if ru.to[m-1] != c {
				continue
			}
			anc, ok := a.ancestorMatching(parent, ru.to[:m-1])
			if !ok {
				continue
			}
			arow := a.rowOf(anc)
			for _, s := range ru.starts {
				if arow[s]+ru.cost <= a.bound {
					return true
				}
			}
		}
	}
	return false
}

// cost returns the cost of the word read to reach the letter state s.
func (a *editAutomaton) cost(s int) int { return int(a.rows[int(a.states[s].row)+a.n]) }
