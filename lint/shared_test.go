package lint

import (
	"sync"
	"sync/atomic"
	"testing"
)

// TestShared checks that a value is computed once per key, even when
// many goroutines ask for it at once, and that keys stay apart.
func TestShared(t *testing.T) {
	doc := NewDocument(&Source{Path: "a.txt", Data: []byte("Un texte.")})
	type key struct{ name string }
	var calls atomic.Int32
	var wg sync.WaitGroup
	got := make([]any, 16)
	for g := range got {
		wg.Go(func() {
			got[g] = doc.Shared(key{"a"}, func() any { calls.Add(1); return []int{1, 2} })
		})
	}
	wg.Wait()
	if calls.Load() != 1 {
		t.Errorf("computed %d times, want once", calls.Load())
	}
	for _, v := range got {
		if s := v.([]int); len(s) != 2 || &s[0] != &got[0].([]int)[0] {
			t.Fatalf("goroutines got different values: %v", got)
		}
	}
	if v := doc.Shared(key{"b"}, func() any { return "b" }); v != "b" {
		t.Errorf("key b gave %v", v)
	}
	if other := NewDocument(&Source{Path: "b.txt", Data: []byte("Autre.")}); other.Shared(key{"a"}, func() any { return "other" }) != "other" {
		t.Error("a value leaked from one document to another")
	}
}
