package lint

import (
	"cmp"
	"slices"
)

// Checker runs a set of rules with one configuration and profile.
type Checker struct {
	Rules    []*Rule // the rules given, the config's custom rules and EngineRules
	Config   *Config
	Profile  *Profile
	Words    *WordList       // the config's words
	Platform *Platform       // the config's platform, nil for none
	known    map[string]bool // rule IDs and categories, for suppressions
}

// NewChecker prepares a checker: the profile comes from profileName when
// not empty, else from the config. The config's custom rules and the
// engine's own rules run after the rules given.
func NewChecker(rules []*Rule, cfg *Config, profileName string) (*Checker, error) {
	if cfg == nil {
		cfg = &Config{}
	}
	all := slices.Concat(rules, cfg.Custom, EngineRules())
	if err := cfg.CheckRuleNames(all); err != nil {
		return nil, err
	}
	p, err := cfg.BuildProfile(profileName)
	if err != nil {
		return nil, err
	}
	var pl *Platform
	if cfg.Platform != "" {
		if pl, err = LookupPlatform(cfg.Platform); err != nil {
			return nil, err
		}
	}
	known := make(map[string]bool, 2*len(all))
	for _, r := range all {
		known[r.ID] = true
		known[string(r.Category)] = true
	}
	return &Checker{Rules: all, Config: cfg, Profile: p, Words: NewWordList(cfg.Words), Platform: pl, known: known}, nil
}

// Result is the outcome of checking one source.
type Result struct {
	Source      *Source
	Doc         *Document // nil when Err is set
	Diagnostics []Diagnostic
	Suppressed  int   // diagnostics silenced by inline suppressions
	Err         error // the file could not be checked
}

// Check validates and checks one source. Diagnostics come sorted by
// position then rule, without duplicates, and without those that the
// inline suppressions of the source silence.
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
		pass := &Pass{Doc: doc, Profile: c.Profile, Rule: r, Words: c.Words, Tone: &c.Config.Tone, Platform: c.Platform, checker: c, report: func(d Diagnostic) {
			if forced {
				d.Severity = sev
			}
			diags = append(diags, d)
		}}
		r.Check(pass)
	}
	kept, suppressed := applySuppressions(doc, sortDiagnostics(diags))
	return Result{Source: src, Doc: doc, Diagnostics: kept, Suppressed: suppressed}
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
