package lint

import (
	"fmt"
	"strconv"
	"strings"

	"go.yaml.in/yaml/v3"
)

// The limits keep a pathological input from making coquille use unbounded
// memory: a file larger than its checker's MaxFileSize is not checked, and
// at most MaxDiagnostics diagnostics are kept for a file, followed by a
// single note that counts the others.
const (
	DefaultMaxFileSize    = 10_000_000 // bytes: 10 MB
	DefaultMaxDiagnostics = 100_000
)

// TooLargeError is the error of a source larger than the limit of its
// checker. It is not an input error: the file is skipped with a warning.
type TooLargeError struct {
	Size  int64 // in bytes, or -1 when only known to be over Limit (a stream)
	Limit int64
}

func (e *TooLargeError) Error() string {
	size := "au-delà de la limite de " + formatSize(e.Limit)
	if e.Size >= 0 {
		size = formatSize(e.Size) + " pour une limite de " + formatSize(e.Limit)
	}
	return "fichier trop grand, non vérifié\u00a0: " + size + " (option --max-file-size ou clé max-file-size)"
}

// sizeUnits are the units ParseSize reads, in lower case: decimal in
// English and French (KB, ko…), binary with an i (KiB, Kio…).
var sizeUnits = map[string]int64{
	"": 1, "b": 1, "o": 1, "octet": 1, "octets": 1,
	"k": 1e3, "kb": 1e3, "ko": 1e3, "kib": 1 << 10, "kio": 1 << 10,
	"m": 1e6, "mb": 1e6, "mo": 1e6, "mib": 1 << 20, "mio": 1 << 20,
	"g": 1e9, "gb": 1e9, "go": 1e9, "gib": 1 << 30, "gio": 1 << 30,
}

// ParseSize reads a positive size in bytes: a whole number, optionally
// followed by a unit, such as "10MB", "500 ko" or "1GiB".
func ParseSize(s string) (int64, error) {
	s = strings.TrimSpace(s)
	digits := len(s) - len(strings.TrimLeft(s, "0123456789"))
	n, err := strconv.ParseInt(s[:digits], 10, 64)
	unit, ok := sizeUnits[strings.ToLower(strings.TrimSpace(s[digits:]))]
	if err != nil || !ok || n <= 0 || n > (1<<62)/unit {
		return 0, fmt.Errorf("taille invalide «\u00a0%s\u00a0»", s)
	}
	return n * unit, nil
}

// formatSize writes a size in French: in ko, Mo or Go when it is a whole
// number of them ("10\u00a0Mo"), in Kio, Mio or Gio likewise, else in bytes
// ("12\u202f345\u00a0octets").
func formatSize(n int64) string {
	for _, u := range []struct {
		size int64
		name string
	}{{1e9, "Go"}, {1 << 30, "Gio"}, {1e6, "Mo"}, {1 << 20, "Mio"}, {1e3, "ko"}, {1 << 10, "Kio"}} {
		if n >= u.size && n%u.size == 0 {
			return groupDigits(n/u.size) + "\u00a0" + u.name
		}
	}
	if n == 1 || n == -1 || n == 0 {
		return groupDigits(n) + "\u00a0octet"
	}
	return groupDigits(n) + "\u00a0octets"
}

// groupDigits writes n with its digits in groups of three, separated by
// narrow no-break spaces as French typography wants: "100\u202f000".
func groupDigits(n int64) string {
	s := strconv.FormatInt(n, 10)
	sign := ""
	if n < 0 {
		sign, s = "-", s[1:]
	}
	if len(s) <= 4 { // "1000" stays whole, as in French typography
		return sign + s
	}
	var b strings.Builder
	for i, d := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			b.WriteRune('\u202f')
		}
		b.WriteRune(d)
	}
	return sign + b.String()
}

// setMaxFileSize reads the max-file-size key.
func (c *Config) setMaxFileSize(n *yaml.Node) error {
	size, err := ParseSize(n.Value)
	if err != nil || n.Kind != yaml.ScalarNode {
		return c.errorAt(n, "max-file-size attend une taille, par exemple 10MB ou 500ko, pas «\u00a0%s\u00a0»", n.Value)
	}
	c.MaxFileSize = size
	return nil
}

// setMaxDiagnostics reads the max-diagnostics key.
func (c *Config) setMaxDiagnostics(n *yaml.Node) error {
	max, err := ParseMaxDiagnostics(n.Value)
	if err != nil || n.Kind != yaml.ScalarNode {
		return c.errorAt(n, "max-diagnostics attend un nombre entier positif, pas «\u00a0%s\u00a0»", n.Value)
	}
	c.MaxDiagnostics = max
	return nil
}

// ParseMaxDiagnostics reads a bound on the diagnostics of a file: a
// positive whole number.
func ParseMaxDiagnostics(s string) (int, error) {
	n, err := strconv.Atoi(strings.TrimSpace(s))
	if err != nil || n <= 0 {
		return 0, fmt.Errorf("nombre de fautes invalide «\u00a0%s\u00a0»", s)
	}
	return n, nil
}

// omission counts the diagnostics left out beyond MaxDiagnostics.
type omission struct {
	count    int
	severity Severity // the most serious of them
}

func (o *omission) add(d Diagnostic) {
	o.count++
	o.severity = max(o.severity, d.Severity)
}

// note returns the diagnostic that tells how many were left out, nil when
// none was or when the configuration turns the note off. The note takes
// the severity of the most serious diagnostic left out, so that the exit
// status stays what it would have been, unless the configuration sets one.
func (o *omission) note(c *Checker, limit int) []Diagnostic {
	if o.count == 0 {
		return nil
	}
	sev, forced := c.Config.SeverityOf(limitRule)
	if !forced {
		sev = o.severity
	} else if sev == Off {
		return nil
	}
	more := "fautes de plus non signalées"
	if o.count == 1 {
		more = "faute de plus non signalée"
	}
	return []Diagnostic{{Rule: limitRule.ID, Category: limitRule.Category, Severity: sev,
		Message: fmt.Sprintf("%s %s\u00a0: coquille n’en relève pas plus de %s par fichier (option --max-diagnostics ou clé max-diagnostics)",
			groupDigits(int64(o.count)), more, groupDigits(int64(limit)))}}
}

// limitRule is the engine's rule for the note of omission; it reports
// nothing by itself.
var limitRule = &Rule{
	ID: "limit.diagnostics", Category: Limit, Severity: Info,
	Doc: "Au-delà de max-diagnostics fautes dans un fichier (100\u202f000 par défaut), coquille cesse de les relever\u00a0: " +
		"une seule remarque, au début du fichier, dit combien elle en a laissé de côté. " +
		"Cette remarque prend la gravité de la plus grave d’entre elles, sauf si la configuration lui en donne une.",
	Check: func(*Pass) {},
}
