package markup

import (
	"strings"
	"testing"
)

// render shows a block as a reader sees it: Prose as is, Markup dropped,
// Opaque between ⟨⟩, Break as one space.
func render(src []byte, b Block) string {
	var sb strings.Builder
	for _, s := range b.Segments {
		switch s.Kind {
		case Prose:
			sb.Write(src[s.Start:s.End])
		case Opaque:
			sb.WriteString("⟨")
			sb.Write(src[s.Start:s.End])
			sb.WriteString("⟩")
		case Break:
			sb.WriteByte(' ')
		}
	}
	return sb.String()
}

// checkBlocks reports the blocks that break the contract of Block.
func checkBlocks(t *testing.T, src []byte, blocks []Block) {
	t.Helper()
	prev := 0
	for i, b := range blocks {
		if len(b.Segments) == 0 {
			t.Fatalf("block %d: no segments", i)
		}
		if b.Start() < prev {
			t.Fatalf("block %d starts at %d, before the end of the previous one (%d)", i, b.Start(), prev)
		}
		prose := false
		for j, s := range b.Segments {
			if s.Start < 0 || s.End > len(src) || s.Start >= s.End {
				t.Fatalf("block %d segment %d: bad range [%d, %d) in %d bytes", i, j, s.Start, s.End, len(src))
			}
			if j > 0 && s.Start != b.Segments[j-1].End {
				t.Fatalf("block %d segment %d: starts at %d, previous ends at %d", i, j, s.Start, b.Segments[j-1].End)
			}
			if s.Kind > Break {
				t.Fatalf("block %d segment %d: bad kind %d", i, j, s.Kind)
			}
			text := string(src[s.Start:s.End])
			if s.Kind == Prose && strings.ContainsAny(text, "\r\n") {
				t.Fatalf("block %d segment %d: line end in prose %q", i, j, text)
			}
			if s.Kind == Break && !strings.ContainsAny(text, "\r\n") {
				t.Fatalf("block %d segment %d: break without line end %q", i, j, text)
			}
			prose = prose || s.Kind == Prose
		}
		if !prose {
			t.Fatalf("block %d: no prose", i)
		}
		prev = b.End()
	}
}

