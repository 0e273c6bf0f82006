// Package rules holds coquille's checks, one file per rule family.
package rules

import "github.com/coquille-fr/coquille/lint"

// All returns every rule, in the order of the documentation.
func All() []*lint.Rule {
	var all []*lint.Rule
	all = append(all, typography()...)
	return all
}
