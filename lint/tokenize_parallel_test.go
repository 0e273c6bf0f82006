package lint

import (
	"bytes"
	"fmt"
	"io/fs"
	"maps"
	"math/rand/v2"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/coquille-fr/coquille/lint/markup"
)

// TestTokenizeParallel checks that tokenizing in runs of blocks gives
// exactly what one tokenizer gives, on the repository's test files,
// generated text and the shared corpus when present.
func TestTokenizeParallel(t *testing.T) {
	type input struct {
		name    string
		data    []byte
		formats []Format
	}
	both := []Format{PlainText, Markdown}
	var inputs []input
	err := filepath.WalkDir("../testdata", func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := os.ReadFile(path)
		if err == nil && Validate(data) == nil {
			inputs = append(inputs, input{path, data, both})
		}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	for seed := range uint64(4) {
		inputs = append(inputs, input{fmt.Sprint("generated ", seed), generatedText(seed, 2000), both})
	}
	inputs = append(inputs, input{"generated with BOM", append([]byte(bom), generatedText(9, 500)...), both})
	const corpus = "/work/cache/corpus"
	if _, err := os.Stat(corpus); err == nil {
		for _, name := range []string{"prose-1mb.txt", "informal.txt", "prose.txt"} {
			if testing.Short() && name == "prose.txt" {
				continue
			}
			data, err := os.ReadFile(filepath.Join(corpus, name))
			if err != nil {
				t.Fatal(err)
			}
			inputs = append(inputs, input{name, data, []Format{PlainText}})
		}
		posts, err := filepath.Glob(filepath.Join(corpus, "posts", "*.md"))
		if err != nil {
			t.Fatal(err)
		}
		var all [][]byte
		for _, path := range posts {
			data, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			all = append(all, data)
		}
		inputs = append(inputs, input{"posts", bytes.Join(all, []byte("\n\n---\n\n")), []Format{Markdown}})
	} else {
		t.Logf("no corpus at %s", corpus)
	}
	for _, in := range inputs {
		for _, format := range in.formats {
			src := &Source{Path: in.name, Data: in.data, Format: format}
			want := newDocument(src, 1)
			for _, parts := range []int{1, 2, 3, 7} {
				compareDocuments(t, in.name+" "+string(format), want, newDocument(src, parts))
			}
		}
	}
}

// generatedText returns about n lines of random prose with what the
// tokenizer treats apart: decomposed accents, emojis, URLs, addresses,
// mentions, hashtags, numbers, special spaces, line ends and blank lines.
func generatedText(seed uint64, n int) []byte {
	words := []string{"le", "la", "été", "e\u0301te\u0301", "cafe\u0301", "Éléphant", "l’ami", "aujourd'hui", "M.Dupont",
		"fin.Début", "3,14", "12:30", "18h30", "10\u202f000", "😀", "👍🏽", "🇫🇷", "1️⃣", "https://exemple.fr/a(b)?c=d",
		"www.exemple.fr", "coquille.fr", "nom@exemple.fr", "@coquille", "#MardiConseil", "« oui »", "!", "?", ";",
		"\u00a0:", "—", "étudiant·e·s", "`code`", "**gras**", "[lien](http://a.b)", "<!-- coquille-disable -->",
		"Ω", "ﬁn", "x\u0301", "Straße", "ÉTÉ", "naïve", "Noël", "œuvre", "a_b"}
	ends := []string{" ", " ", " ", "\n", "\n\n", "\r\n", "\n\n---\n\n", "\n\n# ", "\n- ", "\t"}
	r := rand.New(rand.NewPCG(seed, 1))
	var b strings.Builder
	for range n {
		for range 1 + r.IntN(12) {
			b.WriteString(words[r.IntN(len(words))])
			b.WriteString(ends[r.IntN(3)])
		}
		b.WriteString(ends[r.IntN(len(ends))])
	}
	return []byte(b.String())
}

// compareDocuments fails unless got holds exactly what want holds.
func compareDocuments(t *testing.T, name string, want, got *Document) {
	t.Helper()
	if !slices.Equal(got.tokens, want.tokens) || !slices.Equal(got.forms, want.forms) || !maps.Equal(got.norms, want.norms) ||
		!reflect.DeepEqual(got.comments, want.comments) || !reflect.DeepEqual(got.directives, want.directives) {
		t.Fatalf("%s: tokens, forms, norms, comments or directives differ", name)
	}
	if len(got.Blocks) != len(want.Blocks) {
		t.Fatalf("%s: %d blocks, want %d", name, len(got.Blocks), len(want.Blocks))
	}
	pos := 0 // where the tokens of the block start in got.tokens
	for bi := range want.Blocks {
		wb, gb := &want.Blocks[bi], &got.Blocks[bi]
		if gb.Start != wb.Start || gb.End != wb.End || gb.Len() != wb.Len() || gb.doc != got {
			t.Fatalf("%s: block %d: [%d,%d) of %d tokens, want [%d,%d) of %d", name, bi, gb.Start, gb.End, gb.Len(), wb.Start, wb.End, wb.Len())
		}
		if all := gb.tokens[:cap(gb.tokens)]; len(all) != gb.Len()+1 || &all[0] != &got.tokens[pos] ||
			all[gb.Len()].kind() != endOfBlock || all[gb.Len()].start != uint32(gb.End) {
			t.Fatalf("%s: block %d: not in the document's tokens, followed by its endOfBlock token", name, bi)
		}
		pos += gb.Len() + 1
		for i := range wb.Len() {
			if g, w := gb.Token(i), wb.Token(i); g != w || gb.Form(i) != wb.Form(i) || gb.Span(i) != wb.Span(i) {
				t.Fatalf("%s: block %d token %d: %+v form %d, want %+v form %d", name, bi, i, g, gb.Form(i), w, wb.Form(i))
			}
		}
	}
	if got.NumForms() != want.NumForms() {
		t.Fatalf("%s: %d forms, want %d", name, got.NumForms(), want.NumForms())
	}
	for f := range want.NumForms() {
		if got.Form(f) != want.Form(f) || got.LowerForm(f) != want.LowerForm(f) {
			t.Fatalf("%s: form %d is %q (%q), want %q (%q)", name, f, got.Form(f), got.LowerForm(f), want.Form(f), want.LowerForm(f))
		}
	}
	if pos != len(got.tokens) {
		t.Fatalf("%s: the blocks hold %d tokens of %d", name, pos, len(got.tokens))
	}
	if len(got.Posts) != len(want.Posts) {
		t.Fatalf("%s: %d posts, want %d", name, len(got.Posts), len(want.Posts))
	}
	for p := range want.Posts {
		if len(got.Posts[p]) != len(want.Posts[p]) || got.Posts[p][0].Start != want.Posts[p][0].Start {
			t.Fatalf("%s: post %d differs", name, p)
		}
	}
}

func TestCutRuns(t *testing.T) {
	var blocks []markup.Block
	for i := range 10 {
		blocks = append(blocks, markup.Block{Segments: []markup.Segment{{Start: 200 * i, End: 200*i + 1 + i%3*50}}})
	}
	for _, n := range []int{0, 1, 2, 10} {
		for _, parts := range []int{1, 2, 3, 7, 20} {
			cuts := cutRuns(blocks[:n], parts)
			ok := cuts[0] == 0 && cuts[len(cuts)-1] == n && len(cuts)-1 <= parts
			for k := 1; k < len(cuts) && n > 0; k++ {
				ok = ok && cuts[k] > cuts[k-1] // no empty run
			}
			if !ok || n == 0 && len(cuts) != 2 {
				t.Errorf("cutRuns(%d blocks, %d) = %v", n, parts, cuts)
			}
		}
	}
	if got := cutRuns(blocks, 2); !slices.Equal(got, []int{0, 5, 10}) {
		t.Errorf("cutRuns(10 blocks, 2) = %v", got)
	}
}
