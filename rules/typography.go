package rules

import "github.com/coquille-fr/coquille/lint"

// typography returns the typography rule family.
func typography() []*lint.Rule {
	var rules []*lint.Rule
	rules = append(rules, spacingRules()...)
	rules = append(rules, charRules()...)
	rules = append(rules, numberRules()...)
	return rules
}