func TestMarkdown(t *testing.T) {
	tests := []struct {
		name string
		src  string
		want []string
	}{
		{"empty", "", nil},
		{"blank", " \n\t\n", nil},
		{"paragraph", "Bonjour le monde.", []string{"Bonjour le monde."}},
		{"paragraphs", "Un.\n\nDeux\ntrois.\n", []string{"Un.", "Deux trois."}},
		{"trailing space soft break", "Un \ndeux", []string{"Un deux"}},
		{"indented continuation", "Un\n   deux", []string{"Un deux"}},
		{"atx heading", "# Titre\n## Sous-titre ##\nTexte", []string{"Titre", "Sous-titre", "Texte"}},
		{"empty heading", "#\n\n##   ##\n", nil},
		{"setext heading", "Titre\n=====\n\nSous\ntitre\n-----\n", []string{"Titre", "Sous titre"}},
		{"emphasis", "Un *mot* et __deux__ et ***trois***.", []string{"Un mot et deux et trois."}},
		{"nested emphasis", "**gras _et italique_ ici**", []string{"gras et italique ici"}},
		{"unmatched delimiter", "2 * 3 = 6 et a_b_c", []string{"2 * 3 = 6 et a_b_c"}},
		{"strikethrough", "Un ~~mauvais~~ bon mot.", []string{"Un mauvais bon mot."}},
		{"inline link", `Voir [la page](https://exemple.fr "Titre") ici.`, []string{"Voir la page ici."}},
		{"link with emphasis", "[un *beau* lien](/x)", []string{"un beau lien"}},
		{"link on two lines", "[un\nlien](/x\n'titre') fin", []string{"un lien fin"}},
		{"reference links", "[plein][ref], [vide][] et [court].\n\n[ref]: /a\n[vide]: /b\n[court]: /c 'T'\n", []string{"plein, vide et court."}},
		{"undefined reference", "[pas un lien]", []string{"[pas un lien]"}},
		{"reference definition only", "[ref]: https://exemple.fr\n", nil},
		{"autolink", "Écrire à <moi@exemple.fr> ou <https://exemple.fr>.", []string{"Écrire à ⟨<moi@exemple.fr>⟩ ou ⟨<https://exemple.fr>⟩."}},
		{"bare url", "Voir https://exemple.fr ici.", []string{"Voir https://exemple.fr ici."}},
		{"image", "Un ![chat noir](chat.png \"Le chat\") dort.", []string{"Un ⟨![chat noir](chat.png \"Le chat\")⟩ dort."}},
		{"reference image", "Un ![chat][c] dort.\n\n[c]: chat.png\n", []string{"Un ⟨![chat][c]⟩ dort."}},
		{"image only", "![seule](i.png)", nil},
		{"image in link", "[![logo](l.png)](/) et [texte ![i](i.png)](/)", []string{"⟨![logo](l.png)⟩ et texte ⟨![i](i.png)⟩"}},
		{"code span", "La fonction `f(x)` et ``a ` b`` fin.", []string{"La fonction ⟨`f(x)`⟩ et ⟨``a ` b``⟩ fin."}},
		{"code span on two lines", "Un `a\nb` deux", []string{"Un ⟨`a\nb`⟩ deux"}},
		{"unclosed code span", "Un `deux", []string{"Un `deux"}},
		{"fenced code", "Avant\n\n```go\nfunc f() {}\n```\n\n~~~\ncode\n~~~\nAprès", []string{"Avant", "Après"}},
		{"indented code", "Avant\n\n    code\n    encore\n\nAprès", []string{"Avant", "Après"}},
		{"html block", "<div>\nbloc *html*\n</div>\n\nTexte", []string{"Texte"}},
		{"html comment", "<!-- note -->\n\nTexte", []string{"Texte"}},
		{"inline html", "Un<br>deux <span class=\"x\">trois</span>.", []string{"Un⟨<br>⟩deux ⟨<span class=\"x\">⟩trois⟨</span>⟩."}},
		{"inline html on two lines", "Un <span\nclass=\"x\">deux</span>", []string{"Un ⟨<span\nclass=\"x\">⟩deux⟨</span>⟩"}},
		{"yaml front matter", "---\ntitle: Titre\ntags: [a]\n---\n# Titre\n\nTexte", []string{"Titre", "Texte"}},
		{"yaml front matter dots", "---\ntitle: x\n...\nTexte", []string{"Texte"}},
		{"toml front matter", "+++\ntitle = \"Titre\"\n+++\nTexte", []string{"Texte"}},
		{"unclosed front matter", "---\nTexte", []string{"Texte"}},
		{"late front matter", "Texte\n\n---\nencore\n---\n", []string{"Texte", "encore"}},
		{"front matter crlf", "---\r\na: b\r\n---\r\nTexte\r\n", []string{"Texte"}},
		{"list", "- un\n- deux\n  suite\n* trois", []string{"un", "deux suite", "trois"}},
		{"ordered list", "1. un\n2) deux\n10. dix", []string{"un", "deux", "dix"}},
		{"nested list", "- un\n  - deux\n    - trois\n- quatre", []string{"un", "deux", "trois", "quatre"}},
		{"loose list", "- un\n\n  deux\n- trois", []string{"un", "deux", "trois"}},
		{"task list", "- [ ] à faire\n- [x] fait", []string{"à faire", "fait"}},
		{"blockquote", "> Un\n> deux\n>\n> trois", []string{"Un deux", "trois"}},
		{"lazy blockquote", "> Un\ndeux", []string{"Un deux"}},
		{"nested blockquote", "> Un\n>> deux\n> > trois", []string{"Un", "deux trois"}},
		{"list in blockquote", "> - un\n>   deux\n> - trois", []string{"un deux", "trois"}},
		{"table", "| Nom | Âge |\n|:----|----:|\n| Léa | 3 *ans* |\n| Paul \\| Marc | `x\\|y` |\n", []string{"Nom", "Âge", "Léa", "3 ans", "Paul | Marc"}},
		{"table without pipes", "a | b\n--|--\nc | d", []string{"a", "b", "c", "d"}},
		{"paragraph then table", "Texte\n| a |\n|---|\n| b |", []string{"Texte", "a", "b"}},
		{"thematic break", "Un\n\n---\n\n***\n\nDeux", []string{"Un", "Deux"}},
		{"hard break spaces", "Un  \ndeux", []string{"Un deux"}},
		{"hard break backslash", "Un\\\ndeux", []string{"Un deux"}},
		{"escapes", `Un \*mot\* et \\ et \_ et \a`, []string{`Un *mot* et \ et _ et \a`}},
		{"escaped entity", `\&amp;`, []string{"&amp;"}},
		{"entities", "Un&nbsp;deux &amp; &#233; &#xE9; &copy; &pasunnom; & fin", []string{"Un⟨&nbsp;⟩deux ⟨&amp;⟩ ⟨&#233;⟩ ⟨&#xE9;⟩ ⟨&copy;⟩ &pasunnom; & fin"}},
		{"crlf", "Un\r\ndeux  \r\ntrois\r\n\r\n# Titre\r\n", []string{"Un deux trois", "Titre"}},
		{"lone cr", "Un\rdeux\r\rtrois\r", []string{"Un deux", "trois"}},
		{"nbsp and narrow nbsp", "Bonjour\u202f! « Oui\u00a0»\u00a0;", []string{"Bonjour\u202f! « Oui\u00a0»\u00a0;"}},
		{"nbsp at line end", "Un\u00a0\ndeux", []string{"Un\u00a0 deux"}},
		{"emoji", "Bravo 🎉👍🏽 *fête* 🇫🇷", []string{"Bravo 🎉👍🏽 fête 🇫🇷"}},
		{"nfd", "Ce\u0301line a e\u0301te\u0301 la\u0300", []string{"Ce\u0301line a e\u0301te\u0301 la\u0300"}},
		{"french quotes", "Il a dit : « *Bonjour* ! »", []string{"Il a dit : « Bonjour ! »"}},
		{"tabs", ">\tUn\n>\tdeux\n\n-\tliste", []string{"Un deux", "liste"}},
		{"nul byte", "Un\x00deux", []string{"Un\x00deux"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			src := []byte(tt.src)
			blocks, _ := Markdown(src)
			checkBlocks(t, src, blocks)
			var got []string
			for _, b := range blocks {
				got = append(got, render(src, b))
			}
			if strings.Join(got, "\n") != strings.Join(tt.want, "\n") || len(got) != len(tt.want) {
				t.Errorf("Markdown(%q)\n got %q\nwant %q", tt.src, got, tt.want)
			}
		})
	}
}

