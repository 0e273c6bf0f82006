package lint

import (
	"path/filepath"
	"strings"
	"testing"
)

func TestMatchGlob(t *testing.T) {
	tests := []struct {
		glob, path string
		want       bool
	}{
		{"posts/quebec/**", "posts/quebec/a.md", true},
		{"posts/quebec/**", "posts/quebec/2024/a.md", true},
		{"posts/quebec/**", "posts/france/a.md", false},
		{"posts/quebec/**", "autres/posts/quebec/a.md", false},
		{"posts/quebec/", "posts/quebec/2024/a.md", true},
		{"posts/**/*.txt", "posts/a.txt", true},
		{"posts/**/*.txt", "posts/x/y/a.txt", true},
		{"posts/**/*.txt", "posts/x/a.md", false},
		{"*.txt", "a.txt", true},
		{"*.txt", "x/y/a.txt", true},
		{"/*.txt", "x/a.txt", false},
		{"/*.txt", "a.txt", true},
		{"./posts/*.md", "posts/a.md", true},
		{"posts/*.md", "posts/x/a.md", false},
		{"brouillon-?.md", "x/brouillon-1.md", true},
	}
	for _, tt := range tests {
		if got := matchGlob(tt.glob, tt.path); got != tt.want {
			t.Errorf("matchGlob(%q, %q) = %v, want %v", tt.glob, tt.path, got, tt.want)
		}
	}
}

const withOverrides = `profile: fr-FR
rules:
  typography.test: warning
words: [Coquille]
overrides:
  - files: ["posts/quebec/**", "*.qc.md"]
    profile: fr-CA
    words: [magasiner]
    rules:
      typography.test: off
  - files: posts/quebec/brouillons/
    apostrophe: straight
    rules:
      tone: off
`

func TestOverrides(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, ConfigFile)
	cfg, err := ParseConfig(file, []byte(withOverrides))
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		path, key, profile, apostrophe string
		test                           Severity
		words                          string
	}{
		{"posts/france/a.md", "", "fr-FR", TypographicApostrophe, Warning, "Coquille"},
		{"posts/quebec/a.md", "0", "fr-CA", TypographicApostrophe, Off, "Coquille magasiner"},
		{"posts/b.qc.md", "0", "fr-CA", TypographicApostrophe, Off, "Coquille magasiner"},
		{"posts/quebec/brouillons/a.md", "0,1", "fr-CA", StraightApostrophe, Off, "Coquille magasiner"},
	}
	for _, tt := range tests {
		eff, key := cfg.ForFile(filepath.Join(dir, tt.path))
		p, err := eff.BuildProfile("")
		if err != nil {
			t.Fatal(err)
		}
		sev, _ := eff.SeverityOf(exclaim)
		if key != tt.key || p.Name != tt.profile || p.Apostrophe != tt.apostrophe || sev != tt.test || strings.Join(eff.Words, " ") != tt.words {
			t.Errorf("%s: key %q, profile %s, apostrophe %s, typography.test %v, words %q", tt.path, key, p.Name, p.Apostrophe, sev, eff.Words)
		}
	}
	if sev, _ := cfg.SeverityOf(exclaim); sev != Warning || len(cfg.Words) != 1 {
		t.Error("overrides changed the configuration they came from")
	}
	if _, err := NewChecker([]*Rule{exclaim}, cfg, ""); err == nil || !strings.HasSuffix(err.Error(), ":14: règle inconnue «\u00a0tone\u00a0» (voir coquille rules)") {
		t.Errorf("unknown rule in an override: %v", err)
	}
	if _, err := NewChecker([]*Rule{exclaim, shout}, cfg, ""); err != nil {
		t.Error(err)
	}
}

func TestOverrideErrors(t *testing.T) {
	cases := []struct{ data, want string }{
		{"overrides: posts\n", "c.yaml:1: overrides attend une liste"},
		{"overrides:\n  - profile: fr-CA\n", "c.yaml:2: entrée de overrides sans files"},
		{"overrides:\n  - files: []\n", "c.yaml:2: files attend un motif"},
		{"overrides:\n  - files: a[\n", "c.yaml:2: motif files invalide «\u00a0a[\u00a0»"},
		{"overrides:\n  - files: a\n    ignore: [b]\n", "c.yaml:3: la clé «\u00a0ignore\u00a0» n’est pas permise dans overrides"},
		{"overrides:\n  - files: a\n    profile: fr-XX\n", "c.yaml:3: profil inconnu «\u00a0fr-XX\u00a0»"},
		{"overrides:\n  - files: a\n    profil: fr-CA\n", "c.yaml:3: clé inconnue «\u00a0profil\u00a0»"},
	}
	for _, tt := range cases {
		_, err := ParseConfig("c.yaml", []byte(tt.data))
		if err == nil || !strings.HasPrefix(err.Error(), tt.want) {
			t.Errorf("%q:\n got %v\nwant %s…", tt.data, err, tt.want)
		}
	}
}
