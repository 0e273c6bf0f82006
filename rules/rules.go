// Package rules holds coquille's checks, one file per rule family.
package rules

import "github.com/coquille-fr/coquille/lint"

// All returns every rule, in the order of the documentation.
func All() []*lint.Rule {
	var all []*lint.Rule
	all = append(all, typography()...)
	all = append(all, elisionRules()...)
	all = append(all, tone()...)
	all = append(all, length()...)
	all = append(all, spelling()...)
	all = append(all, confusionRules()...)
	return all
}
