package lint

import (
	"sync"
	"testing"
)

// TestTokensOf compares the index of each kind with a walk of every
// token, on a Markdown text with two blocks and most kinds of tokens.
func TestTokensOf(t *testing.T) {
	src := &Source{Path: "a.md", Format: Markdown, Data: []byte(
		"Le 12 mai, à 18h30 : 3 €, 25 % #Fête @marie https://exemple.fr 😀\n\n" +
			"Deuxième « bloc », avec `du code` et 1 000 mots !\n")}
	doc := NewDocument(src)
	for k := Word; k < endOfBlock; k++ {
		var want []TokenAt
		for bi := range doc.Blocks {
			b := &doc.Blocks[bi]
			for i := range b.Len() {
				if b.Kind(i) == k {
					want = append(want, TokenAt{int32(bi), int32(i)})
				}
			}
		}
		got := doc.TokensOf(k)
		if len(got) != len(want) {
			t.Fatalf("%v: %d tokens, want %d", k, len(got), len(want))
		}
		for n := range got {
			if got[n] != want[n] {
				t.Errorf("%v: token %d at %v, want %v", k, n, got[n], want[n])
			}
		}
	}
	if len(doc.TokensOf(Number)) < 4 || len(doc.TokensOf(Punct)) < 6 {
		t.Errorf("numbers %v, punctuation %v: too few for the test to mean anything", doc.TokensOf(Number), doc.TokensOf(Punct))
	}
}

// TestTokensOfConcurrent asks for the same index from several goroutines
// (run with -race).
func TestTokensOfConcurrent(t *testing.T) {
	doc := NewDocument(&Source{Path: "a.txt", Data: []byte("Un, deux, trois : 1, 2, 3.")})
	var wg sync.WaitGroup
	lens := make([]int, 8)
	for g := range lens {
		wg.Go(func() { lens[g] = len(doc.TokensOf(Punct)) })
	}
	wg.Wait()
	for _, n := range lens {
		if n != 6 {
			t.Fatalf("punctuation counts %v, want 6 each", lens)
		}
	}
}
