package rules_test

import (
	"strings"
	"testing"

	"github.com/coquille-fr/coquille/lint"
	"github.com/coquille-fr/coquille/rules"
)

// TestShoutingLongRunHasNoSuggestion checks that a whole page in capitals
// is reported once, without a page-long suggestion, while a short run
// still gets its lower-case rewrite.
func TestShoutingLongRunHasNoSuggestion(t *testing.T) {
	c, err := lint.NewChecker(rules.All(), nil, "")
	if err != nil {
		t.Fatal(err)
	}
	shouting := func(text string) []lint.Diagnostic {
		var out []lint.Diagnostic
		for _, d := range c.Check(&lint.Source{Data: []byte(text)}).Diagnostics {
			if d.Rule == "tone.shouting" {
				out = append(out, d)
			}
		}
		return out
	}
	long := shouting("Attention " + strings.Repeat("VENEZ NOMBREUX ", 100) + "demain.")
	if len(long) != 1 {
		t.Fatalf("long run: %d diagnostics, want 1", len(long))
	}
	if len(long[0].Suggestions) != 0 {
		t.Fatalf("long run: suggestion of %d bytes", len(long[0].Suggestions[0]))
	}
	short := shouting("Attention VENEZ NOMBREUX demain.")
	if len(short) != 1 || len(short[0].Suggestions) != 1 || short[0].Suggestions[0] != "venez nombreux" {
		t.Fatalf("short run: %+v", short)
	}
}
