package dictionaries

import (
	"strings"
	"testing"
)

func TestDefaultLoads(t *testing.T) {
	d := Default()
	if d != Default() {
		t.Fatal("Default must return the same dictionary")
	}
	if n := d.Len(); n < 470000 || n > 480000 {
		t.Errorf("Len = %d, want about 473,000 forms", n)
	}
	if !strings.Contains(Sources(), "hunspell-fr-comprehensive_1:7.0-1_all.deb") {
		t.Error("SOURCES does not name the Debian package")
	}
	if !strings.Contains(Sources(), SourceSummary) {
		t.Error("SOURCES and SourceSummary disagree: regenerate the data")
	}
}

func TestLoadRejectsCorruptData(t *testing.T) {
	if _, err := Load([]byte("not an fst"), nil, frTags); err == nil {
		t.Error("Load accepted a corrupt FST")
	}
	for _, tags := range [][]byte{nil, []byte("CQTG"), frTags[:len(frTags)-3], append([]byte("XXXX"), frTags[4:]...)} {
		if _, err := Load(frFST, nil, tags); err == nil {
			t.Errorf("Load accepted a corrupt class table of %d bytes", len(tags))
		}
	}
}

// lookupCase is one expectation on Lookup.
type lookupCase struct {
	word  string
	found bool
	has   Tags // bits of the union that must be set
	not   Tags // bits of the union that must not be set
}

func TestLookup(t *testing.T) {
	d := Default()
	cases := []lookupCase{
		// Verb forms.
		{word: "manger", found: true, has: Verb | Infinitive},
		{word: "mangeons", found: true, has: Verb | IndicativePresent | FirstPlural},
		{word: "mangeait", found: true, has: Verb | IndicativeImperfect | ThirdSingular},
		{word: "mangeront", found: true, has: Verb | IndicativeFuture | ThirdPlural},
		{word: "mangerais", found: true, has: Verb | Conditional | FirstSingular | SecondSingular},
		{word: "mangeant", found: true, has: Verb | PresentParticiple},
		{word: "mangées", found: true, has: Verb | PastParticiple | Feminine | Plural},
		{word: "fût", found: true, has: Verb | SubjunctiveImperfect},
		{word: "finissions", found: true, has: Verb | IndicativeImperfect | SubjunctivePresent | FirstPlural},
		{word: "prends", found: true, has: Verb | Imperative | SecondSingular},
		{word: "été", found: true, has: Noun | Verb | PastParticiple},
		// Nouns and adjectives: number and gender.
		{word: "chevaux", found: true, has: Noun | Masculine | Plural, not: Singular},
		{word: "cheval", found: true, has: Noun | Masculine | Singular, not: Plural},
		{word: "table", found: true, has: Noun | Feminine | Singular},
		{word: "bois", found: true, has: Noun | Singular | Plural},
		{word: "grande", found: true, has: Adjective | Feminine | Singular},
		{word: "grands", found: true, has: Adjective | Masculine | Plural},
		{word: "élève", found: true, has: Noun | Masculine | Feminine},
		{word: "actrice", found: true, has: Noun | Feminine},
		// Grammatical words.
		{word: "le", found: true, has: Determiner | Pronoun},
		{word: "dans", found: true, has: Preposition},
		{word: "mais", found: true, has: Conjunction},
		{word: "hélas", found: true, has: Interjection},
		{word: "onze", found: true, has: Numeral},
		{word: "rapidement", found: true, has: Adverb},
		// Proper nouns and case.
		{word: "Paris", found: true, has: ProperNoun},
		{word: "paris", found: true, has: Noun | Plural | HasCapitalized, not: ProperNoun},
		{word: "Montréal", found: true, has: ProperNoun},
		{word: "montréal", found: false},
		{word: "SNCF", found: true},
		{word: "Bonjour", found: false}, // the caller lowers a capitalised word
		// Apostrophes inside words; elided forms are not entries.
		{word: "aujourd'hui", found: true, has: Adverb},
		{word: "aujourd’hui", found: false}, // the caller normalises the apostrophe
		{word: "l'homme", found: false},
		{word: "quelqu'un", found: true, has: Pronoun},
		{word: "peut-être", found: true, has: Adverb},
		// Misspellings.
		{word: "professionel", found: false},
		{word: "ca", found: false},
		{word: "", found: false},
	}
	for _, c := range cases {
		e, ok := d.Lookup(c.word)
		if ok != c.found {
			t.Errorf("Lookup(%q) found = %v, want %v", c.word, ok, c.found)
			continue
		}
		if !e.Tags.Has(c.has) || e.Tags.Any(c.not) {
			t.Errorf("Lookup(%q) = %v, want %v and not %v", c.word, e.Tags, c.has, c.not)
		}
		if ok != d.Contains(c.word) {
			t.Errorf("Contains(%q) disagrees with Lookup", c.word)
		}
	}
}

func TestReadings(t *testing.T) {
	d := Default()
	e, _ := d.Lookup("est")
	if len(e.Readings()) < 2 || !e.HasReading(Verb|ThirdSingular) || !e.HasReading(Noun|Masculine) {
		t.Errorf("est: readings %v, want a verb (3sg) and a noun", e.Readings())
	}
	if e.HasReading(Verb | Masculine) {
		t.Error("est: no single reading is a masculine verb form")
	}
	for _, r := range e.Readings() {
		if r&FormMask != 0 {
			t.Errorf("est: reading %v carries form-level bits", r)
		}
	}
	// "mange": a verb form, never a past participle; "mangé" is one.
	if e, _ := d.Lookup("mange"); e.HasReading(PastParticiple) {
		t.Error("mange is not a past participle")
	}
	if e, _ := d.Lookup("mangé"); !e.HasReading(Verb | PastParticiple | Masculine | Singular) {
		t.Errorf("mangé: %v", e.Readings())
	}
	if e, _ := d.Lookup("manger"); !e.HasReading(Infinitive) {
		t.Errorf("manger: %v", e.Readings())
	}
}

