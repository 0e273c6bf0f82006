package dictionaries

import (
	"io/fs"
	"slices"
	"strings"
	"testing"

	"golang.org/x/text/unicode/norm"
)

// TestToneFiles checks the tone lexicons line by line: a header comment,
// well-formed entries, forms in lower case, NFC and with the ASCII
// apostrophe, suggestions with the typographic one, and no form twice.
func TestToneFiles(t *testing.T) {
	files, err := fs.Glob(toneFiles, "tone/*.tsv")
	if err != nil || len(files) != 5 {
		t.Fatalf("tone files %v: %v", files, err)
	}
	for _, file := range files {
		data, _ := toneFiles.ReadFile(file)
		text := string(data)
		if !strings.HasPrefix(text, "# ") {
			t.Errorf("%s: no header comment", file)
		}
		seen := map[string]int{}
		for n, line := range strings.Split(text, "\n") {
			if line == "" || strings.HasPrefix(line, "#") {
				continue
			}
			phrases, err := parseEntry(line)
			if err != nil {
				t.Errorf("%s:%d: %v", file, n+1, err)
				continue
			}
			for _, p := range phrases {
				form := strings.Join(p.Words, " ")
				if form != strings.ToLower(form) || !norm.NFC.IsNormalString(form) || strings.Contains(form, "’") {
					t.Errorf("%s:%d: form %q is not lower case, NFC, with ASCII apostrophes", file, n+1, form)
				}
				if first, ok := seen[form]; ok {
					t.Errorf("%s:%d: form %q already on line %d", file, n+1, form, first)
				}
				seen[form] = n + 1
				for _, s := range p.Suggestions {
					if s == "" || strings.Contains(s, "'") || !norm.NFC.IsNormalString(s) {
						t.Errorf("%s:%d: suggestion %q is empty, not NFC or has a straight apostrophe", file, n+1, s)
					}
				}
				if file == "tone/vulgar.tsv" && p.Grade == Ordinary {
					t.Errorf("%s:%d: %q has no grade", file, n+1, form)
				}
				if file != "tone/vulgar.tsv" && p.Grade != Ordinary && p.Grade != Innocent {
					t.Errorf("%s:%d: %q is graded outside vulgar.tsv", file, n+1, form)
				}
			}
		}
	}
}

func TestToneLexicons(t *testing.T) {
	entries := 0
	data, _ := toneFiles.ReadFile("tone/sms.tsv")
	for line := range strings.Lines(string(data)) {
		if !strings.HasPrefix(line, "#") && strings.TrimSpace(line) != "" {
			entries++
		}
	}
	if entries < 80 {
		t.Errorf("sms.tsv has %d entries, want at least 80", entries)
	}
	for _, l := range []*Lexicon{SMS(), Vulgarity(), Familiar(), Anglicisms(), AnglicismsCanada()} {
		if l.Len() == 0 {
			t.Error("empty lexicon")
		}
	}
	mdr := SMS().Phrases("mdr")
	if len(mdr) != 1 || mdr[0].Suggestions[0] != "mort de rire" {
		t.Errorf("mdr: %+v", mdr)
	}
	if p := Vulgarity().Phrases("salope"); len(p) == 0 || p[0].Grade != Insult {
		t.Errorf("salope: %+v", p)
	}
	if p := Vulgarity().Phrases("cul"); len(p) < 2 || p[0].Grade != Innocent || p[len(p)-1].Grade != Vulgar {
		t.Errorf("cul: the longest look-alikes must come first: %+v", p)
	}
	if p := Anglicisms().Phrases("checkons"); len(p) != 1 || !p[0].Hint || p[0].Lemma != "checker" {
		t.Errorf("checkons: %+v", p)
	}
	if p := Familiar().Phrases("bosse"); p != nil {
		t.Errorf("bosse is left out of the forms of bosser: %+v", p)
	}
	if p := Familiar().Phrases("super"); len(p) != 1 || p[0].Context != BeforeAdjective {
		t.Errorf("super: %+v", p)
	}
	if p := AnglicismsCanada().Phrases("hashtag"); len(p) != 1 || p[0].Suggestions[0] != "mot-clic" {
		t.Errorf("hashtag under fr-CA: %+v", p)
	}
}

func TestIsSMS(t *testing.T) {
	for _, w := range []string{"mdr", "MDR", "Ptdr", "jsp", "j’suis", "g", "cc"} {
		if !IsSMS(w) {
			t.Errorf("IsSMS(%q) = false", w)
		}
	}
	for _, w := range []string{"merci", "chais", "", "mdrr2"} {
		if IsSMS(w) {
			t.Errorf("IsSMS(%q) = true", w)
		}
	}
}

func TestIsAcronym(t *testing.T) {
	if !IsAcronym("RAID") || IsAcronym("raid") || IsAcronym("VENEZ") {
		t.Error("IsAcronym")
	}
}

func TestConjugate(t *testing.T) {
	forms, err := conjugate("manger")
	if err != nil || !slices.Contains(forms, "mangeons") || !slices.Contains(forms, "mangeais") || !slices.Contains(forms, "mangé") {
		t.Errorf("manger: %v %v", forms, err)
	}
	forms, _ = conjugate("commencer")
	if !slices.Contains(forms, "commençons") || !slices.Contains(forms, "commencez") {
		t.Errorf("commencer: %v", forms)
	}
	if _, err := conjugate("foutre"); err == nil {
		t.Error("conjugate accepts a verb that does not end in -er")
	}
}

func TestParseLexiconErrors(t *testing.T) {
	for _, text := range []string{
		"mdr",                        // no suggestions
		"mdr\tmort de rire\tbizarre", // unknown tag
		",\tx",                       // no form
		"mdr,-mdrr\tx",               // exclusion without verb
		"foutre\tficher\tverb",       // not in -er
	} {
		if _, err := ParseLexicon("t.tsv", text); err == nil {
			t.Errorf("%q: no error", text)
		}
	}
	l, err := ParseLexicon("t.tsv", "# c\nwsh\tsalut\nwsh\tbonjour\ncul-de-sac\t-\tinnocent\n")
	if err != nil || l.Len() != 2 || l.Phrases("wsh")[0].Suggestions[0] != "bonjour" || len(l.Phrases("cul")[0].Words) != 3 {
		t.Errorf("lexicon %+v: %v", l, err)
	}
}
