package report

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"math/rand/v2"
	"regexp"
	"runtime"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/coquille-fr/coquille/lint"
	"github.com/rivo/uniseg"
)

// result builds the result of a fake check: diagnostics are placed on the
// first occurrence of each marked text.
func result(path, text string, diags ...lint.Diagnostic) lint.Result {
	src := &lint.Source{Path: path, Data: []byte(text)}
	return lint.Result{Source: src, Doc: lint.NewDocument(src), Diagnostics: diags}
}

// at returns the span of the first occurrence of sub in text.
func at(t *testing.T, text, sub string) lint.Span {
	t.Helper()
	i := strings.Index(text, sub)
	if i < 0 {
		t.Fatalf("%q not in %q", sub, text)
	}
	return lint.Span{Start: i, End: i + len(sub)}
}

func bang(span lint.Span) lint.Diagnostic {
	return lint.Diagnostic{
		Rule: "typography.space-before-exclamation", Category: lint.Typography, Severity: lint.Error,
		Message:     "espace fine insécable attendue avant «\u00a0!\u00a0»",
		Span:        span,
		Suggestions: []string{"\u202f!"},
		Fix:         &lint.Edit{Span: span, Text: "\u202f!"},
	}
}

func TestTextCaretsLineUpAfterEmojisAccentsAndTabs(t *testing.T) {
	cases := []struct{ name, line, mark, carets string }{
		{"ascii", "Bonjour!", "!", "       ^"},
		{"accents NFC", "Ça va à Noël!", "!", "            ^"},
		{"accents NFD", "C\u0327a va a\u0300 Noe\u0308l!", "!", "            ^"},
		{"emoji", "Bravo 🎉🎉!", "!", "          ^"},
		{"family emoji", "Salut 👨‍👩‍👧!", "!", "        ^"},
		{"tab", "\tItem\tBonjour!", "!", "\t    \t       ^"},
		{"span of two", "Bonjour !", " !", "       ^^"},
		{"emoji span", "Top 🎉 ok", "🎉", "    ^^"},
		{"empty span at end", "Bonjour", "", "       ^"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			span := at(t, c.line, c.mark)
			if c.mark == "" {
				span = lint.Span{Start: len(c.line), End: len(c.line)}
			}
			var out bytes.Buffer
			if err := (&Text{}).Report(&out, []lint.Result{result("p.md", c.line+"\n", bang(span))}); err != nil {
				t.Fatal(err)
			}
			lines := strings.Split(out.String(), "\n")
			if lines[1] != c.line || lines[2] != c.carets {
				t.Errorf("got\n%s\n%s\nwant\n%s\n%s", lines[1], lines[2], c.line, c.carets)
			}
		})
	}
}

func TestTextReport(t *testing.T) {
	text := "Titre\r\nBonjour à tous!\r\nÀ bientôt\n"
	warn := lint.Diagnostic{Rule: "tone.shouting", Category: lint.Tone, Severity: lint.Warning,
		Message: "mot en capitales", Span: at(t, text, "bientôt"), Suggestions: []string{"tôt", ""}}
	info := lint.Diagnostic{Rule: "tone.emoji", Category: lint.Tone, Severity: lint.Info,
		Message: "remarque", Span: at(t, text, "Titre")}
	results := []lint.Result{
		result("a.md", text, bang(at(t, text, "!")), warn, info),
		{Source: &lint.Source{Path: "b.md"}, Err: errors.New("fichier introuvable")},
		result("c.md", "Rien.\n"),
	}
	var out bytes.Buffer
	if err := (&Text{}).Report(&out, results); err != nil {
		t.Fatal(err)
	}
	want := "a.md:2:15: error: espace fine insécable attendue avant «\u00a0!\u00a0» [typography.space-before-exclamation]\n" +
		"Bonjour à tous!\n" +
		"              ^\n" +
		"  suggestion\u00a0: «\u00a0⟨espace fine insécable⟩!\u00a0» (appliquée par coquille fix)\n" +
		"a.md:3:3: warning: mot en capitales [tone.shouting]\n" +
		"À bientôt\n" +
		"  ^^^^^^^\n" +
		"  suggestions\u00a0: «\u00a0tôt\u00a0», (supprimer)\n" +
		"a.md:1:1: info: remarque [tone.emoji]\n" +
		"Titre\n" +
		"^^^^^\n" +
		"\n" +
		"1 erreur, 1 avertissement, 1 info dans 3 fichiers, dont 1 non vérifié\n"
	if out.String() != want {
		t.Errorf("got\n%s\nwant\n%s", out.String(), want)
	}
}

