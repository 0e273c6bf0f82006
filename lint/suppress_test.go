package lint

import (
	"fmt"
	"strings"
	"testing"
)

// shout is a test rule of another category: words in capitals.
var shout = &Rule{ID: "tone.test", Category: Tone, Severity: Warning, Check: func(p *Pass) {
	for _, tok := range p.Doc.All() {
		if tok.Kind == Word && len(tok.Text) > 2 && strings.ToUpper(tok.Text) == tok.Text {
			p.Report(Diagnostic{Message: "capitales", Span: tok.Span()})
		}
	}
}}

// colon is a test rule that reports every colon read as punctuation.
var colon = &Rule{ID: "typography.colon", Category: Typography, Severity: Error, Check: func(p *Pass) {
	for _, tok := range p.Doc.All() {
		if tok.Is(":") {
			p.Report(Diagnostic{Message: "deux-points", Span: tok.Span()})
		}
	}
}}

// found lists the diagnostics of a check as "rule@text".
func found(t *testing.T, format Format, text string) (string, int) {
	t.Helper()
	c, err := NewChecker([]*Rule{exclaim, shout, colon}, nil, "")
	if err != nil {
		t.Fatal(err)
	}
	res := c.Check(&Source{Path: "t", Data: []byte(text), Format: format})
	if res.Err != nil {
		t.Fatal(res.Err)
	}
	var got []string
	for _, d := range res.Diagnostics {
		got = append(got, fmt.Sprintf("%s@%s", d.Rule, text[d.Span.Start:d.Span.End]))
	}
	return strings.Join(got, " "), res.Suppressed
}

func TestSuppressions(t *testing.T) {
	tests := []struct {
		name, text string
		format     Format
		want       string
		suppressed int
	}{
		{"none", "Un! DEUX!", Markdown, "typography.test@! tone.test@DEUX typography.test@!", 0},
		{"region", "Un!\n\n<!-- coquille-disable -->\n\nDeux! TROIS\n\n<!-- coquille-enable -->\n\nQuatre!", Markdown,
			"typography.test@! typography.test@!", 2},
		{"region without blank lines", "Un!\n<!-- coquille-disable -->\nDeux!\n<!-- coquille-enable -->\nTrois!", Markdown,
			"typography.test@! typography.test@!", 1},
		{"region to the end", "Un!\n\n<!-- coquille-disable -->\n\nDeux!\n\nTrois!", Markdown, "typography.test@!", 2},
		{"region of one rule", "<!-- coquille-disable tone.test -->\n\nOUI! NON!", Markdown,
			"typography.test@! typography.test@!", 2},
		{"region of a category, ids with commas", "<!-- coquille-disable tone, typography.colon -->\n\nOUI! a:b", Markdown,
			"typography.test@!", 2},
		{"enable one of two", "<!-- coquille-disable tone typography.test -->\n\nUN!\n\n<!-- coquille-enable tone -->\n\nDEUX!", Markdown,
			"tone.test@DEUX", 2},
		{"inline comment", "Un! <!-- coquille-disable --> Deux! <!-- coquille-enable --> Trois!", Markdown,
			"typography.test@! typography.test@!", 1},
		{"next line", "<!-- coquille-disable-next-line -->\nUn!\nDeux!", Markdown, "typography.test@!", 1},
		{"next line, one rule", "<!-- coquille-disable-next-line tone.test -->\nOUI!\nDeux!", Markdown,
			"typography.test@! typography.test@!", 1},
		{"reason", "<!-- coquille-disable-next-line tone -- citation exacte -->\nOUI!", Markdown, "typography.test@!", 1},
		{"code is not a directive", "```\n<!-- coquille-disable -->\n```\n\nUn! `<!-- coquille-disable -->` Deux!", Markdown,
			"typography.test@! typography.test@!", 0},
		{"ignore marker", "Un! coquille:ignore\nDeux!", PlainText, "typography.test@!", 1},
		{"ignore marker with ids", "OUI! coquille:ignore tone.test, typography.colon\nDeux!", PlainText,
			"typography.test@! typography.test@!", 1},
		{"ignore marker with a reason", "OUI! coquille:ignore tone -- c’est un sigle !\n", PlainText, "typography.test@!", 1},
		{"ignore marker in a comment", "Un! <!-- coquille:ignore -->\nDeux!", Markdown, "typography.test@!", 1},
		{"ignore marker in a paragraph", "Un!\nDeux! coquille:ignore\nTrois!", Markdown, "typography.test@! typography.test@!", 1},
		{"ignore marker with CR LF", "Un!\r\nDeux! coquille:ignore\r\nTrois!", PlainText, "typography.test@! typography.test@!", 1},
		{"marker not at the end of the line", "Un! coquille:ignore, dit-il: oui!", PlainText,
			"typography.test@! typography.colon@: typography.colon@: typography.test@!", 0},
		{"not a marker", "Un! coquille:ignored", PlainText, "typography.test@! typography.colon@:", 0},
		{"marker alone in code", "Un! `coquille:ignore`", Markdown, "typography.test@!", 0},
		{"unknown id", "Un! coquille:ignore tone.tset\n", PlainText,
			"typography.test@! suppression.unknown@tone.tset", 0},
		{"unknown id in a comment", "<!-- coquille-disable typo -->\n\nUn!", Markdown, "suppression.unknown@typo typography.test@!", 0},
		{"unknown directive", "<!-- coquille-disabel tone -->\n\nOUI", Markdown,
			"suppression.unknown@<!-- coquille-disabel tone --> tone.test@OUI", 0},
		{"other comments", "<!-- coquillette --> <!-- à faire -->\n\nUn!", Markdown, "typography.test@!", 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, suppressed := found(t, tt.format, tt.text)
			if got != tt.want || suppressed != tt.suppressed {
				t.Errorf("got %q, %d suppressed\nwant %q, %d suppressed", got, suppressed, tt.want, tt.suppressed)
			}
		})
	}
}

