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

// BenchmarkSuggest runs Suggest on the classic misspellings, one
// after the other (ns/op is per word).
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
			d.Suggest(words[i%len(words)], 5)
			i++
		}
	})
	for _, w := range []string{"tres", "professionel", "filosofie", "biensur", "depechetoi", "anticonstitutionelement", "xqzwkj"} {
		b.Run(w, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				d.Suggest(w, 5)
			}
		})
	}
}
