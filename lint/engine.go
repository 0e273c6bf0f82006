package lint

import (
	"cmp"
	"slices"
)

// Checker runs a set of rules with one configuration and profile.
type Checker struct {
	Rules   []*Rule
	Config  *Config
	Profile *Profile
}

// NewChecker prepares a checker: the profile comes from profileName when
// not empty, else from the config.
func NewChecker(rules []*Rule, cfg *Config, profileName string) (*Checker, error) {
	if cfg == nil {
		cfg = &Config{}
	}
	if err := cfg.CheckRuleNames(rules); err != nil {
		return nil, err
	}
	p, err := cfg.BuildProfile(profileName)
	if err != nil {
		return nil, err
	}
	return &Checker{Rules: rules, Config: cfg, Profile: p}, nil
}

// Result is the outcome of checking one source.
type Result struct {
	Source      *Source
	Doc         *Document // nil when Err is set
	Diagnostics []Diagnostic
	Err         error // the file could not be checked
}

// Check validates and checks one source. Diagnostics come sorted by
// position then rule, without duplicates.
func (c *Checker) Check(src *Source) Result {
	if err := Validate(src.Data); err != nil {
		return Result{Source: src, Err: err}
	}
	doc := NewDocument(src)
	var diags []Diagnostic
	for _, r := range c.Rules {
		sev, forced := c.Config.SeverityOf(r)
		if forced && sev == Off {
			continue
		}
		pass := &Pass{Doc: doc, Profile: c.Profile, Rule: r, report: func(d Diagnostic) {
			if forced {
				d.Severity = sev
			}
			diags = append(diags, d)
		}}
		r.Check(pass)
	}
	return Result{Source: src, Doc: doc, Diagnostics: sortDiagnostics(diags)}
}

// sortDiagnostics orders diagnostics by span then rule and drops exact
// repeats.
func sortDiagnostics(diags []Diagnostic) []Diagnostic {
	slices.SortStableFunc(diags, func(a, b Diagnostic) int {
		return cmp.Or(
			cmp.Compare(a.Span.Start, b.Span.Start),
			cmp.Compare(a.Span.End, b.Span.End),
			cmp.Compare(a.Rule, b.Rule),
			cmp.Compare(a.Message, b.Message),
		)
	})
	return slices.CompactFunc(diags, func(a, b Diagnostic) bool {
		return a.Rule == b.Rule && a.Span == b.Span && a.Message == b.Message
	})
}
