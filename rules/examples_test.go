package rules_test

import (
	"testing"

	"github.com/coquille-fr/coquille/lint"
	"github.com/coquille-fr/coquille/rules"
)

// TestExamples keeps the examples that coquille explain shows honest: with
// the default profile, each rule reports its bad text and leaves its good
// text alone.
func TestExamples(t *testing.T) {
	c, err := lint.NewChecker(rules.All(), nil, "")
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range c.Rules {
		for _, ex := range r.Examples {
			if !reports(c, r, ex.Bad) {
				t.Errorf("%s: the bad example %q is not reported", r.ID, ex.Bad)
			}
			if ex.Good == "" || reports(c, r, ex.Good) {
				t.Errorf("%s: the good example %q is empty or reported", r.ID, ex.Good)
			}
		}
	}
}

// reports tells whether rule r reports something in text.
func reports(c *lint.Checker, r *lint.Rule, text string) bool {
	res := c.Check(&lint.Source{Path: "exemple.txt", Data: []byte(text), Format: lint.PlainText})
	for _, d := range res.Diagnostics {
		if d.Rule == r.ID {
			return true
		}
	}
	return false
}
