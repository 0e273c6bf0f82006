package dictionaries

import (
	"slices"
	"unicode"
	"unicode/utf8"
)

// editAutomaton is a vellum.Automaton that accepts the keys within a
// weighted edit distance of a query word. vellum's iterator walks the FST
// depth first and asks the automaton, byte after byte, whether the prefix
// read so far can still lead to a match; the automaton answers with one row
// of the edit-distance table per letter (the classic trie + Levenshtein row
// search), so only the part of the FST near the query is visited.
//
// Costs are those of costs.go: accents, case, doubled consonants, mute
// letters, transpositions and French sound-alike spellings (ph/f, ss/t…)
// cost less than a plain edit. Rules spanning several letters of the
// dictionary word (f → ph) read the rows of the previous letters, which the
// automaton keeps: every state records its parent.
//
// States are indexes into an arena reset for each query; a state is either
// a letter state (with a row) or a partial UTF-8 sequence waiting for its
// next byte. One automaton serves one search at a time.
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

	states []autState
	rows   []int32 // n+1 cells per letter state
	extra  []int32 // scratch: rule minima for the row being computed
	// extra cells within the bound lie in [extraLo, extraHi]
	extraLo, extraHi int
}

// autState is one state of the arena.
type autState struct {
	parent int32 // letter state before this one (-1 for the start)
	row    int32 // offset of the row in rows (letter states), or -1
	r      rune  // letter read to reach this state
	depth  int16 // letters read since the start
	lo, hi int16 // cells within the bound are in [lo, hi] (lo > hi: none)
	npend  uint8 // partial UTF-8 state: bytes pending in pend
	pend   [3]byte
	alive  bool // CanMatch
}

// activeRule is a sound rule whose misspelled side occurs in the query.
type activeRule struct {
	to     []rune
	cost   int32
	from   int   // length of the misspelled side
	starts []int // query positions where the misspelled side starts
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
	for i := 1; i <= n; i++ {
		r := a.q[i]
		a.lower[i] = unicode.ToLower(r)
		a.folded[i] = fold(r)
		a.nextF[i] = 0
		if i < n {
			a.nextF[i] = fold(a.q[i+1])
		}
		atEnd := i == n
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
		}
	}

	a.states = a.states[:0]
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
	a.states = append(a.states, autState{parent: -1, alive: true, lo: 0, hi: int16(hi)})
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

// Start implements vellum.Automaton.
func (a *editAutomaton) Start() int { return 0 }

// IsMatch implements vellum.Automaton: a whole letter read and the whole
// query within the bound.
func (a *editAutomaton) IsMatch(s int) bool {
	st := &a.states[s]
	return st.npend == 0 && a.rows[int(st.row)+a.n] <= a.bound
}

// CanMatch implements vellum.Automaton. vellum's iterator asks it right
// after Accept and never comes back to a state it was told is dead, so a
// dead state just pushed is dropped from the arena at once.
func (a *editAutomaton) CanMatch(s int) bool {
	st := &a.states[s]
	if st.alive {
		return true
	}
	if s > 0 && s == len(a.states)-1 {
		if st.row >= 0 {
			a.rows = a.rows[:st.row]
		}
		a.states = a.states[:s]
	}
	return false
}

// WillAlwaysMatch implements vellum.Automaton.
func (a *editAutomaton) WillAlwaysMatch(int) bool { return false }

// Accept implements vellum.Automaton.
func (a *editAutomaton) Accept(s int, b byte) int {
	st := &a.states[s]
	if st.npend == 0 && b < utf8.RuneSelf {
		return a.push(int32(s), rune(b))
	}
	base := int32(s)
	var buf [4]byte
	nb := 0
	if st.npend > 0 {
		base = st.parent
		nb = copy(buf[:], st.pend[:st.npend])
	}
	buf[nb] = b
	nb++
	if !utf8.FullRune(buf[:nb]) && nb < 4 {
		p := autState{parent: base, row: -1, npend: uint8(nb), alive: true}
		copy(p.pend[:], buf[:nb])
		a.states = append(a.states, p)
		return len(a.states) - 1
	}
	r, _ := utf8.DecodeRune(buf[:nb])
	return a.push(base, r)
}

