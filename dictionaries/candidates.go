package dictionaries

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Candidate generators that the edit-distance search cannot see: a missing
// apostrophe, two words glued together, a verb glued to its pronoun, and
// a compound with one misspelled part.

// lookupAnyCase looks a part up as written, in lower case, then
// capitalised, and returns the form found.
func (d *Dictionary) lookupAnyCase(w string) (string, Entry, bool) {
	if e, ok := d.Lookup(w); ok {
		return w, e, true
	}
	if l := strings.ToLower(w); l != w {
		if e, ok := d.Lookup(l); ok {
			return l, e, true
		}
	}
	r, n := utf8.DecodeRuneInString(w)
	if c := string(unicode.ToUpper(r)) + w[n:]; c != w {
		if e, ok := d.Lookup(c); ok {
			return c, e, true
		}
	}
	return "", Entry{}, false
}

// suggestible reports whether an entry may be proposed by default.
func suggestible(e Entry) bool {
	return !e.Tags.Has(NoSuggest) && e.Tags.AcceptedIn(0)
}

// elidable are the words that elide before a vowel or a mute h, with
// whether they elide before any word (l', d', qu'…) or only before a verb
// form or a pronoun (j', m', t', s', n', c').
var elidable = []struct {
	prefix  string
	anyWord bool
}{
	{"l", true}, {"d", true}, {"qu", true}, {"jusqu", true}, {"lorsqu", true},
	{"puisqu", true}, {"quoiqu", true}, {"j", false}, {"m", false}, {"t", false},
	{"s", false}, {"n", false}, {"c", false},
}

// elisions proposes the apostrophe missing after an elided word: lhomme →
// l'homme, jai → j'ai, mappelle → m'appelle, dIsraël → d'Israël, damazon →
// d'Amazon.
func (s *searcher) elisions(d *Dictionary, query string) {
	for _, el := range elidable {
		rest, ok := strings.CutPrefix(query, el.prefix)
		if !ok || utf8.RuneCountInString(rest) < 2 {
			continue
		}
		r, _ := utf8.DecodeRuneInString(rest)
		if !isVowelish(r) && fold(r) != 'h' {
			continue
		}
		form, e, ok := d.lookupAnyCase(rest)
		if !ok || !suggestible(e) || e.Tags.Elision() == ElisionRefuses {
			continue
		}
		if !el.anyWord && !e.Tags.Any(Verb|Pronoun) {
			continue
		}
		cost := costPunct
		if form != rest {
			cost += costCase
		}
		s.add(el.prefix+"'"+form, cost, e)
	}
}

// splits proposes two known words glued together (biensur → bien sur,
// BretagneItinéraire → Bretagne Itinéraire) and a verb glued to its
// pronoun (voulezvous → voulez-vous; with a misspelled verb too, unless
// nested: depechetoi → dépêche-toi).
func (s *searcher) splits(d *Dictionary, query string, opts SuggestOptions) {
	for i := range query {
		if i == 0 {
			continue
		}
		left, right := query[:i], query[i:]
		if hyphenPronouns[right] {
			if _, le, ok := d.lookupAnyCase(left); ok {
				if suggestible(le) && le.Tags.Has(Verb) {
					s.add(left+"-"+right, costPunct, le)
				}
				continue
			}
			if !opts.nested && utf8.RuneCountInString(left) >= 3 {
				s.verbPronoun(d, left, right, opts.MaxCost)
			}
			continue
		}
		if !splitPart(left) || !splitPart(right) {
			continue
		}
		_, le, ok := d.lookupAnyCase(left)
		if !ok || !suggestible(le) {
			continue
		}
		_, re, ok := d.lookupAnyCase(right)
		if !ok || !suggestible(re) {
			continue
		}
		cost := costSplit + shortPart(left) + shortPart(right)
		s.add(left+" "+right, cost, re)
		if !opts.nested {
			// The right part may need an accent: bien sur → bien sûr. The
			// best three within costAccent are the best three of all that
			// cost no more: the search stops there.
			for _, alt := range d.Suggestions(right, SuggestOptions{Max: 3, MaxCost: costAccent, nested: true}) {
				if !strings.ContainsAny(alt.Word, " -'") {
					s.add(left+" "+alt.Word, cost+alt.Cost, alt.Entry)
				}
			}
		}
	}
}

// verbPronoun proposes the verb closest to left, a misspelled verb glued
// to its pronoun right (depechetoi → dépêche-toi). With maxCost set, the
// search for the verb stops at what the candidate may cost, and a verb
// not found within it is left pending (see pending).
func (s *searcher) verbPronoun(d *Dictionary, left, right string, maxCost int) {
	opts := SuggestOptions{Max: 1, nested: true}
	if maxCost > 0 {
		if opts.MaxCost = maxCost - costPunct; opts.MaxCost < 1 {
			s.pending = append(s.pending, pending{left, right})
			return
		}
	}
	best := d.Suggestions(left, opts)
	switch {
	case len(best) == 0 && maxCost > 0:
		s.pending = append(s.pending, pending{left, right})
	case len(best) == 1 && best[0].Entry.Tags.Has(Verb):
		s.add(best[0].Word+"-"+right, best[0].Cost+costPunct, best[0].Entry)
	}
}

// compoundParts fixes the misspelled parts of a hyphenated word whose other
// parts are known: ecoute-moi → écoute-moi, etais-tu → étais-tu. With
// maxCost set, the search for each part stops at what the candidate may
// still cost, and a compound whose part is not found within it is left
// pending (see pending). The best correction within a cost is the best
// of all when one exists: Suggestions sorts by cost first.
func (s *searcher) compoundParts(d *Dictionary, query string, maxCost int) {
	parts := strings.Split(query, "-")
	if len(parts) < 2 || len(parts) > 4 {
		return
	}
	cost := 0
	var last Entry
	for i, p := range parts {
		if p == "" {
			return
		}
		if _, e, ok := d.lookupAnyCase(p); ok {
			last = e
			continue
		}
		opts := SuggestOptions{Max: 1, nested: true}
		if maxCost > 0 {
			if opts.MaxCost = maxCost - cost; opts.MaxCost < 1 {
				s.pending = append(s.pending, pending{})
				return
			}
		}
		best := d.Suggestions(p, opts)
		if len(best) == 0 && maxCost > 0 {
			s.pending = append(s.pending, pending{})
			return
		}
		if len(best) == 0 || strings.ContainsAny(best[0].Word, " -") {
			return
		}
		parts[i] = best[0].Word
		cost += best[0].Cost
		last = best[0].Entry
	}
	if cost > 0 {
		s.add(strings.Join(parts, "-"), cost, last)
	}
}

// splitPart reports whether a word may be one half of a split: two letters
// at least, or one of the one-letter words a, à, y, ô.
func splitPart(w string) bool {
	if utf8.RuneCountInString(w) >= 2 {
		return true
	}
	switch w {
	case "a", "à", "y", "ô":
		return true
	}
	return false
}

// shortPart is the extra cost of a split part of one or two letters
// (biensur: "bien sûr" before "biens ur").
func shortPart(w string) int {
	if utf8.RuneCountInString(w) <= 2 {
		return 2
	}
	return 0
}

// hyphenPronouns are the pronouns joined to a verb by a hyphen.
var hyphenPronouns = map[string]bool{
	"je": true, "moi": true, "tu": true, "toi": true, "il": true, "elle": true,
	"on": true, "nous": true, "vous": true, "ils": true, "elles": true, "le": true,
	"la": true, "les": true, "lui": true, "leur": true, "y": true, "en": true, "ce": true,
	"t-il": true, "t-elle": true, "t-on": true,
}