// TestMarkdownKinds checks the kind of each segment where it matters.
func TestMarkdownKinds(t *testing.T) {
	tests := []struct {
		src  string
		want []Kind
	}{
		{"Un **gras**", []Kind{Prose, Markup, Prose, Markup}},
		{"a  \nb", []Kind{Prose, Markup, Break, Prose}},
		{"a\\\r\nb", []Kind{Prose, Markup, Break, Prose}},
		{"a \nb", []Kind{Prose, Break, Prose}},
		{"> a\n> b", []Kind{Prose, Break, Prose}},
		{`\*a`, []Kind{Markup, Prose}},
		{"a `b` [c](d)", []Kind{Prose, Opaque, Prose, Markup, Prose, Markup}},
		{"a &amp;", []Kind{Prose, Opaque}},
	}
	for _, tt := range tests {
		src := []byte(tt.src)
		blocks, _ := Markdown(src)
		checkBlocks(t, src, blocks)
		if len(blocks) != 1 {
			t.Errorf("Markdown(%q): %d blocks, want 1", tt.src, len(blocks))
			continue
		}
		var got []Kind
		for _, s := range blocks[0].Segments {
			got = append(got, s.Kind)
		}
		if !equalKinds(got, tt.want) {
			t.Errorf("Markdown(%q) kinds = %v, want %v", tt.src, got, tt.want)
		}
	}
}