// push adds the letter state reached by reading c after the letter state
// parent, computing its row. Cells above the bound are stored as bound+1:
// their exact value never matters, and a cell whose three neighbours are
// above the bound is skipped at once (most cells, far from the diagonal).
func (a *editAutomaton) push(parent int32, c rune) int {
	p := a.states[parent]
	n := a.n
	depth := p.depth + 1
	inf := a.bound + 1
	off := len(a.rows)
	a.rows = append(a.rows, make([]int32, n+1)...)
	row := a.rows[off : off+n+1]
	prow := a.rows[p.row : int(p.row)+n+1]
	var grow []int32 // row two letters back, for transpositions
	if p.parent >= 0 {
		gp := a.states[p.parent].row
		grow = a.rows[gp : int(gp)+n+1]
	}
	hasExtra := a.ruleMinima(parent, c)

	cl, cf := unicode.ToLower(c), fold(c)
	doubleParent := c == p.r
	ins := muteCosts(c)
	insMid, insEnd := ins[0], ins[2]
	if doubleParent {
		insMid, insEnd = ins[1], ins[3]
	}

	v := prow[0] + insMid
	if n == 0 {
		v = prow[0] + insEnd
	} else if insMid == costEdit && depth == 1 {
		v = prow[0] + costFirstEdit
	}
	row[0] = min(v, inf)
	// Only the cells near those of the parent (and grandparent, for
	// transpositions, and rule targets) can be within the bound.
	from, to := max(1, int(p.lo)), min(n, int(p.hi)+1)
	if row[0] <= a.bound {
		from = 1
	}
	if grow != nil {
		g := &a.states[p.parent]
		if g.lo <= g.hi {
			from, to = min(from, int(g.lo)+2), max(to, min(n, int(g.hi)+2))
		}
	}
	if hasExtra {
		from, to = min(from, a.extraLo), max(to, a.extraHi)
	}
	for i := 1; i < from; i++ {
		row[i] = inf
	}
	i := from
	for ; i <= n; i++ {
		if i > to && row[i-1] > a.bound {
			break // nothing left within the bound but deletions, which add up
		}
		qc := a.q[i]
		// Substitution (or match).
		var sub int32
		switch {
		case qc == c:
			sub = 0
		case a.lower[i] == cl:
			sub = costCase
		case a.folded[i] == cf:
			sub = costAccent
		default:
			sub = int32(soundCost(a.folded[i], cf, a.nextF[i]))
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
		del := a.del[i]
		if qc == c {
			del = a.delSame[i]
		}
		if t := row[i-1] + del; t < v {
			v = t
		}
		// Two neighbours swapped.
		if grow != nil && i >= 2 && qc == p.r && a.q[i-1] == c && qc != c {
			if t := grow[i-2] + costTranspose; t < v {
				v = t
			}
		}
		if hasExtra && a.extra[i] < v {
			v = a.extra[i]
		}
		row[i] = min(v, inf)
	}
	for k := i; k <= n; k++ {
		row[k] = inf
	}
	lo, hi := int16(n+1), int16(-1)
	for k, v := range row {
		if v <= a.bound {
			if lo > hi {
				lo = int16(k)
			}
			hi = int16(k)
		}
	}
	best := inf
	if lo <= hi {
		best = a.bound
	}
	alive := best <= a.bound || a.pendingViable(parent, c, depth)
	a.states = append(a.states, autState{parent: parent, row: int32(off), r: c, depth: depth, lo: lo, hi: hi, alive: alive})
	return len(a.states) - 1
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

// costOf returns the cost of a whole key (used for the keys the search
// returns).
func (a *editAutomaton) costOf(key []byte) int {
	s := 0
	for _, b := range key {
		s = a.Accept(s, b)
	}
	st := &a.states[s]
	if st.npend != 0 {
		return maxCost
	}
	return int(a.rows[int(st.row)+a.n])
}
