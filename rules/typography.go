package rules

import "github.com/coquille-fr/coquille/lint"

// typography returns the typography rule family.
func typography() []*lint.Rule {
	return nil
}
