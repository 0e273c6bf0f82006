package lint

// Span is a byte range [Start, End) in the original file.
type Span struct {
	Start, End int
}

// Edit replaces the bytes of a span of the original file with Text.
type Edit struct {
	Span
	Text string
}

// Diagnostic is one finding of a rule.
type Diagnostic struct {
	Rule        string
	Category    Category
	Severity    Severity
	Message     string // in French
	Span        Span
	Suggestions []string // replacements for Span, best first
	Fix         *Edit    // set only when the correction is certain
}
