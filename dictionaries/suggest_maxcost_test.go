package dictionaries

import "testing"

func TestSuggestMaxCost(t *testing.T) {
	d := Default()
	for _, tc := range []struct {
		word    string
		maxCost int
		want    string // first suggestion, "" for none
	}{
		{"simpple", 12, "simple"},
		{"apparament", 12, "apparemment"},
		{"glibc", 12, ""},
		{"glibc", 0, "glies"},
	} {
		got := d.Suggestions(tc.word, SuggestOptions{MaxCost: tc.maxCost})
		first := ""
		if len(got) > 0 {
			first = got[0].Word
		}
		if first != tc.want {
			t.Errorf("Suggestions(%q, MaxCost %d) = %v, want first %q", tc.word, tc.maxCost, got, tc.want)
		}
		for _, s := range got {
			if tc.maxCost > 0 && s.Cost > tc.maxCost {
				t.Errorf("Suggestions(%q, MaxCost %d) gives %q at cost %d", tc.word, tc.maxCost, s.Word, s.Cost)
			}
		}
	}
}