func TestElision(t *testing.T) {
	d := Default()
	cases := map[string]Elision{
		// h aspiré and other words that refuse elision.
		"héros": ElisionRefuses, "hache": ElisionRefuses, "haricot": ElisionRefuses,
		"hasard": ElisionRefuses, "hibou": ElisionRefuses, "onze": ElisionRefuses,
		"onzième": ElisionRefuses, "oui": ElisionRefuses, "yacht": ElisionRefuses,
		"yaourt": ElisionRefuses, "hashtag": ElisionRefuses, "hockey": ElisionRefuses,
		// h muet: elision required.
		"héroïne": ElisionElides, "homme": ElisionElides, "habit": ElisionElides,
		"hôpital": ElisionElides, "histoire": ElisionElides, "héroïque": ElisionElides,
		// Readings that disagree.
		"housse": ElisionMixed,
		// No mark: vowel-initial words elide by default, the rule decides.
		"arbre": ElisionUnknown, "table": ElisionUnknown,
	}
	for w, want := range cases {
		e, ok := d.Lookup(w)
		if !ok {
			t.Errorf("%s: not found", w)
			continue
		}
		if got := e.Tags.Elision(); got != want {
			t.Errorf("%s: elision %d, want %d (%v)", w, got, want, e.Tags)
		}
	}
}

func TestVariants(t *testing.T) {
	d := Default()
	cases := map[string]Variant{
		"événement": VariantClassic, "nénuphar": VariantClassic, "maître": VariantClassic,
		"connaître": VariantClassic, "évènement": VariantCommon, "nénufar": VariantCommon,
		"maitre": VariantReform, "connaitre": VariantReform, "ognon": VariantCommon, "paraitre": VariantReform, "paraître": VariantClassic,
		"oignon": VariantClassic, "table": VariantCommon,
	}
	for w, want := range cases {
		e, ok := d.Lookup(w)
		if !ok {
			t.Errorf("%s: not found (both spellings must be accepted)", w)
			continue
		}
		if got := e.Tags.Variant(); got != want {
			t.Errorf("%s: variant %d, want %d (%v)", w, got, want, e.Tags)
		}
	}
}

func TestRegionalSupplement(t *testing.T) {
	d := Default()
	e, ok := d.Lookup("égoportraits")
	if !ok || !e.Tags.Has(Supplement|Canada) || !e.HasReading(Noun|Plural) {
		t.Fatalf("égoportraits: %v %v", ok, e.Tags)
	}
	if e.Tags.AcceptedIn(0) || e.Tags.AcceptedIn(RegionOf("fr-BE")) || !e.Tags.AcceptedIn(RegionOf("fr-CA")) {
		t.Errorf("égoportraits must be accepted under fr-CA only: %v", e.Tags)
	}
	if e, ok := d.Lookup("panosser"); !ok || !e.Tags.AcceptedIn(Switzerland) || !e.HasReading(Infinitive) {
		t.Errorf("panosser: %v %v", ok, e.Tags)
	}
	// Regional words that Dicollecte has are accepted everywhere.
	for _, w := range []string{"courriel", "septante", "nonante", "dépanneur", "kot", "natel"} {
		if e, ok := d.Lookup(w); !ok || !e.Tags.AcceptedIn(0) {
			t.Errorf("%s: %v %v", w, ok, e.Tags)
		}
	}
	if RegionOf("fr-FR") != 0 || RegionOf("fr_CH") != Switzerland {
		t.Error("RegionOf")
	}
}

func TestNoSuggestFlag(t *testing.T) {
	d := Default()
	for _, w := range []string{"VIII", "jusqu"} {
		if e, ok := d.Lookup(w); !ok || !e.Tags.Has(NoSuggest) {
			t.Errorf("%s: %v %v, want a NoSuggest entry", w, ok, e.Tags)
		}
	}
}

func TestTagsString(t *testing.T) {
	all := ReadingMask | FormMask
	got, ok := ParseTags(all.String())
	if !ok || got != all {
		t.Errorf("ParseTags(String()) = %v, %v", got, ok)
	}
	if len(tagNames) != 43 || all != 1<<43-1 {
		t.Errorf("tag names and bits disagree: %d names, mask %x", len(tagNames), uint64(all))
	}
	if _, ok := ParseTags("noun bogus"); ok {
		t.Error("ParseTags accepted an unknown name")
	}
	if s := (Noun | Feminine | Singular).String(); s != "noun f sg" {
		t.Errorf("String = %q", s)
	}
	if (Masculine|Feminine).Gender() != GenderEpicene || Plural.Number() != NumberPlural || Tags(0).Number() != NumberUnknown {
		t.Error("Gender / Number")
	}
}

func TestConcurrentLookup(t *testing.T) {
	d := Default()
	done := make(chan bool)
	for g := 0; g < 4; g++ {
		go func() {
			for i := 0; i < 2000; i++ {
				if !d.Contains("maison") || d.Contains("maisonn") {
					t.Error("concurrent lookup failed")
					break
				}
			}
			done <- true
		}()
	}
	for g := 0; g < 4; g++ {
		<-done
	}
}
