package report

import (
	"bytes"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/coquille-fr/coquille/lint"
	"github.com/rivo/uniseg"
)

// TestSimpleCodePoints checks what excerpts count on for simple code
// points: uniseg makes each a grapheme cluster one column wide (a tab
// none) next to any other, and contextClusters+1 of them fit in
// tailBytes.
func TestSimpleCodePoints(t *testing.T) {
	var simples []string
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if !simple(r) {
			continue
		}
		if utf8.RuneLen(r) > 3 {
			t.Fatalf("%U takes more than 3 bytes", r)
		}
		want := 1
		if r == '\t' {
			want = 0
		}
		if w := uniseg.StringWidth(string(r)); w != want {
			t.Errorf("%U is %d columns wide", r, w)
		}
		simples = append(simples, string(r))
	}
	if 3*(contextClusters+1) > tailBytes {
		t.Errorf("%d simple code points do not fit in %d bytes", contextClusters+1, tailBytes)
	}
	var pair []byte
	for _, a := range simples {
		for _, b := range simples {
			pair = append(append(pair[:0], a...), b...)
			if c, _, _, _ := uniseg.FirstGraphemeCluster(pair, -1); len(c) != len(a) {
				t.Fatalf("%+q then %+q make the cluster %+q", a, b, c)
			}
		}
	}
}

// TestTextExcerptsAtTheCuts checks excerpts where accents, emojis, wide,
// invisible and control characters meet the cuts of long lines or the
// caret column.
func TestTextExcerptsAtTheCuts(t *testing.T) {
	r := strings.Repeat
	cases := []struct{ name, text, mark, line, carets string }{
		{"accent in the context before", r("x", 70) + "e\u0301" + r("y", 59) + "!" + r("z", 70), "!",
			"…e\u0301" + r("y", 59) + "!" + r("z", 60) + "…", r(" ", 61) + "^"},
		{"accent past the context before", r("x", 70) + "e\u0301" + r("y", 60) + "!" + r("z", 70), "!",
			"…" + r("y", 60) + "!" + r("z", 60) + "…", r(" ", 61) + "^"},
		{"accent in the context after", r("x", 70) + "!" + r("y", 59) + "e\u0301" + r("z", 70), "!",
			"…" + r("x", 60) + "!" + r("y", 59) + "e\u0301…", r(" ", 61) + "^"},
		{"accent ending the context after", r("x", 70) + "!" + r("y", 60) + "\u0301" + r("z", 70), "!",
			"…" + r("x", 60) + "!" + r("y", 60) + "\u0301…", r(" ", 61) + "^"},
		{"tab and emoji", r("x", 70) + "\t🎉" + r("y", 58) + "!" + r("z", 70), "!",
			"…\t🎉" + r("y", 58) + "!" + r("z", 60) + "…", " \t  " + r(" ", 58) + "^"},
		{"wide characters", r("x", 70) + "中文" + r("y", 58) + "!" + r("z", 70), "!",
			"…中文" + r("y", 58) + "!" + r("z", 60) + "…", r(" ", 63) + "^"},
		{"120 clusters", r("a", 118) + "e\u0301!", "!", r("a", 118) + "e\u0301!", r(" ", 119) + "^"},
		{"121 clusters", r("a", 119) + "e\u0301!", "!", "…" + r("a", 59) + "e\u0301!", r(" ", 61) + "^"},
		{"byte order mark", "\uFEFF" + r("a", 100) + "!" + r("b", 100), "!",
			"…" + r("a", 60) + "!" + r("b", 60) + "…", r(" ", 61) + "^"},
		{"invisible characters", "a\u00a0b\u202fc\u200bd\u00ade!", "!", "a\u00a0b\u202fc\u200bd\u00ade!", r(" ", 7) + "^"},
		{"control characters", "a\x7fb\u0085c\x00!", "!", "a␡b\uFFFDc␀!", r(" ", 6) + "^"},
		{"span over an emoji", "oui 👍🏽 ok", "👍🏽", "oui 👍🏽 ok", "    ^^"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			var out bytes.Buffer
			if err := (&Text{}).Report(&out, []lint.Result{result("p.txt", c.text+"\r\n", bang(at(t, c.text, c.mark)))}); err != nil {
				t.Fatal(err)
			}
			lines := strings.Split(out.String(), "\n")
			if lines[1] != c.line || lines[2] != c.carets {
				t.Errorf("got\n%q\n%q\nwant\n%q\n%q", lines[1], lines[2], c.line, c.carets)
			}
		})
	}
}
