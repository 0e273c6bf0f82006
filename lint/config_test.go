package lint

import (
	"strings"
	"testing"
)

func TestParseConfig(t *testing.T) {
	data := `profile: fr-CA
strict: true
apostrophe: straight
spacing:
  before-colon: nnbsp
rules:
  typography.space-before-colon: warning
  tone: off
ignore:
  - brouillons/*
words: [Coquille, LinkedIn]
`
	c, err := ParseConfig(".coquille.yaml", []byte(data))
	if err != nil {
		t.Fatal(err)
	}
	p, err := c.BuildProfile("")
	if err != nil {
		t.Fatal(err)
	}
	if p.Name != "fr-CA" || !p.Strict || p.Apostrophe != StraightApostrophe || p.Want(BeforeColon) != NarrowNoBreak {
		t.Fatalf("profile %+v", p)
	}
	if p.Accepts(BeforeColon, NoBreak) {
		t.Error("strict profile accepts U+00A0 where U+202F is set")
	}
	colon := &Rule{ID: "typography.space-before-colon", Category: Typography}
	shout := &Rule{ID: "tone.shouting", Category: Tone}
	if s, ok := c.SeverityOf(colon); !ok || s != Warning {
		t.Errorf("severity of colon rule: %v %v", s, ok)
	}
	if s, ok := c.SeverityOf(shout); !ok || s != Off {
		t.Errorf("severity of tone rule: %v %v", s, ok)
	}
	if err := c.CheckRuleNames([]*Rule{colon, shout}); err != nil {
		t.Error(err)
	}
	if !c.Ignored("brouillons/post.md") || !c.Ignored("brouillons/x/post.md") || c.Ignored("a/brouillons/post.md") || c.Ignored("posts/post.md") {
		t.Error("ignore globs")
	}
	if len(c.Words) != 2 {
		t.Errorf("words %v", c.Words)
	}
}

func TestConfigErrors(t *testing.T) {
	cases := []struct{ data, want string }{
		{"profil: fr-FR\n", "c.yaml:1: clé inconnue «\u00a0profil\u00a0»"},
		{"profile: fr-XX\n", "c.yaml:1: profil inconnu «\u00a0fr-XX\u00a0»"},
		{"rules:\n  tone.shouting: loud\n", "c.yaml:2: gravité inconnue «\u00a0loud\u00a0»"},
		{"spacing:\n  before-colon: wide\n", "c.yaml:2: espacement inconnu «\u00a0wide\u00a0»"},
		{"strict: maybe\n", "c.yaml:1: strict attend true ou false"},
		{"words: Coquille\n", "c.yaml:1: words attend une liste"},
		{"profile: [\n", "c.yaml: YAML invalide"},
	}
	for _, c := range cases {
		_, err := ParseConfig("c.yaml", []byte(c.data))
		if err == nil || !strings.HasPrefix(err.Error(), c.want) {
			t.Errorf("%q: got %v, want prefix %q", c.data, err, c.want)
		}
	}
	cfg, _ := ParseConfig("c.yaml", []byte("rules:\n  typo.nothing: off\n"))
	if err := cfg.CheckRuleNames(nil); err == nil || !strings.HasPrefix(err.Error(), "c.yaml:2: règle inconnue") {
		t.Errorf("unknown rule: %v", err)
	}
}

func TestProfilesAreData(t *testing.T) {
	fr, _ := LookupProfile("fr-FR")
	ca, _ := LookupProfile("fr-CA")
	ch, _ := LookupProfile("fr-CH")
	if !fr.Accepts(BeforeExclamation, NarrowNoBreak) || !fr.Accepts(BeforeExclamation, NoBreak) || fr.Accepts(BeforeExclamation, PlainSpace) || fr.Accepts(BeforeExclamation, NoSpace) {
		t.Error("fr-FR before !")
	}
	if !ca.Accepts(BeforeExclamation, NoSpace) || !ca.Accepts(BeforeExclamation, NarrowNoBreak) || ca.Accepts(BeforeExclamation, NoBreak) {
		t.Error("fr-CA before !")
	}
	if ch.Want(BeforeColon) != NarrowNoBreak || ch.Want(BeforePercent) != NoSpace {
		t.Error("fr-CH")
	}
	fr.Spacing[BeforeColon] = PlaceRule{Prefer: NoSpace}
	if again, _ := LookupProfile("fr-FR"); again.Want(BeforeColon) != NoBreak {
		t.Error("LookupProfile must return a fresh copy")
	}
}
