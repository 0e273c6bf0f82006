package dictionaries

import (
	"slices"
	"strings"
	"testing"
)

// suggestionCases are classic French misspellings and the word that must
// come first (first: true) or at least second.
var suggestionCases = []struct {
	word, want string
	first      bool
}{
	// The list: all first.
	{"dévellopement", "développement", true},
	{"rapeller", "rappeler", true},
	{"professionel", "professionnel", true},
	{"addresse", "adresse", true},
	{"tres", "très", true},
	{"ca", "ça", true},
	{"batiment", "bâtiment", true},
	{"apparament", "apparemment", true},
	{"notament", "notamment", true},
	{"fonctionement", "fonctionnement", true},
	{"dilemne", "dilemme", true},
	{"filosofie", "philosophie", true},
	{"acceuil", "accueil", true},
	{"language", "langage", true},
	// More classic slips.
	{"appeller", "appeler", true},
	{"parmis", "parmi", true},
	{"malgrés", "malgré", true},
	{"connection", "connexion", true},
	{"aujourdhui", "aujourd'hui", true},
	{"biensur", "bien sûr", false},
	{"deja", "déjà", true},
	{"etait", "était", true},
	{"problemes", "problèmes", true},
	{"cliqez", "cliquez", true},
	{"ortografe", "orthographe", true},
	{"lhomme", "l'homme", true},
	{"jai", "j'ai", true},
	{"voulezvous", "voulez-vous", true},
	{"depechetoi", "dépêche-toi", true},
	{"ecoute-moi", "écoute-moi", true},
	{"anticonstitutionelement", "anticonstitutionnellement", true},
	{"bonjoru", "bonjour", true},
	{"recevoire", "recevoir", true},
	{"sincerement", "sincèrement", true},
	// Case is restored.
	{"Tres", "Très", true},
	{"TRES", "TRÈS", true},
	{"Batiment", "Bâtiment", true},
	{"montréal", "Montréal", true},
}

func TestSuggestQuality(t *testing.T) {
	d := Default()
	for _, c := range suggestionCases {
		got := d.Suggest(c.word, 5)
		i := slices.Index(got, c.want)
		switch {
		case i < 0:
			t.Errorf("Suggest(%q) = %v, want %q", c.word, got, c.want)
		case c.first && i != 0, i > 1:
			t.Errorf("Suggest(%q) = %v, want %q %s", c.word, got, c.want, map[bool]string{true: "first", false: "first or second"}[c.first])
		}
		if len(got) > 5 {
			t.Errorf("Suggest(%q) gave %d suggestions", c.word, len(got))
		}
	}
}

func TestSuggestEdgeCases(t *testing.T) {
	d := Default()
	for _, w := range []string{"", "\xff\xfe", strings.Repeat("a", 31), "-", "'", "1234"} {
		if got := d.Suggest(w, 5); len(got) != 0 {
			t.Errorf("Suggest(%q) = %v, want nothing", w, got)
		}
	}
	if got := d.Suggest("aujourd’hui", 5); slices.Contains(got, "aujourd’hui") || slices.Contains(got, "aujourd'hui") {
		t.Errorf("a known word (with a typographic apostrophe) is not its own suggestion: %v", got)
	}
	if got := d.Suggest("tres", 1); len(got) != 1 || got[0] != "très" {
		t.Errorf("Suggest(tres, 1) = %v", got)
	}
	if got := d.Suggest("tres", 0); len(got) != 5 {
		t.Errorf("Suggest(tres, 0) = %v, want 5 suggestions", got)
	}
	// Roman numerals and other NoSuggest forms are never proposed.
	for _, s := range d.Suggestions("VIIII", SuggestOptions{}) {
		if s.Entry.Tags.Has(NoSuggest) {
			t.Errorf("NoSuggest form proposed: %v", s)
		}
	}
}

