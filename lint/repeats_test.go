package lint

import (
	"slices"
	"testing"
)

// TestDropRepeats keeps one diagnostic per span and correction, ranked as
// repeatRank says, and leaves alone those that differ.
func TestDropRepeats(t *testing.T) {
	fix := func(text string) *Edit { return &Edit{Text: text} }
	at := func(start int) Span { return Span{start, start + 3} }
	diags := []Diagnostic{
		// "jai": the safe fix wins over the warning
		{Rule: "elision.apostrophe", Severity: Error, Span: at(0), Suggestions: []string{"j’ai"}, Fix: fix("j’ai")},
		{Rule: "tone.sms", Severity: Warning, Span: at(0), Suggestions: []string{"j’ai"}},
		// another correction of the same span stays
		{Rule: "spelling.dictionary", Severity: Error, Span: at(0), Suggestions: []string{"jais"}},
		// the user's rule wins over a built-in one, even with a fix
		{Rule: "spelling.dictionary", Severity: Error, Span: at(10), Suggestions: []string{"Facebook"}, Fix: fix("Facebook")},
		{Rule: "marques", Category: Custom, Severity: Warning, Span: at(10), Suggestions: []string{"Facebook"}},
		// a tie keeps the first
		{Rule: "a", Severity: Error, Span: at(20), Suggestions: []string{"x"}, Fix: fix("x")},
		{Rule: "b", Severity: Error, Span: at(20), Suggestions: []string{"x"}, Fix: fix("x")},
		// without suggestions, nothing is a repeat
		{Rule: "c", Severity: Info, Span: at(30)},
		{Rule: "d", Severity: Info, Span: at(30)},
		// another span with the same correction stays
		{Rule: "tone.sms", Severity: Warning, Span: at(40), Suggestions: []string{"j’ai"}},
	}
	var got []string
	for _, d := range dropRepeats(slices.Clone(diags)) {
		got = append(got, d.Rule)
	}
	want := []string{"elision.apostrophe", "spelling.dictionary", "marques", "a", "c", "d", "tone.sms"}
	if !slices.Equal(got, want) {
		t.Errorf("kept %v, want %v", got, want)
	}
	if got := dropRepeats(diags[7:9]); len(got) != 2 {
		t.Errorf("kept %d of two diagnostics without suggestions", len(got))
	}
}
