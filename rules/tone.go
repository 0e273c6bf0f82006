package rules

import "github.com/coquille-fr/coquille/lint"

// tone returns the tone rule family: what makes a post sound careless,
// rude or loud.
func tone() []*lint.Rule {
	rules := []*lint.Rule{shoutingRule(), punctuationRule(), emojiRule()}
	rules = append(rules, lexiconRules()...)
	return append(rules, hashtagCaseRule())
}

// length returns the length rule family: the limits of the platforms.
func length() []*lint.Rule {
	return []*lint.Rule{platformRule(), hashtagCountRule()}
}
