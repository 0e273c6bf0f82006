package lint

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestWordList(t *testing.T) {
	w := NewWordList([]string{"courriel", "Coquille", "LinkedIn", "aujourd'hui", "  ", "e\u0301moji"})
	accepted := []string{"courriel", "Courriel", "COURRIEL", "Coquille", "COQUILLE", "LinkedIn", "aujourd’hui", "Aujourd'hui", "émoji", "Émoji"}
	refused := []string{"CoUrriel", "coquille", "linkedin", "Linkedin", "LINKEDIN", "courriels", ""}
	for _, word := range accepted {
		if !w.Contains(word) {
			t.Errorf("%q refused", word)
		}
	}
	for _, word := range refused {
		if w.Contains(word) {
			t.Errorf("%q accepted", word)
		}
	}
	if w.Len() != 5 {
		t.Errorf("Len = %d", w.Len())
	}
	var none *WordList
	if none.Contains("x") || none.Len() != 0 {
		t.Error("a nil list holds nothing")
	}
}

func TestReadWordsFile(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "mots.txt")
	if err := os.WriteFile(file, []byte("\uFEFF# marques\nCoquille\n\n  LinkedIn  \r\n#hashtag\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	words, err := ReadWordsFile(file)
	if err != nil || strings.Join(words, "|") != "Coquille|LinkedIn" {
		t.Errorf("got %q, %v", words, err)
	}
	if _, err := ReadWordsFile(filepath.Join(dir, "absent.txt")); err == nil || !strings.HasSuffix(err.Error(), "absent.txt: fichier introuvable") {
		t.Errorf("got %v", err)
	}
	os.WriteFile(file, []byte{0xff}, 0o644)
	if _, err := ReadWordsFile(file); err == nil || !strings.Contains(err.Error(), "UTF-8 invalide") {
		t.Errorf("got %v", err)
	}
}

// TestPassWords checks that rules see the configuration's words.
func TestPassWords(t *testing.T) {
	unknown := &Rule{ID: "spelling.test", Category: Spelling, Severity: Error, Check: func(p *Pass) {
		for _, tok := range p.Doc.All() {
			if tok.Kind == Word && !p.Words.Contains(tok.Text) {
				p.Report(Diagnostic{Message: "inconnu", Span: tok.Span()})
			}
		}
	}}
	cfg, err := ParseConfig("c.yaml", []byte("words: [coquille, Paris]\n"))
	if err != nil {
		t.Fatal(err)
	}
	c, err := NewChecker([]*Rule{unknown}, cfg, "")
	if err != nil {
		t.Fatal(err)
	}
	text := "Coquille à Paris"
	if got := describe(text, c.Check(&Source{Data: []byte(text)}).Diagnostics); got != "spelling.test@à" {
		t.Errorf("got %q", got)
	}
}