func equalKinds(a, b []Kind) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// TestMarkdownOffsets checks that offsets point into the source as given,
// front matter and CR line ends included.
func TestMarkdownOffsets(t *testing.T) {
	src := []byte("+++\r\na = 1\r\n+++\r\nÉté\u202f!\rfin")
	blocks, _ := Markdown(src)
	checkBlocks(t, src, blocks)
	if len(blocks) != 1 {
		t.Fatalf("got %d blocks, want 1", len(blocks))
	}
	want := []Segment{{17, 26, Prose}, {26, 27, Break}, {27, 30, Prose}}
	if got := blocks[0].Segments; len(got) != len(want) || got[0] != want[0] || got[1] != want[1] || got[2] != want[2] {
		t.Errorf("segments = %v, want %v", got, want)
	}
	if src[1] != '+' {
		t.Error("Markdown modified its input")
	}
}

// TestMarkdownComments checks that HTML comments are found in HTML blocks
// and inline, never in code.
func TestMarkdownComments(t *testing.T) {
	src := "<!-- un -->\n\nTexte <!-- deux --> fin.\n\n```\n<!-- code -->\n```\n\n" +
		"    <!-- indenté -->\n\n`<!-- span -->`\n\n- <!-- trois --><!-- quatre -->\n\n<div>\n<!-- cinq -->\n</div>\n"
	_, comments := Markdown([]byte(src))
	var got []string
	for _, c := range comments {
		got = append(got, src[c.Start:c.End])
	}
	want := []string{"<!-- un -->", "<!-- deux -->", "<!-- trois -->", "<!-- quatre -->", "<!-- cinq -->"}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("comments %q, want %q", got, want)
	}
}

func FuzzMarkdown(f *testing.F) {
	for _, s := range []string{
		"# Titre\n\nUn *mot* et `code` [lien](/x) ![i](i.png) <br> &amp; \\*\n",
		"---\na: b\n---\n> - un\n>   deux  \n> - trois\\\n>   quatre\n",
		"| a | b |\n|---|---|\n| `c\\|d` | e |\n",
		"Un\r\ndeux\rtrois\n\n```\ncode\n```\n    indenté\n<div>\n</div>\n",
		"- [ ] tâche\n1. « Bonjour\u202f! »\n\n[ref]: /x\n[a][ref] [b][] [ref]",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		orig := string(src)
		blocks, comments := Markdown(src)
		checkBlocks(t, src, blocks)
		for _, c := range comments {
			if c.Start < 0 || c.End > len(src) || !strings.HasPrefix(string(src[c.Start:c.End]), "<!--") || !strings.HasSuffix(string(src[c.Start:c.End]), "-->") {
				t.Fatalf("bad comment [%d, %d) in %q", c.Start, c.End, src)
			}
		}
		if string(src) != orig {
			t.Fatal("Markdown modified its input")
		}
	})
}

func BenchmarkMarkdown(b *testing.B) {
	unit := "# Titre\n\nUn *paragraphe* avec `code`, [un lien](https://exemple.fr) et ![image](i.png)&nbsp;!\n" +
		"Une deuxième ligne « entre guillemets ».\n\n- un\n- deux **gras**\n\n> cité\n> encore\n\n" +
		"| a | b |\n|---|---|\n| c | d |\n\n```\ncode\n```\n\n"
	src := []byte(strings.Repeat(unit, 2000))
	b.SetBytes(int64(len(src)))
	for b.Loop() {
		Markdown(src)
	}
}
