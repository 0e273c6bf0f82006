package dictionaries

import (
	"bytes"
	"testing"
	"unicode/utf8"

	"github.com/blevesearch/vellum"
)

// TestFSTReader walks every key of the embedded FSTs with fstReader and
// compares them, with their values, to what vellum's iterator reads. The
// keys must be valid UTF-8: the suggester's automaton relies on it.
func TestFSTReader(t *testing.T) {
	for name, data := range map[string][]byte{"fr.fst": frFST, "supplement.fst": supplementFST} {
		f, err := vellum.Load(data)
		if err != nil {
			t.Fatal(err)
		}
		r, err := newFSTReader(data)
		if err != nil {
			t.Fatal(err)
		}
		it, err := f.Iterator(nil, nil)
		n := 0
		walkAll(&r, r.root, nil, 0, func(key []byte, v uint64) {
			if err != nil {
				t.Fatalf("%s: key %d (%q) after vellum's last: %v", name, n, key, err)
			}
			if !utf8.Valid(key) {
				t.Fatalf("%s: key %d (%q) is not valid UTF-8", name, n, key)
			}
			k, val := it.Current()
			if !bytes.Equal(k, key) || val != v {
				t.Fatalf("%s: key %d: %q=%d, vellum %q=%d", name, n, key, v, k, val)
			}
			err = it.Next()
			n++
		})
		if err == nil {
			t.Fatalf("%s: vellum has more than %d keys", name, n)
		}
		if n != f.Len() {
			t.Fatalf("%s: %d keys, vellum says %d", name, n, f.Len())
		}
	}
}

// walkAll calls visit with every key under the state at addr, in order.
func walkAll(r *fstReader, addr int, key []byte, out uint64, visit func([]byte, uint64)) {
	s := r.state(addr)
	if s.final {
		visit(key, out+s.finalOut)
	}
	for i := range s.n {
		dest, o := r.target(&s, i)
		walkAll(r, dest, append(key, r.key(&s, i)), out+o, visit)
	}
}