func TestTextColor(t *testing.T) {
	var out bytes.Buffer
	text := "Oui!\n"
	if err := (&Text{Color: true}).Report(&out, []lint.Result{result("p.txt", text, bang(at(t, text, "!")))}); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out.String(), red+"error"+reset) || !strings.Contains(out.String(), "   "+red+"^"+reset) {
		t.Errorf("no colours in\n%q", out.String())
	}
	out.Reset()
	if err := (&Text{}).Report(&out, []lint.Result{result("p.txt", text, bang(at(t, text, "!")))}); err != nil {
		t.Fatal(err)
	}
	if strings.Contains(out.String(), "\x1b") {
		t.Errorf("colours without Color: %q", out.String())
	}
}

func TestTextLongLineAndControls(t *testing.T) {
	line := strings.Repeat("a", 200) + "\x1b[31m!" + strings.Repeat("b", 200)
	var out bytes.Buffer
	if err := (&Text{}).Report(&out, []lint.Result{result("p.txt", line, bang(at(t, line, "!")))}); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(out.String(), "\n")
	wantLine := "…" + strings.Repeat("a", 55) + "␛[31m!" + strings.Repeat("b", 60) + "…"
	if lines[1] != wantLine {
		t.Errorf("line\n%q\nwant\n%q", lines[1], wantLine)
	}
	if lines[2] != strings.Repeat(" ", 61)+"^" {
		t.Errorf("carets %q", lines[2])
	}
}

func TestTextHugeLineExcerptIsShort(t *testing.T) {
	line := strings.Repeat("Bonjour! ", 1<<15) // 288 kio on one line
	var diags []lint.Diagnostic
	for i := 0; i < len(line); i += len(line) / 200 {
		j := i + strings.IndexByte(line[i:], '!')
		diags = append(diags, bang(lint.Span{Start: j, End: j + 1}))
	}
	var out bytes.Buffer
	if err := (&Text{}).Report(&out, []lint.Result{result("p.txt", line, diags...)}); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(out.String(), "\n")
	if n := uniseg.GraphemeClusterCount(lines[1]); n > 2*contextClusters+3 {
		t.Errorf("excerpt of %d clusters", n)
	}
	if lines[2] != strings.Repeat(" ", 7)+"^" {
		t.Errorf("carets %q", lines[2])
	}
}

