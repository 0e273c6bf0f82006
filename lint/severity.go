package lint

import "fmt"

// Severity orders diagnostics: info < warning < error. The zero value means
// "off" (a rule switched off in the configuration).
type Severity int

// The severities, from the least to the most serious.
const (
	Off Severity = iota
	Info
	Warning
	Error
)

var severityNames = [...]string{"off", "info", "warning", "error"}

// String returns the lowercase English name used in reports and configs.
func (s Severity) String() string {
	if s < Off || s > Error {
		return fmt.Sprintf("severity(%d)", int(s))
	}
	return severityNames[s]
}

// ParseSeverity reads "off", "info", "warning" or "error".
func ParseSeverity(name string) (Severity, error) {
	for i, n := range severityNames {
		if n == name {
			return Severity(i), nil
		}
	}
	return Off, fmt.Errorf("gravité inconnue «\u00a0%s\u00a0» (attendu\u00a0: off, info, warning ou error)", name)
}

// Category groups rules; it prefixes every rule ID.
type Category string

// The categories known to reports.
const (
	Spelling   Category = "spelling"
	Typography Category = "typography"
	Elision    Category = "elision"
	Tone       Category = "tone"
	Length     Category = "length"
	Custom     Category = "custom"
	// Suppression holds the engine's checks of inline suppressions.
	Suppression Category = "suppression"
	// Limit holds the engine's note on the diagnostics left out (limits.go).
	Limit Category = "limit"
)
