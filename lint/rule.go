package lint

// Rule is one check. Rules are pure functions of the Document and the
// profile: no global state, no I/O, safe to run in parallel.
type Rule struct {
	ID       string    // stable, dotted, lowercase: "typography.space-before-colon"
	Category Category  // also the ID's prefix
	Severity Severity  // default severity
	Doc      string    // one or two sentences in French
	Examples []Example // shown by coquille explain, checked by the rules' tests
	Check    func(*Pass)
	// Heavy marks a rule that takes much longer than the others, such as
	// one that looks for suggestions in the dictionary. When the rules of
	// a large document run in parallel, a heavy rule runs first, as
	// several passes over parts of the document at once: it checks the
	// blocks of Pass.Blocks only, and what it finds in a block does not
	// depend on the others.
	Heavy bool
}

// Example is a short French text that a rule reports, and the same text
// written right, which the rule leaves alone.
type Example struct {
	Bad, Good string
}

// Pass is what a rule sees while it checks one document.
type Pass struct {
	Doc *Document
	// Blocks are the blocks to check: Doc.Blocks, or a part of them for a
	// Heavy rule.
	Blocks  []Block
	Profile *Profile
	Rule    *Rule
	Words   *WordList // the user's accepted words: the configuration's and --words
	// Tone holds the settings of the tone and length rules; never nil.
	Tone *ToneSettings
	// Platform is the platform posts are written for, nil for none.
	Platform *Platform
	report   func(Diagnostic)
	checker  *Checker
}

// Report records a diagnostic. Rule, category and severity default to the
// rule's own when left empty.
func (p *Pass) Report(d Diagnostic) {
	if d.Rule == "" {
		d.Rule = p.Rule.ID
	}
	if d.Category == "" {
		d.Category = p.Rule.Category
	}
	if d.Severity == Off {
		d.Severity = p.Rule.Severity
	}
	p.report(d)
}

// Replace reports span with a message and a single replacement, which is
// also a safe fix when safe is true.
func (p *Pass) Replace(span Span, message, replacement string, safe bool) {
	d := Diagnostic{Message: message, Span: span, Suggestions: []string{replacement}}
	if safe {
		d.Fix = &Edit{Span: span, Text: replacement}
	}
	p.Report(d)
}