func TestJSONReport(t *testing.T) {
	text := "Bonjour à tous!\n"
	shout := lint.Diagnostic{Rule: "tone.shouting", Category: lint.Tone, Severity: lint.Warning,
		Message: "«\u00a0tous\u00a0»", Span: at(t, text, "tous")}
	results := []lint.Result{
		result("post.md", text, shout, bang(at(t, text, "!"))),
		{Source: &lint.Source{Path: "bin.txt"}, Err: lint.ErrBinary},
		result("vide.txt", ""),
	}
	var out bytes.Buffer
	if err := (JSON{}).Report(&out, results); err != nil {
		t.Fatal(err)
	}
	want := `{"files":[{"path":"post.md","diagnostics":[` +
		`{"rule":"tone.shouting","category":"tone","severity":"warning","message":"«\u00a0tous\u00a0»","span":{"start":11,"end":15},"start":{"line":1,"column":11},"end":{"line":1,"column":15},"suggestions":[]},` +
		`{"rule":"typography.space-before-exclamation","category":"typography","severity":"error","message":"espace fine insécable attendue avant «\u00a0!\u00a0»","span":{"start":15,"end":16},"start":{"line":1,"column":15},"end":{"line":1,"column":16},"suggestions":["\u202f!"],"fix":{"start":15,"end":16,"text":"\u202f!"}}]},` +
		`{"path":"bin.txt","error":"fichier binaire (octet nul)"},` +
		`{"path":"vide.txt","diagnostics":[]}],` +
		`"summary":{"files":3,"errors":1,"warnings":1,"infos":0,"suppressed":0}}` + "\n"
	if out.String() != want {
		t.Errorf("got\n%s\nwant\n%s", out.String(), want)
	}
}

// spread returns a result of about n diagnostics spread over a text with
// a byte order mark, every kind of line end, emojis and a line longer than
// the steps of lint.Document.Position; their spans overlap, sorted by
// start as the engine sorts them, or shuffled.
func spread(path string, n int, shuffled bool) lint.Result {
	text := "\uFEFF" + strings.Repeat("Voilà 🎉 un test!\r\nDeux\rtrois\n\n", 200) +
		strings.Repeat("é😀 a\t", 3000) + "\n" + strings.Repeat("Fin d’une ligne ordinaire.\n", 300)
	rng := rand.New(rand.NewPCG(uint64(n), 7))
	var diags []lint.Diagnostic
	for k := range n {
		start := k * len(text) / n
		end := min(start+rng.IntN(40), len(text))
		for start < len(text) && !utf8.RuneStart(text[start]) {
			start++
		}
		for end < len(text) && !utf8.RuneStart(text[end]) {
			end++
		}
		diags = append(diags, bang(lint.Span{Start: start, End: max(start, end)}))
	}
	if shuffled {
		rng.Shuffle(len(diags), func(i, j int) { diags[i], diags[j] = diags[j], diags[i] })
	}
	return result(path, text, diags...)
}

// TestReportsInChunks checks the JSON and text reports of results large
// enough to be written in chunks on several processors: the positions are
// those of lint.Document.Position, and the report is the same on one
// processor.
func TestReportsInChunks(t *testing.T) {
	results := func() []lint.Result {
		return []lint.Result{spread("trié.txt", 5*chunkSize+7, false), result("court.txt", "Oui!\n", bang(lint.Span{Start: 3, End: 4})),
			{Source: &lint.Source{Path: "bin.txt"}, Err: lint.ErrBinary}, spread("mêlé.txt", 3*chunkSize, true)}
	}
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(0))
	for _, r := range []Reporter{JSON{}, &Text{}, &Text{Color: true}} {
		var outs [2]bytes.Buffer
		for k, procs := range []int{4, 1} {
			runtime.GOMAXPROCS(procs)
			if err := r.Report(&outs[k], results()); err != nil {
				t.Fatal(err)
			}
		}
		if !bytes.Equal(outs[0].Bytes(), outs[1].Bytes()) {
			t.Errorf("%T: reports differ on 4 processors and on 1", r)
		}
		want := results()
		if _, ok := r.(JSON); ok {
			checkJSONPositions(t, outs[0].Bytes(), want)
			continue
		}
		var locations []string
		for _, res := range want {
			for _, d := range res.Diagnostics {
				pos := res.Doc.Position(d.Span.Start)
				locations = append(locations, fmt.Sprintf("%s:%d:%d: ", res.Source.Path, pos.Line, pos.Column))
			}
		}
		for _, line := range strings.Split(ansi.ReplaceAllString(outs[1].String(), ""), "\n") {
			if len(locations) > 0 && strings.HasPrefix(line, locations[0]) {
				locations = locations[1:]
			}
		}
		if len(locations) > 0 {
			t.Errorf("%T: %d diagnostics missing from %s on", r, len(locations), locations[0])
		}
	}
}

