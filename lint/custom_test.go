package lint

import (
	"fmt"
	"strings"
	"testing"
)

// customChecker builds a checker with only the custom rules of a config.
func customChecker(t *testing.T, config string) *Checker {
	t.Helper()
	cfg, err := ParseConfig("c.yaml", []byte(config))
	if err != nil {
		t.Fatal(err)
	}
	c, err := NewChecker(nil, cfg, "")
	if err != nil {
		t.Fatal(err)
	}
	return c
}

// describe lists diagnostics as "rule@text→suggestion!" (! for a safe fix).
func describe(text string, diags []Diagnostic) string {
	var out []string
	for _, d := range diags {
		s := fmt.Sprintf("%s@%s", d.Rule, text[d.Span.Start:d.Span.End])
		if len(d.Suggestions) > 0 {
			s += "→" + d.Suggestions[0]
		}
		if d.Fix != nil {
			s += "!"
		}
		out = append(out, s)
	}
	return strings.Join(out, " ")
}

const brands = `custom:
  - id: marques
    kind: substitution
    fix: true
    swap:
      facebook: Facebook
      Linkedin: LinkedIn
  - id: courriel
    kind: substitution
    ignorecase: true
    severity: info
    message: "On écrit «\u00a0{suggestion}\u00a0» plutôt que «\u00a0%s\u00a0»."
    swap:
      e-mail: courriel
  - id: jargon
    kind: existence
    words: [synergie, "big data"]
    patterns: ['disrupt\w*', 'deep ?tech']
    message: "«\u00a0{match}\u00a0» est du jargon."
`

func TestCustomRules(t *testing.T) {
	c := customChecker(t, brands)
	tests := []struct {
		name, text string
		format     Format
		want       string
	}{
		{"substitution", "Sur facebook et Linkedin, pas sur Facebook.", PlainText,
			"custom.marques@facebook→Facebook! custom.marques@Linkedin→LinkedIn!"},
		{"whole words only", "facebooker, refacebook, facebook2, facebook-like", PlainText,
			"custom.marques@facebook→Facebook!"},
		{"case kept when case is ignored", "E-mail, e-mail, E-MAIL, courriel, e-mails", PlainText,
			"custom.courriel@E-mail→Courriel custom.courriel@e-mail→courriel custom.courriel@E-MAIL→COURRIEL"},
		{"existence", "Synergie, big data et disruptive deeptech.", PlainText,
			"custom.jargon@big data custom.jargon@disruptive custom.jargon@deeptech"},
		{"a phrase across a line end", "du big\ndata", PlainText, "custom.jargon@big\ndata"},
		{"never in code, link targets, mentions or hashtags", "`facebook` https://facebook.com @facebook #facebook [facebook](https://x.fr) <b>facebook</b>", Markdown,
			"custom.marques@facebook→Facebook! custom.marques@facebook→Facebook!"},
		{"across markup: no fix", "**face**book", Markdown, "custom.marques@face**book"},
		{"nfd", "te\u0301le\u0301 synergie\u0301 e\u0301-mail E\u0301-mail facebook", PlainText, "custom.marques@facebook→Facebook!"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := c.Check(&Source{Data: []byte(tt.text), Format: tt.format})
			if got := describe(tt.text, res.Diagnostics); got != tt.want {
				t.Errorf("got  %q\nwant %q", got, tt.want)
			}
		})
	}
}

func TestCustomMessages(t *testing.T) {
	c := customChecker(t, brands)
	res := c.Check(&Source{Data: []byte("Un e-mail sur facebook, disruptif.")})
	var got []string
	for _, d := range res.Diagnostics {
		got = append(got, d.Severity.String()+": "+d.Message)
	}
	want := []string{
		"info: On écrit «\u00a0courriel\u00a0» plutôt que «\u00a0e-mail\u00a0».",
		"warning: Préférez «\u00a0Facebook\u00a0» à «\u00a0facebook\u00a0».",
		"warning: «\u00a0disruptif\u00a0» est du jargon.",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("got  %q\nwant %q", got, want)
	}
}

func TestCustomNFD(t *testing.T) {
	c := customChecker(t, "custom:\n  - id: tel\n    kind: substitution\n    fix: true\n    swap:\n      téléphone: portable\n")
	text := "Mon te\u0301le\u0301phone."
	fixed, n, _ := c.Fix(&Source{Data: []byte(text)})
	if string(fixed) != "Mon portable." || n != 1 {
		t.Errorf("got %q (%d fixes)", fixed, n)
	}
}

func TestCustomRuleSettings(t *testing.T) {
	c := customChecker(t, brands+"rules:\n  custom.marques: error\n  custom.jargon: off\n")
	res := c.Check(&Source{Data: []byte("facebook synergie")})
	if got := describe("facebook synergie", res.Diagnostics); got != "custom.marques@facebook→Facebook!" || res.Diagnostics[0].Severity != Error {
		t.Errorf("got %q %v", got, res.Diagnostics)
	}
	var ids, docs []string
	for _, r := range c.Rules {
		ids = append(ids, r.ID)
		docs = append(docs, r.Doc)
	}
	if want := "custom.marques custom.courriel custom.jargon suppression.unknown limit.diagnostics"; strings.Join(ids, " ") != want {
		t.Errorf("rules %q, want %q", ids, want)
	}
	if want := "Règle de la configuration\u00a0: remplace «\u00a0facebook\u00a0» par «\u00a0Facebook\u00a0», «\u00a0Linkedin\u00a0» par «\u00a0LinkedIn\u00a0»."; docs[0] != want {
		t.Errorf("doc %q", docs[0])
	}
	if ex := c.Rules[0].Examples; len(ex) != 1 || ex[0] != (Example{Bad: "facebook", Good: "Facebook"}) {
		t.Errorf("examples %+v", ex)
	}
}

