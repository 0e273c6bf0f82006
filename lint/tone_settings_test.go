package lint

import (
	"strings"
	"testing"
)

func TestParseToneSettings(t *testing.T) {
	data := `platform: mastodon
tone:
  shouting-words: 1
  emoji-run: 2
  emoji-sentence: 5
  hashtags: 4
  accept: [Bosser, "Trop bien", l’ami]
  extra:
    sms: {wsh: [salut, bonjour], slt: salut}
    insult: [boloss]
`
	c, err := ParseConfig(".coquille.yaml", []byte(data))
	if err != nil {
		t.Fatal(err)
	}
	tone := &c.Tone
	if c.Platform != "mastodon" || tone.Shouting() != 1 || tone.MaxEmojiRun() != 2 || tone.MaxEmojiSentence() != 5 {
		t.Errorf("settings %q %+v", c.Platform, tone)
	}
	x, _ := LookupPlatform("x")
	if tone.MaxHashtags(x) != 4 {
		t.Errorf("hashtags %d, want the configured 4", tone.MaxHashtags(x))
	}
	for _, w := range []string{"bosser", "trop bien", "l'ami"} {
		if !tone.Accepts(w) {
			t.Errorf("%q not accepted", w)
		}
	}
	sms := tone.Extra["sms"]
	if len(sms) != 2 || len(tone.Extra["insult"]) != 1 || tone.Extra["insult"][0].Phrase != "boloss" {
		t.Fatalf("extra %+v", tone.Extra)
	}
	for _, e := range sms {
		if e.Phrase == "wsh" && strings.Join(e.Suggestions, "|") != "salut|bonjour" {
			t.Errorf("wsh: %q", e.Suggestions)
		}
	}
}

func TestToneDefaults(t *testing.T) {
	var tone ToneSettings
	if tone.Shouting() != DefaultShoutingWords || tone.MaxEmojiRun() != DefaultEmojiRun ||
		tone.MaxEmojiSentence() != DefaultEmojiSentence || tone.MaxHashtags(nil) != DefaultHashtags {
		t.Errorf("defaults %+v", tone)
	}
	ig, _ := LookupPlatform("instagram")
	if tone.MaxHashtags(ig) != ig.Hashtags || ig.HashtagLimit != 30 {
		t.Errorf("instagram: %d, limit %d", tone.MaxHashtags(ig), ig.HashtagLimit)
	}
}

func TestToneKey(t *testing.T) {
	for in, want := range map[string]string{
		"Cul-de-sac": "cul de sac", "J’suis": "j'suis", "  MDR ": "mdr", "e\u0301te\u0301": "été",
	} {
		if got := ToneKey(in); got != want {
			t.Errorf("ToneKey(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestToneConfigErrors(t *testing.T) {
	cases := []struct{ data, want string }{
		{"platform: twitter", ":1: plateforme inconnue «\u00a0twitter\u00a0» (attendu\u00a0: x, bluesky, mastodon, threads, linkedin, instagram, facebook)"},
		{"tone: 3", ":1: tone attend une table"},
		{"tone:\n  crier: 2", ":2: clé inconnue «\u00a0crier\u00a0» dans tone"},
		{"tone:\n  shouting-words: 0", ":2: tone.shouting-words attend un nombre entier supérieur ou égal à 1, pas «\u00a00\u00a0»"},
		{"tone:\n  emoji-run: beaucoup", ":2: tone.emoji-run attend un nombre entier"},
		{"tone:\n  accept: mdr", ":2: tone.accept attend une liste de mots"},
		{"tone:\n  extra: [mdr]", ":2: tone.extra attend une table"},
		{"tone:\n  extra:\n    gros-mots: [zut]", ":3: liste inconnue «\u00a0gros-mots\u00a0» dans tone.extra"},
		{"tone:\n  extra:\n    sms: mdr", ":3: tone.extra.sms attend une liste de mots ou une table"},
		{"tone:\n  extra:\n    sms: {mdr: {a: b}}", ":3: tone.extra.sms attend"},
	}
	for _, c := range cases {
		_, err := ParseConfig("c.yaml", []byte(c.data))
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%q: error %v, want %q", c.data, err, c.want)
		}
	}
}

// TestToneOverrides checks that an override changes the tone settings of
// the files it matches, and not those of the configuration.
func TestToneOverrides(t *testing.T) {
	data := `tone:
  accept: [mdr]
  extra:
    sms: {wsh: salut}
overrides:
  - files: "quebec/*"
    platform: x
    tone:
      accept: [tkt]
      extra:
        sms: {slt: salut}
`
	c, err := ParseConfig("/p/.coquille.yaml", []byte(data))
	if err != nil {
		t.Fatal(err)
	}
	q, _ := c.ForFile("/p/quebec/post.md")
	if q.Platform != "x" || !q.Tone.Accepts("mdr") || !q.Tone.Accepts("tkt") || len(q.Tone.Extra["sms"]) != 2 {
		t.Errorf("override: %q %+v", q.Platform, q.Tone)
	}
	if c.Platform != "" || c.Tone.Accepts("tkt") || len(c.Tone.Extra["sms"]) != 1 {
		t.Errorf("the override changed the configuration: %q %+v", c.Platform, c.Tone)
	}
}