// ansi matches the colour sequences of the text report.
var ansi = regexp.MustCompile("\x1b\\[[0-9;]*m")

// checkJSONPositions checks the positions of a JSON report of results
// against lint.Document.Position.
func checkJSONPositions(t *testing.T, out []byte, results []lint.Result) {
	t.Helper()
	var v struct {
		Files []struct {
			Diagnostics []struct{ Start, End lint.Position }
		}
	}
	if err := json.Unmarshal(out, &v); err != nil {
		t.Fatal(err)
	}
	for k, res := range results {
		if len(v.Files[k].Diagnostics) != len(res.Diagnostics) {
			t.Fatalf("%s: %d diagnostics, want %d", res.Source.Path, len(v.Files[k].Diagnostics), len(res.Diagnostics))
		}
		for n, d := range res.Diagnostics {
			got := v.Files[k].Diagnostics[n]
			if start, end := res.Doc.Position(d.Span.Start), res.Doc.Position(d.Span.End); got.Start != start || got.End != end {
				t.Fatalf("%s: %v at %+v, want %v to %v", res.Source.Path, d.Span, got, start, end)
			}
		}
	}
}

// failingWriter fails once it has taken n bytes.
type failingWriter struct{ n int }

func (w *failingWriter) Write(p []byte) (int, error) {
	if len(p) > w.n {
		return w.n, errors.New("disque plein")
	}
	w.n -= len(p)
	return len(p), nil
}

func TestReportsInChunksStopOnError(t *testing.T) {
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(4))
	for _, r := range []Reporter{JSON{}, &Text{}} {
		for _, n := range []int{0, 100 << 10} {
			results := []lint.Result{spread("a.txt", 20*chunkSize, false), spread("b.txt", 2*chunkSize, false)}
			if err := r.Report(&failingWriter{n}, results); err == nil {
				t.Errorf("%T: no error after %d bytes", r, n)
			}
		}
	}
}

func TestJSONEmptyRun(t *testing.T) {
	var out bytes.Buffer
	if err := (JSON{}).Report(&out, nil); err != nil {
		t.Fatal(err)
	}
	if want := `{"files":[],"summary":{"files":0,"errors":0,"warnings":0,"infos":0,"suppressed":0}}` + "\n"; out.String() != want {
		t.Errorf("got %s", out.String())
	}
}

func TestEscapeInvisible(t *testing.T) {
	in := "a\u00a0b\u202fc\u2009d\u200be\u200cf\u200dg\u2060h\ufeffi\U000e0001 é 🎉"
	want := `a\u00a0b\u202fc\u2009d\u200be\u200cf\u200dg\u2060h\ufeffi\udb40\udc01 é 🎉`
	if got := string(escapeInvisible([]byte(in))); got != want {
		t.Errorf("got %s, want %s", got, want)
	}
}