// TestIgnoreMarkerToken checks that the marker and its IDs are one opaque
// token, which rules do not read as prose.
func TestIgnoreMarkerToken(t *testing.T) {
	doc := NewDocument(&Source{Data: []byte("Oui. coquille:ignore typography.space-after, tone  \nNon")})
	var got []string
	for _, tok := range doc.All() {
		if tok.Kind == Opaque {
			got = append(got, tok.Text)
		}
	}
	if want := "coquille:ignore typography.space-after, tone"; len(got) != 1 || got[0] != want {
		t.Errorf("opaque tokens %q, want [%q]", got, want)
	}
}

func TestFixHonoursSuppressions(t *testing.T) {
	c, err := NewChecker([]*Rule{exclaim}, nil, "")
	if err != nil {
		t.Fatal(err)
	}
	src := "Un!\n\n<!-- coquille-disable-next-line -->\nDeux!\n"
	fixed, n, res := c.Fix(&Source{Data: []byte(src), Format: Markdown})
	if want := "Un\u202f!\n\n<!-- coquille-disable-next-line -->\nDeux!\n"; string(fixed) != want || n != 1 || res.Suppressed != 1 {
		t.Errorf("got %q, %d fixes, %d suppressed", fixed, n, res.Suppressed)
	}
}

func TestUnknownSuppressionSeverity(t *testing.T) {
	cfg, err := ParseConfig("c.yaml", []byte("rules:\n  suppression: off\n"))
	if err != nil {
		t.Fatal(err)
	}
	c, err := NewChecker([]*Rule{exclaim}, cfg, "")
	if err != nil {
		t.Fatal(err)
	}
	if res := c.Check(&Source{Data: []byte("Non coquille:ignore rien\n")}); len(res.Diagnostics) != 0 {
		t.Errorf("got %+v", res.Diagnostics)
	}
}

// FuzzSuppressions checks that suppressions never panic and only drop
// diagnostics: what is kept and what is counted make up what the rules
// found.
func FuzzSuppressions(f *testing.F) {
	for _, s := range []string{
		"Un!\n<!-- coquille-disable -->\nDeux!\n<!-- coquille-enable -->",
		"OUI! coquille:ignore tone, x\r\nNON!",
		"<!-- coquille-disable-next-line typography -- raison -->",
		"<!--coquille-enable tone--> coquille:ignore",
	} {
		f.Add(s, true)
		f.Add(s, false)
	}
	all, err := NewChecker([]*Rule{exclaim, shout, colon}, nil, "")
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, text string, markdown bool) {
		if Validate([]byte(text)) != nil {
			return
		}
		format := PlainText
		if markdown {
			format = Markdown
		}
		res := all.Check(&Source{Data: []byte(text), Format: format})
		doc := NewDocument(&Source{Data: []byte(text), Format: format})
		var raw []Diagnostic
		for _, r := range all.Rules {
			r.Check(&Pass{Doc: doc, Rule: r, checker: all, report: func(d Diagnostic) { raw = append(raw, d) }})
		}
		if found := len(sortDiagnostics(raw)); len(res.Diagnostics)+res.Suppressed != found {
			t.Fatalf("%d kept + %d suppressed, but the rules found %d", len(res.Diagnostics), res.Suppressed, found)
		}
	})
}
