package lint

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/rivo/uniseg"
	"golang.org/x/text/unicode/norm"
)

// tokens renders the tokens of a plain-text document as "kind:text" items.
func tokens(text string) string {
	doc := NewDocument(&Source{Data: []byte(text)})
	var parts []string
	for _, t := range doc.All() {
		if t.Kind == Space {
			continue
		}
		parts = append(parts, t.Kind.String()+":"+t.Text)
	}
	return strings.Join(parts, " ")
}

func TestTokenizer(t *testing.T) {
	cases := []struct{ in, want string }{
		{"Bonjour à tous !", "word:Bonjour word:à word:tous punct:!"},
		{"L'ami d’Hugo", "word:L'ami word:d’Hugo"},
		{"aujourd'hui", "word:aujourd'hui"},
		{"peut-être", "word:peut punct:- word:être"},
		{"Voir https://exemple.fr/a(b).", "word:Voir url:https://exemple.fr/a(b) punct:."},
		{"(voir www.exemple.fr)", "punct:( word:voir url:www.exemple.fr punct:)"},
		{"sur coquille.fr, ici", "word:sur url:coquille.fr punct:, word:ici"},
		{"jean.dupont@exemple.com.", "email:jean.dupont@exemple.com punct:."},
		{"merci @coquille et @nom@mastodon.social !", "word:merci mention:@coquille word:et mention:@nom@mastodon.social punct:!"},
		{"#MardiConseil #Été2026 #1", "hashtag:#MardiConseil hashtag:#Été2026 punct:# number:1"},
		{"😀👍🏽 🇫🇷 1️⃣ 👨‍👩‍👧", "emoji:😀 emoji:👍🏽 emoji:🇫🇷 emoji:1️⃣ emoji:👨‍👩‍👧"},
		{"3,14 et 12:30", "number:3,14 word:et number:12 punct:: number:30"},
		{"fin.Début M.Dupont v1.2", "word:fin punct:. word:Début word:M punct:. word:Dupont word:v1.2"},
		{"Attention:voici", "word:Attention punct:: word:voici"},
		{"2ème 1ère 18h30", "number:2ème number:1ère number:18h30"},
		{"50% 20€", "number:50 punct:% number:20 symbol:€"},
		{"10\u202f000 et 10\u00a0000", "number:10 number:000 word:et number:10 number:000"},
		{"« oui »", "punct:« word:oui punct:»"},
		{"étudiant·e·s", "word:étudiant·e·s"},
		{"Bonjour\u202f!", "word:Bonjour punct:!"},
		{"a...", "word:a punct:. punct:. punct:."},
	}
	for _, c := range cases {
		if got := tokens(c.in); got != c.want {
			t.Errorf("%q:\n got %s\nwant %s", c.in, got, c.want)
		}
	}
}

func TestTokenizerNFD(t *testing.T) {
	nfd := "e\u0301te\u0301 !" // "été" decomposed
	doc := NewDocument(&Source{Data: []byte(nfd)})
	b := &doc.Blocks[0]
	w := b.Token(0)
	if w.Kind != Word || w.Text != "été" || w.Start != 0 || w.End != len("e\u0301te\u0301") {
		t.Fatalf("NFD word: %+v", w)
	}
	if p := b.Token(2); p.Text != "!" || nfd[p.Start:p.End] != "!" {
		t.Fatalf("offset after NFD word: %+v", p)
	}
}

func TestTokenizerSpaces(t *testing.T) {
	doc := NewDocument(&Source{Data: []byte("Oui\u00a0: non\u202f; peut-être\r\nsuite")})
	var spaces []string
	for _, tok := range doc.All() {
		if tok.Kind == Space {
			spaces = append(spaces, SpacingOf(tok.Text).String())
		}
	}
	if got := strings.Join(spaces, " "); got != "nbsp space nnbsp space space" {
		t.Fatalf("spacings: %s", got)
	}
	if !doc.Blocks[0].Token(doc.Blocks[0].Len() - 2).IsLineBreak() {
		t.Fatal("CRLF should be a line break")
	}
}

func TestBlocks(t *testing.T) {
	text := "\uFEFFPremier paragraphe\nsur deux lignes.\n\n  \nSecond."
	doc := NewDocument(&Source{Data: []byte(text)})
	if len(doc.Blocks) != 2 {
		t.Fatalf("got %d blocks", len(doc.Blocks))
	}
	b := doc.Blocks[0]
	if b.Start != 3 || text[b.Start:b.End] != "Premier paragraphe\nsur deux lignes." {
		t.Fatalf("first block %q", text[b.Start:b.End])
	}
	if got := doc.Blocks[1].Text(0); got != "Second" {
		t.Fatalf("second block starts with %q", got)
	}
}

