package lint

import (
	"fmt"
	"io/fs"
	"maps"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/coquille-fr/coquille/lint/markup"
	"github.com/rivo/uniseg"
)

// generalProse is prose without its fast paths.
func (t *tokenizer) generalProse(start, end int) {
	s := t.text[:end]
	for i := start; i < end; {
		i += t.token(s, start, i)
	}
}

// checkFastPaths fails unless the tokens, forms and norms of text are the
// same with the fast paths of prose as without them.
func checkFastPaths(t *testing.T, name, text string, format Format) {
	t.Helper()
	var blocks []markup.Block
	if format == Markdown {
		blocks, _ = markup.Markdown([]byte(text))
	} else {
		blocks = markup.Plain([]byte(text))
	}
	fast := newTokenizer(text, len(text))
	fast.blocks(blocks, 0, make([]int, len(blocks)))
	slow := newTokenizer(text, len(text))
	for _, b := range blocks {
		for k, seg := range b.Segments {
			if k == 0 {
				slow.end = uint32(seg.Start)
			}
			if seg.Kind == markup.Prose {
				slow.generalProse(seg.Start, seg.End)
			} else {
				slow.segment(seg.Start, seg.End, seg.Kind)
			}
		}
		slow.add(Markup, int(slow.end), b.End())
		slow.tokens = append(slow.tokens, token{start: uint32(b.End()), info: uint32(endOfBlock)})
	}
	if !slices.Equal(fast.tokens, slow.tokens) {
		for i := range min(len(fast.tokens), len(slow.tokens)) {
			if f, s := fast.tokens[i], slow.tokens[i]; f != s {
				from := max(int(s.start)-20, 0)
				t.Fatalf("%s (%s): token %d at %d is %v form %d, want %v at %d form %d, in %q", name, format, i,
					f.start, f.kind(), f.form(), s.kind(), s.start, s.form(), text[from:min(from+40, len(text))])
			}
		}
		t.Fatalf("%s (%s): %d tokens, want %d", name, format, len(fast.tokens), len(slow.tokens))
	}
	if !slices.Equal(fast.forms.forms, slow.forms.forms) || !maps.Equal(fast.norms, slow.norms) {
		t.Fatalf("%s (%s): forms or norms differ", name, format)
	}
}

// fastPathText returns n random pieces of what the fast paths of prose
// take or leave to the general path, glued without spaces.
func fastPathText(seed uint64, n int) string {
	pieces := []string{"www", "WWW", "http", "https", "ftp", "mailto", "coquille", "ignore", "a", "B", "x", "fr", "com", "1", "23",
		".", ".", "..", "@", "-", "_", "%", "+", ":", "//", "/", "#", " ", " ", "\n", "\r\n", "\t", "\v", "\x01", "\x7f",
		"é", "É", "ÿ", "ɏ", "ɐ", "×", "÷", "’", "'", ",", ";", "(", ")", "!", "?", "\u202f", "\u00a0", "\u00ad", "\u2009",
		"e\u0301", "\u0301", "😀", "👍🏽", "❤️", "\u200d", "\ufe0f", "\u20e3", "«", "»", "–", "—", "‘", "“", "”", "…", "‣", "·",
		"ß", "ſ", "\u212a", "中", "ع", "`", "*", "[", "]", "<", ">", "\"", "=", "&", "$", "€", "~"}
	r := rand.New(rand.NewPCG(seed, 3))
	var b strings.Builder
	for range n {
		b.WriteString(pieces[r.IntN(len(pieces))])
	}
	return b.String()
}