func TestCustomConfigErrors(t *testing.T) {
	entry := "custom:\n  - id: x\n    kind: existence\n"
	cases := []struct{ data, want string }{
		{"custom: oui\n", "c.yaml:1: custom attend une liste"},
		{"custom:\n  - kind: existence\n", "c.yaml:2: règle de custom sans id"},
		{"custom:\n  - id: Marques\n", "c.yaml:2: id invalide «\u00a0Marques\u00a0»"},
		{"custom:\n  - id: x\n", "c.yaml:2: règle personnalisée «\u00a0x\u00a0»\u00a0: kind manque"},
		{"custom:\n  - id: x\n    kind: regex\n", "c.yaml:3: règle personnalisée «\u00a0x\u00a0»\u00a0: kind inconnu «\u00a0regex\u00a0»"},
		{entry + "    mots: [a]\n", "c.yaml:4: clé inconnue «\u00a0mots\u00a0» dans custom"},
		{entry, "c.yaml:3: règle personnalisée «\u00a0x\u00a0»\u00a0: une règle existence a besoin de words ou de patterns"},
		{entry + "    patterns:\n      - ok\n      - 'a(b'\n", "c.yaml:6: règle personnalisée «\u00a0x\u00a0»\u00a0: motif invalide «\u00a0a(b\u00a0» (parenthèse fermante manquante\u00a0: «\u00a0a(b\u00a0»)"},
		{entry + "    patterns: ['a(?=b)']\n", "c.yaml:4: règle personnalisée «\u00a0x\u00a0»\u00a0: motif invalide «\u00a0a(?=b)\u00a0» (syntaxe non reconnue par RE2"},
		{entry + "    patterns: ['a*']\n", "c.yaml:4: règle personnalisée «\u00a0x\u00a0»\u00a0: le motif «\u00a0a*\u00a0» accepte un texte vide"},
		{entry + "    words: [a]\n    fix: true\n", "c.yaml:5: règle personnalisée «\u00a0x\u00a0»\u00a0: fix ne vaut que pour kind: substitution"},
		{entry + "    words: [a]\n    severity: off\n", "c.yaml:5: règle personnalisée «\u00a0x\u00a0»\u00a0: gravité inconnue «\u00a0off\u00a0»"},
		{entry + "    words: [a]\n    ignorecase: peut-être\n", "c.yaml:5: règle personnalisée «\u00a0x\u00a0»\u00a0: ignorecase attend true ou false"},
		{entry + "    words: [a]\n    message: \"{suggestion}\"\n", "c.yaml:5: règle personnalisée «\u00a0x\u00a0»\u00a0: {suggestion} ne vaut que pour kind: substitution"},
		{"custom:\n  - id: x\n    kind: substitution\n    swap: [a, b]\n", "c.yaml:4: règle personnalisée «\u00a0x\u00a0»\u00a0: swap attend une table"},
		{"custom:\n  - id: x\n    kind: substitution\n    words: [a]\n", "c.yaml:4: règle personnalisée «\u00a0x\u00a0»\u00a0: words ne vaut que pour kind: existence"},
		{entry + "    words: [a]\n  - id: x\n    kind: existence\n    words: [b]\n", "c.yaml:5: règle personnalisée «\u00a0x\u00a0» définie deux fois"},
	}
	for _, tt := range cases {
		_, err := ParseConfig("c.yaml", []byte(tt.data))
		if err == nil || !strings.HasPrefix(err.Error(), tt.want) {
			t.Errorf("%q:\n got %v\nwant %s…", tt.data, err, tt.want)
		}
	}
}

// FuzzCustom checks that custom rules report spans inside the text and
// that their fixes are stable.
func FuzzCustom(f *testing.F) {
	for _, s := range []string{"Sur facebook et Linkedin.", "e\u0301-mail **face**book\nbig\r\ndata", "`facebook` #facebook E-MAIL"} {
		f.Add(s, true)
		f.Add(s, false)
	}
	cfg, err := ParseConfig("c.yaml", []byte(brands))
	if err != nil {
		f.Fatal(err)
	}
	c, err := NewChecker(nil, cfg, "")
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
		src := &Source{Data: []byte(text), Format: format}
		for _, d := range c.Check(src).Diagnostics {
			if d.Span.Start < 0 || d.Span.End > len(text) || d.Span.Start >= d.Span.End {
				t.Fatalf("span %v in %d bytes", d.Span, len(text))
			}
		}
		fixed, _, _ := c.Fix(src)
		if again, n, _ := c.Fix(&Source{Data: fixed, Format: format}); n != 0 || string(again) != string(fixed) {
			t.Fatalf("a second fix changed %d places", n)
		}
	})
}
