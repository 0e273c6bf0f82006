package dictionaries

import (
	"bufio"
	"encoding/json"
	"os"
	"strings"
	"testing"
	"unicode"
)

// ltCasesPath is LanguageTool's French test sentences, converted, in the
// project's shared folder (beside the repository); the test is skipped
// without it.
const ltCasesPath = "../../shared/eval/languagetool-fr.jsonl"

// TestLanguageToolSpelling scores Suggest on the single-token cases of
// LanguageTool's FR_SPELLING_RULE (letters, hyphens and apostrophes only):
// how often the expected word is first, and within the five suggestions.
func TestLanguageToolSpelling(t *testing.T) {
	f, err := os.Open(ltCasesPath)
	if err != nil {
		t.Skipf("no LanguageTool cases: %v", err)
	}
	defer f.Close()
	d := Default()
	var total, top1, top5 int
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		var c struct {
			Rule   string `json:"rule"`
			Text   string `json:"text"`
			Errors []struct {
				Start, End  int
				Suggestions []string
			} `json:"errors"`
		}
		if err := json.Unmarshal(sc.Bytes(), &c); err != nil {
			t.Fatal(err)
		}
		if c.Rule != "FR_SPELLING_RULE" {
			continue
		}
		for _, e := range c.Errors {
			text := []rune(c.Text) // offsets count letters
			if e.End > len(text) || e.Start > e.End {
				continue
			}
			tok := string(text[e.Start:e.End])
			if len(e.Suggestions) == 0 || !singleToken(tok) {
				continue
			}
			total++
			got := d.Suggest(tok, 5)
			want := normalizeWord(e.Suggestions[0])
			for i, g := range got {
				if ltMatch(g, want) {
					if i == 0 {
						top1++
					}
					top5++
					break
				}
			}
			if len(got) == 0 || !ltMatch(got[0], want) {
				t.Logf("%-14s want %-14s got %v", tok, want, got)
			}
		}
	}
	if total == 0 {
		t.Skip("no single-token spelling case")
	}
	t.Logf("LanguageTool single-token spelling cases: %d, top-1 %d (%.0f%%), top-5 %d (%.0f%%)",
		total, top1, 100*float64(top1)/float64(total), top5, 100*float64(top5)/float64(total))
	if 100*top5 < 70*total {
		t.Errorf("top-5 below 70%%: %d/%d", top5, total)
	}
}

// ltMatch compares a suggestion with LanguageTool's. For a hyphenated word
// LanguageTool flags and corrects one part, capitalised (ecoute-moi →
// Écoute): the first part of a whole-word suggestion then counts.
func ltMatch(got, want string) bool {
	if got == want {
		return true
	}
	first, _, hyphen := strings.Cut(got, "-")
	return hyphen && !strings.Contains(want, "-") && strings.EqualFold(first, want)
}

func singleToken(s string) bool {
	for _, r := range s {
		if !unicode.IsLetter(r) && !strings.ContainsRune("-'’", r) {
			return false
		}
	}
	return s != ""
}