func TestPosition(t *testing.T) {
	text := "é😀 a\r\nb\rc\n"
	doc := NewDocument(&Source{Data: []byte(text)})
	cases := []struct {
		offset int
		want   Position
	}{
		{0, Position{1, 1}},
		{len("é😀 "), Position{1, 4}},
		{strings.Index(text, "b"), Position{2, 1}},
		{strings.Index(text, "c"), Position{3, 1}},
		{len(text), Position{4, 1}},
	}
	for _, c := range cases {
		if got := doc.Position(c.offset); got != c.want {
			t.Errorf("Position(%d) = %v, want %v", c.offset, got, c.want)
		}
	}
	if line, start := doc.Line(1); line != "é😀 a" || start != 0 {
		t.Errorf("Line(1) = %q, %d", line, start)
	}
}

func TestValidate(t *testing.T) {
	for _, c := range []struct {
		data string
		ok   bool
	}{
		{"", true},
		{"\uFEFFbonjour", true},
		{"\xff\xfeb\x00", false},
		{"a\x00b", false},
		{"caf\xe9", false},
	} {
		if err := Validate([]byte(c.data)); (err == nil) != c.ok {
			t.Errorf("Validate(%q) = %v", c.data, err)
		}
	}
}

// FuzzDocument checks that any valid text tokenizes without panic, with
// tokens inside their blocks, in order, not overlapping, and not cutting
// a character, and the same in runs of blocks as in one.
func FuzzDocument(f *testing.F) {
	for _, s := range []string{"Bonjour à tous !", "« oui » : non ; https://x.fr/a?b=c !", "# Titre\n\n*gras* `code` [lien](http://a.b)\n",
		"e\u0301te\u0301\r\n10\u202f000 😀 #Tag @nom a@b.fr", "\uFEFF---\ntitle: x\n---\ntexte",
		"Un été.\n\ne\u0301te\u0301 un\n\n---\n\nUn e\u0301te\u0301 été"} {
		f.Add(s, false)
		f.Add(s, true)
	}
	f.Fuzz(func(t *testing.T, text string, markdown bool) {
		if !utf8.ValidString(text) || strings.IndexByte(text, 0) >= 0 {
			return
		}
		format := PlainText
		if markdown {
			format = Markdown
		}
		src := &Source{Data: []byte(text), Format: format}
		doc := newDocument(src, 1)
		compareDocuments(t, "runs", doc, newDocument(src, 3))
		last := 0
		for _, b := range doc.Blocks {
			if b.Start < last || b.End > len(text) || b.Start > b.End {
				t.Fatalf("block [%d,%d) out of order or bounds", b.Start, b.End)
			}
			for _, tok := range b.All() {
				if tok.Start < last || tok.End <= tok.Start || tok.Start < b.Start || tok.End > b.End {
					t.Fatalf("token %+v out of order or outside its block [%d,%d)", tok, b.Start, b.End)
				}
				if !utf8.RuneStart(text[tok.Start]) || tok.End < len(text) && !utf8.RuneStart(text[tok.End]) || !utf8.ValidString(tok.Text) {
					t.Fatalf("token %+v cuts a character or is not UTF-8", tok)
				}
				last = tok.End
			}
			last = b.End
		}
		for _, p := range []int{0, len(text) / 2, len(text)} {
			doc.Position(p)
		}
	})
}

// FuzzSimpleWordLen checks the fast path against uniseg's word boundaries.
func FuzzSimpleWordLen(f *testing.F) {
	for _, s := range []string{"l’ami est là", "3,14;5", "fin.Début", "aujourd'hui.", "été\u0301", "a_b", "#️⃣", "mot\u00a0!", "x:y:", "12:30"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if s == "" || !utf8.ValidString(s) {
			return
		}
		n := simpleWordLen(s)
		if n == 0 {
			return
		}
		word, _, _ := uniseg.FirstWordInString(s, -1)
		if n != len(word) {
			t.Fatalf("simpleWordLen(%q) = %d, uniseg says %q", s, n, word)
		}
	})
}

// FuzzIsSurelyNFC checks the quick test against the norm package.
func FuzzIsSurelyNFC(f *testing.F) {
	for _, s := range []string{"été", "l’ami", "e\u0301", "\u2000", "Ω", "œuvre"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if utf8.ValidString(s) && isSurelyNFC(s) && !norm.NFC.IsNormalString(s) {
			t.Fatalf("%q is not NFC", s)
		}
	})
}

func TestIsSurelyNFCRanges(t *testing.T) {
	for r := rune(0); r < 0x2040; r++ {
		if r == 0x300 {
			r = 0x2010
		}
		s := "a" + string(r) + "e"
		if isSurelyNFC(s) && !norm.NFC.IsNormalString(s) {
			t.Errorf("U+%04X is not stable under NFC", r)
		}
	}
}

func TestPositionAfterBOM(t *testing.T) {
	doc := NewDocument(&Source{Data: []byte("\uFEFFOui !")})
	if got := doc.Position(len("\uFEFFOui ")); got != (Position{1, 5}) {
		t.Fatalf("position after a BOM: %v", got)
	}
}