func TestSuggestOptions(t *testing.T) {
	d := Default()
	// A profile preferring the 1990 reform drops the classic-only spellings.
	reformOnly := func(_ string, e Entry) bool { return e.Tags.Variant() != VariantClassic }
	got := d.Suggestions("evenement", SuggestOptions{Max: 3, Accept: reformOnly})
	if len(got) == 0 || got[0].Word != "évènement" {
		t.Errorf("reform preference: %v", got)
	}
	for _, s := range got {
		if s.Entry.Tags.Variant() == VariantClassic {
			t.Errorf("classic spelling %q proposed", s.Word)
		}
	}
	// Regional words only under their region.
	if got := d.Suggest("égoportrai", 5); slices.Contains(got, "égoportrait") {
		t.Errorf("regional word proposed without its region: %v", got)
	}
	ca := d.Suggestions("égoportrai", SuggestOptions{Regions: RegionOf("fr-CA")})
	if len(ca) == 0 || ca[0].Word != "égoportrait" {
		t.Errorf("fr-CA: %v", ca)
	}
	// Costs are ordered.
	all := d.Suggestions("tres", SuggestOptions{})
	for i := 1; i < len(all); i++ {
		if all[i].Cost < all[i-1].Cost {
			t.Errorf("suggestions not ranked: %v", all)
		}
	}
}

// TestEditCosts checks the French-aware costs on single pairs.
func TestEditCosts(t *testing.T) {
	cases := []struct {
		typo, word string
		max        int
	}{
		{"tres", "très", costAccent},
		{"paris", "Paris", costCase},
		{"professionel", "professionnel", costDouble},
		{"addresse", "adresse", costDouble},
		{"filosofie", "philosophie", 2 * 4},
		{"acceuil", "accueil", costTranspose},
		{"connection", "connexion", costSound},
		{"ortographe", "orthographe", costMuteH},
		{"malgrés", "malgré", costMuteFinal},
		{"aujourdhui", "aujourd'hui", costPunct},
		{"coeur", "cœur", costLigature},
		{"bato", "bateau", 4},
		{"mangé", "manger", 4},
	}
	var a editAutomaton
	for _, c := range cases {
		a.reset([]rune(c.typo), 2*costEdit)
		if got := costOf(&a, []byte(c.word)); got > c.max {
			t.Errorf("cost(%s → %s) = %d, want ≤ %d", c.typo, c.word, got, c.max)
		}
	}
	a.reset([]rune("maison"), 2*costEdit)
	if got := costOf(&a, []byte("maison")); got != 0 {
		t.Errorf("cost of the word itself = %d", got)
	}
	if got := costOf(&a, []byte("voiture")); got <= 2*costEdit {
		t.Errorf("cost(maison → voiture) = %d, want above the bound", got)
	}
}

// TestCheapestInsert checks that no letter is added for less than
// cheapestInsert, which the automaton's viable letters rely on.
func TestCheapestInsert(t *testing.T) {
	for r := rune(0); r < 0x180; r++ {
		for k, c := range muteCosts(r) {
			if c < cheapestInsert {
				t.Errorf("muteCosts(%q)[%d] = %d, below cheapestInsert", r, k, c)
			}
		}
	}
}

// costOf returns the cost of a whole key, maxCost when it is not within
// the automaton's bound.
func costOf(a *editAutomaton, key []byte) int {
	s := a.Start()
	for _, b := range key {
		if s = a.Accept(s, b); !a.CanMatch(s) {
			return maxCost
		}
	}
	if s < 0 {
		return maxCost
	}
	return a.cost(s)
}

func FuzzSuggest(f *testing.F) {
	for _, c := range suggestionCases {
		f.Add(c.word)
	}
	f.Add("\xc3")
	f.Add("é\u0301")
	d := Default()
	f.Fuzz(func(t *testing.T, w string) {
		got := d.Suggest(w, 5)
		if len(got) > 5 {
			t.Fatalf("%d suggestions", len(got))
		}
	})
}

func TestConcurrentSuggest(t *testing.T) {
	d := Default()
	done := make(chan []string)
	for g := 0; g < 4; g++ {
		go func() {
			var last []string
			for i := 0; i < 20; i++ {
				last = d.Suggest(suggestionCases[i%len(suggestionCases)].word, 5)
			}
			done <- last
		}()
	}
	for g := 0; g < 4; g++ {
		<-done
	}
}