func TestQuote(t *testing.T) {
	cases := map[string]string{
		"":        "(supprimer)",
		"! ":      "«\u00a0!⟨espace⟩\u00a0»",
		"  a b ":  "«\u00a0⟨espace⟩⟨espace⟩a b⟨espace⟩\u00a0»",
		" ":       "«\u00a0⟨espace⟩\u00a0»",
		"\u00a0:": "«\u00a0⟨espace insécable⟩:\u00a0»",
	}
	for in, want := range cases {
		if got := quote(in); got != want {
			t.Errorf("quote(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestVisible(t *testing.T) {
	got := Visible("\u202f!\u00a0»\u2007\t")
	want := "⟨espace fine insécable⟩!⟨espace insécable⟩»⟨U+2007⟩⟨tabulation⟩"
	if got != want {
		t.Errorf("got %s, want %s", got, want)
	}
}

func TestSummaryPlurals(t *testing.T) {
	cases := []struct {
		s    Summary
		want string
	}{
		{Summary{}, "0 erreur, 0 avertissement, 0 info dans 0 fichier"},
		{Summary{Files: 1, Errors: 1, Warnings: 1, Infos: 1}, "1 erreur, 1 avertissement, 1 info dans 1 fichier"},
		{Summary{Files: 3, Errors: 2, Warnings: 5, Infos: 2, Failed: 2}, "2 erreurs, 5 avertissements, 2 infos dans 3 fichiers, dont 2 non vérifiés"},
		{Summary{Files: 1, Suppressed: 1}, "0 erreur, 0 avertissement, 0 info, 1 masquée dans 1 fichier"},
		{Summary{Files: 2, Errors: 1, Suppressed: 3}, "1 erreur, 0 avertissement, 0 info, 3 masquées dans 2 fichiers"},
	}
	for _, c := range cases {
		if got := c.s.String(); got != c.want {
			t.Errorf("got %q, want %q", got, c.want)
		}
	}
}

func TestNew(t *testing.T) {
	for _, f := range []string{"text", "json"} {
		if _, err := New(f, Options{}); err != nil {
			t.Errorf("New(%q): %v", f, err)
		}
	}
	if _, err := New("xml", Options{}); err == nil || !strings.Contains(err.Error(), "«\u00a0xml\u00a0»") {
		t.Errorf("New(xml): %v", err)
	}
}

func TestRules(t *testing.T) {
	rules := []*lint.Rule{{ID: "tone.shouting", Category: lint.Tone, Severity: lint.Warning, Doc: "Évite les capitales\u00a0!"}}
	var out bytes.Buffer
	if err := RulesText(&out, rules); err != nil {
		t.Fatal(err)
	}
	if want := "tone.shouting (tone, warning)\n    Évite les capitales\u00a0!\n\n1 règle\n"; out.String() != want {
		t.Errorf("got %q", out.String())
	}
	out.Reset()
	if err := RulesJSON(&out, rules); err != nil {
		t.Fatal(err)
	}
	if want := `[{"id":"tone.shouting","category":"tone","severity":"warning","doc":"Évite les capitales\u00a0!"}]` + "\n"; out.String() != want {
		t.Errorf("got %s", out.String())
	}
	out.Reset()
	if err := RulesText(&out, nil); err != nil || out.String() != "aucune règle\n" {
		t.Errorf("got %q, %v", out.String(), err)
	}
}

// TestEscapedRune checks the shortcut of escapedRune below U+0600.
func TestEscapedRune(t *testing.T) {
	for r := rune(0x80); r < 0x600; r++ {
		if escapedRune(r) != invisible(r) {
			t.Errorf("escapedRune(%U) = %v, invisible = %v", r, escapedRune(r), invisible(r))
		}
	}
}

// TestJSONString checks that the JSON reporter writes strings as
// encoding/json does without HTML escaping, then escapeInvisible.
func TestJSONString(t *testing.T) {
	for _, s := range []string{
		"", "plain", `a "quoted" \ back`, "<b>&</b>", "tab\tline\nret\rbs\bff\f\x01\x1f\x7f",
		"é à ç œ 😀", "\u00a0:\u202f!\u2009\u200b\ufeff\u00ad", "\u2028\u2029", "\U000e0001 tag",
		"bad \xff\xfe utf8 \xc3", "\u0085 next line", "mixed\u202f« «\u00a0»",
	} {
		var want bytes.Buffer
		enc := json.NewEncoder(&want)
		enc.SetEscapeHTML(false)
		if err := enc.Encode(s); err != nil {
			t.Fatal(err)
		}
		if got, w := string(appendJSONString(nil, s)), string(escapeInvisible(bytes.TrimSuffix(want.Bytes(), []byte("\n")))); got != w {
			t.Errorf("%q: got %s, want %s", s, got, w)
		}
	}
}
