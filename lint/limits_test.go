package lint

import (
	"errors"
	"strings"
	"testing"
)

func TestParseSize(t *testing.T) {
	for _, c := range []struct {
		in   string
		want int64
	}{
		{"10MB", 10_000_000}, {"10mb", 10_000_000}, {"10 Mo", 10_000_000}, {"500ko", 500_000}, {"1GiB", 1 << 30},
		{"2Mio", 2 << 20}, {"12345", 12345}, {" 7 octets ", 7}, {"3k", 3000}, {"1G", 1e9},
		{"", 0}, {"MB", 0}, {"0", 0}, {"-5MB", 0}, {"1.5MB", 0}, {"10 TB", 0}, {"99999999999999999999", 0}, {"9999999999GB", 0},
	} {
		got, err := ParseSize(c.in)
		if got != c.want || (err == nil) != (c.want > 0) {
			t.Errorf("ParseSize(%q) = %d, %v; want %d", c.in, got, err, c.want)
		}
	}
}

func TestFormatSize(t *testing.T) {
	for n, want := range map[int64]string{
		10_000_000: "10\u00a0Mo", 1 << 20: "1\u00a0Mio", 1500: "1500\u00a0octets",
		52_428_801: "52\u202f428\u202f801\u00a0octets", 3_000: "3\u00a0ko", 2e9: "2\u00a0Go", 1: "1\u00a0octet", 12_345_678_000: "12\u202f345\u202f678\u00a0ko",
	} {
		if got := formatSize(n); got != want {
			t.Errorf("formatSize(%d) = %q, want %q", n, got, want)
		}
	}
}

func TestGroupDigits(t *testing.T) {
	for n, want := range map[int64]string{0: "0", 999: "999", 1000: "1000", 10000: "10\u202f000",
		100000: "100\u202f000", 1234567: "1\u202f234\u202f567", -98765: "-98\u202f765"} {
		if got := groupDigits(n); got != want {
			t.Errorf("groupDigits(%d) = %q, want %q", n, got, want)
		}
	}
}

func TestLimitKeys(t *testing.T) {
	cfg, err := ParseConfig("c.yaml", []byte("max-file-size: 2MB\nmax-diagnostics: 50\n"))
	if err != nil || cfg.MaxFileSize != 2_000_000 || cfg.MaxDiagnostics != 50 {
		t.Fatalf("got %+v, %v", cfg, err)
	}
	c, err := NewChecker(nil, cfg, "")
	if err != nil || c.MaxFileSize != 2_000_000 || c.MaxDiagnostics != 50 {
		t.Fatalf("checker %+v, %v", c, err)
	}
	c, _ = NewChecker(nil, nil, "")
	if c.MaxFileSize != DefaultMaxFileSize || c.MaxDiagnostics != DefaultMaxDiagnostics {
		t.Errorf("defaults: %d %d", c.MaxFileSize, c.MaxDiagnostics)
	}
	for _, bad := range []string{"max-file-size: beaucoup", "max-file-size: 0", "max-file-size: [1]", "max-diagnostics: -1", "max-diagnostics: 1e3"} {
		if _, err := ParseConfig("c.yaml", []byte(bad)); err == nil || !strings.Contains(err.Error(), "c.yaml:1: max-") {
			t.Errorf("%q: %v", bad, err)
		}
	}
}

func TestTooLarge(t *testing.T) {
	c, _ := NewChecker(nil, nil, "")
	c.MaxFileSize = 10
	res := c.Check(&Source{Path: "a.txt", Data: []byte("onze octets")})
	var tooLarge *TooLargeError
	if !errors.As(res.Err, &tooLarge) || tooLarge.Size != 11 || tooLarge.Limit != 10 {
		t.Fatalf("got %v", res.Err)
	}
	want := "fichier trop grand, non vérifié\u00a0: 11\u00a0octets pour une limite de 10\u00a0octets (option --max-file-size ou clé max-file-size)"
	if res.Err.Error() != want {
		t.Errorf("message %q", res.Err)
	}
	if res := c.Check(&Source{Data: []byte("dix octets")}); res.Err != nil {
		t.Errorf("at the limit: %v", res.Err)
	}
	stream := &TooLargeError{Size: -1, Limit: 10_000_000}
	if !strings.HasPrefix(stream.Error(), "fichier trop grand, non vérifié\u00a0: au-delà de la limite de 10\u00a0Mo (") {
		t.Errorf("stream: %q", stream)
	}
}

