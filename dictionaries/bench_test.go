package dictionaries

import "testing"

// BenchmarkLoad measures what Default pays once: vellum.Load of the two
// embedded FSTs (no copy) and the decoding of the class table.
func BenchmarkLoad(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Load(frFST, supplementFST, frTags); err != nil {
			b.Fatal(err)
		}
	}
}

var lookupWords = []string{
	"le", "chat", "mangeait", "développement", "aujourd'hui", "Paris",
	"professionnelles", "évènement", "héros", "qu'", "xyzzy", "professionel",
}

func BenchmarkLookup(b *testing.B) {
	d := Default()
	b.Run("hit", func(b *testing.B) {
		b.ReportAllocs()
		i := 0
		for b.Loop() {
			d.Lookup(lookupWords[i%8])
			i++
		}
	})
	b.Run("miss", func(b *testing.B) {
		b.ReportAllocs()
		i := 0
		for b.Loop() {
			d.Lookup(lookupWords[8+i%4])
			i++
		}
	})
	b.Run("parallel", func(b *testing.B) {
		b.ReportAllocs()
		b.RunParallel(func(pb *testing.PB) {
			i := 0
			for pb.Next() {
				d.Lookup(lookupWords[i%len(lookupWords)])
				i++
			}
		})
	})
}

// BenchmarkSuggest computes the suggestions of the classic
// misspellings, one after the other (ns/op is per word), and of a few
// words alone, without the results the Dictionary remembers for the word
// itself (it does for the parts it tries alone). "rule" asks
// what spelling.dictionary asks, the corrections within about one edit,
// for misspellings and for names and jargon that have none.
func BenchmarkSuggest(b *testing.B) {
	d := Default()
	words := []string{}
	for _, c := range suggestionCases[:14] {
		words = append(words, c.word)
	}
	b.Run("classic14", func(b *testing.B) {
		b.ReportAllocs()
		i := 0
		for b.Loop() {
			d.suggestions(words[i%len(words)], SuggestOptions{Max: 5})
			i++
		}
	})
	rule := []string{"simpple", "developement", "accountsservice", "systemctl", "Postgrey", "keyboard", "glibc", "Stephenson"}
	b.Run("rule", func(b *testing.B) {
		b.ReportAllocs()
		i := 0
		for b.Loop() {
			d.suggestions(rule[i%len(rule)], SuggestOptions{Max: 5, MaxCost: 12})
			i++
		}
	})
	for _, w := range []string{"tres", "professionel", "filosofie", "biensur", "depechetoi", "anticonstitutionelement", "xqzwkj"} {
		b.Run(w, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				d.suggestions(w, SuggestOptions{Max: 5})
			}
		})
	}
	b.Run("remembered", func(b *testing.B) {
		b.ReportAllocs()
		i := 0
		for b.Loop() {
			d.Suggest(words[i%len(words)], 5)
			i++
		}
	})
}