// TestProseFastPaths checks the fast paths of prose against its general
// path on the repository's test files, generated text and the shared
// corpus when present.
func TestProseFastPaths(t *testing.T) {
	for seed := range uint64(20) {
		text := fastPathText(seed, 20000)
		checkFastPaths(t, fmt.Sprint("pieces ", seed), text, PlainText)
		checkFastPaths(t, fmt.Sprint("pieces ", seed), text, Markdown)
	}
	for seed := range uint64(4) {
		checkFastPaths(t, fmt.Sprint("generated ", seed), string(generatedText(seed, 2000)), PlainText)
	}
	var paths []string
	err := filepath.WalkDir("../testdata", func(path string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			paths = append(paths, path)
		}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{"prose-1mb.txt", "informal.txt"} {
		path := filepath.Join("/work/cache/corpus", name)
		if _, err := os.Stat(path); err == nil && !testing.Short() {
			paths = append(paths, path)
		}
	}
	for _, path := range paths {
		data, err := os.ReadFile(path)
		if err != nil || Validate(data) != nil {
			continue
		}
		checkFastPaths(t, path, string(data), PlainText)
		checkFastPaths(t, path, string(data), Markdown)
	}
	t.Logf("%d files", len(paths))
}

// FuzzProseFastPaths checks the fast paths of prose against its general
// path on any valid text.
func FuzzProseFastPaths(f *testing.F) {
	for seed := range uint64(4) {
		f.Add(fastPathText(seed, 30), seed%2 == 0)
	}
	f.Fuzz(func(t *testing.T, text string, markdown bool) {
		if Validate([]byte(text)) != nil {
			return
		}
		format := PlainText
		if markdown {
			format = Markdown
		}
		checkFastPaths(t, "fuzz", text, format)
	})
}

// TestBreaksBefore checks against uniseg that the signs and marks of the
// fast paths make a word segment on their own before what breaksBefore
// accepts, and the tokens prose would give them.
func TestBreaksBefore(t *testing.T) {
	var marks []string
	for c := range utf8.RuneSelf {
		if class := byteClass[c]; class == signByte || class == addressSignByte {
			marks = append(marks, string(rune(c)))
		}
	}
	for r := range rune(0x10000) {
		if s := string(r); markLen(s) > 0 {
			marks = append(marks, s)
		}
	}
	if len(marks) < 30 || !slices.Contains(marks, "«") || !slices.Contains(marks, "…") {
		t.Fatalf("marks %q", marks)
	}
	var after []string
	for r := range rune(0x300) {
		if s := string(r); breaksBefore(s) {
			after = append(after, s)
		}
	}
	t.Logf("%d marks, %d characters after", len(marks), len(after))
	if breaksBefore("\u00ad") || breaksBefore("\u0301") || breaksBefore("\ufe0f") || breaksBefore("\u200d") || !breaksBefore("") {
		t.Fatal("breaksBefore accepts a character that extends another")
	}
	for _, m := range marks {
		kind := Punct
		if len(m) == 1 {
			kind = asciiSignKind[m[0]]
		}
		d := newTokenizer(m, len(m))
		if d.word(0, len(m)); d.tokens[0].kind() != kind {
			t.Errorf("%q is %v, want %v", m, d.tokens[0].kind(), kind)
		}
		for _, a := range after {
			if w, _, _ := uniseg.FirstWordInString(m+a, -1); w != m {
				t.Errorf("uniseg gives %q for %q", w, m+a)
			}
		}
	}
}

// TestFormTable checks that intern numbers strings as a map would, for
// strings that share their length and first and last bytes.
func TestFormTable(t *testing.T) {
	var ft formTable
	ft.slots = make([]formSlot, formSlots(0))
	want := map[string]uint32{}
	check := func(s string) {
		f, ok := want[s]
		if !ok {
			f = uint32(len(want))
			want[s] = f
		}
		if got := ft.intern(s); got != f {
			t.Fatalf("intern(%q) = %d, want %d", s, got, f)
		}
	}
	r := rand.New(rand.NewPCG(1, 2))
	for i := range 100 {
		check(strings.Repeat("x", i%20) + fmt.Sprint(i) + strings.Repeat("y", i%20))
	}
	for i := range 200000 {
		n := r.IntN(40)
		if i%2 == 0 {
			n = r.IntN(18)
		}
		b := make([]byte, n)
		for k := range b {
			b[k] = "ab\x00é"[r.IntN(4)]
		}
		check(string(b))
	}
	if len(ft.forms) != len(want) || 2*len(ft.forms) > len(ft.slots) {
		t.Fatalf("%d forms in %d slots, want %d", len(ft.forms), len(ft.slots), len(want))
	}
}