// letterRule reports every letter l of a text with severity sev.
func letterRule(l byte, sev Severity) *Rule {
	return &Rule{ID: "test." + string(l), Category: Typography, Severity: sev, Check: func(p *Pass) {
		for i := range len(p.Doc.Text) {
			if p.Doc.Text[i] == l {
				p.Report(Diagnostic{Message: "lettre", Span: Span{i, i + 1}})
			}
		}
	}}
}

func TestMaxDiagnostics(t *testing.T) {
	rules := []*Rule{letterRule('i', Info), letterRule('e', Error)}
	check := func(config, text string, max int) []Diagnostic {
		t.Helper()
		cfg, err := ParseConfig("c.yaml", []byte(config))
		if err != nil {
			t.Fatal(err)
		}
		c, err := NewChecker(rules, cfg, "")
		if err != nil {
			t.Fatal(err)
		}
		c.MaxDiagnostics = max
		return c.Check(&Source{Data: []byte(text)}).Diagnostics
	}
	text := strings.Repeat("iii e ", 10_000)
	diags := check("", text, 10)
	if len(diags) != 11 {
		t.Fatalf("%d diagnostics, want 10 and a note", len(diags))
	}
	note := diags[0]
	want := "39\u202f990 fautes de plus non signalées\u00a0: coquille n’en relève pas plus de 10 par fichier (option --max-diagnostics ou clé max-diagnostics)"
	if note.Rule != "limit.diagnostics" || note.Span != (Span{}) || note.Message != want {
		t.Errorf("note %+v", note)
	}
	if note.Severity != Error {
		t.Errorf("the note should take the severity of the errors left out, got %v", note.Severity)
	}
	if diags := check("", "iiii", 3); diags[0].Severity != Info || !strings.HasPrefix(diags[0].Message, "1 faute de plus non signalée\u00a0:") {
		t.Errorf("one info left out: %+v", diags[0])
	}
	if diags := check("rules: {limit.diagnostics: warning}", text, 10); diags[0].Severity != Warning {
		t.Errorf("severity set by the configuration: %v", diags[0].Severity)
	}
	if diags := check("rules: {limit: off}", text, 10); len(diags) != 10 {
		t.Errorf("note turned off: %d diagnostics", len(diags))
	}
	if diags := check("", "iii e", 10); len(diags) != 4 || diags[0].Rule == "limit.diagnostics" {
		t.Errorf("under the limit: %+v", diags)
	}
	if diags := check("", "iiii coquille:ignore limit.diagnostics", 2); len(diags) != 2 || diags[0].Rule == "limit.diagnostics" {
		t.Errorf("the note is silenced like any diagnostic: %+v", diags)
	}
}

func TestFixMayGrowPastTheLimit(t *testing.T) {
	curly := &Rule{ID: "typography.test", Category: Typography, Severity: Info, Check: func(p *Pass) {
		for i := range len(p.Doc.Text) {
			if p.Doc.Text[i] == '\'' {
				p.Replace(Span{i, i + 1}, "apostrophe", "’", true)
			}
		}
	}}
	c, err := NewChecker([]*Rule{curly}, nil, "")
	if err != nil {
		t.Fatal(err)
	}
	c.MaxFileSize = 8
	fixed, n, res := c.Fix(&Source{Data: []byte("l'a l'a ")})
	if res.Err != nil || n != 2 || string(fixed) != "l’a l’a " {
		t.Errorf("got %q, %d edits, %v", fixed, n, res.Err)
	}
	if _, _, res := c.Fix(&Source{Data: []byte("l'a l'a l'a")}); res.Err == nil {
		t.Error("a source over the limit was fixed")
	}
}
