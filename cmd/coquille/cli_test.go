package main

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/coquille-fr/coquille/lint"
)

var update = flag.Bool("update", false, "rewrite the expected outputs of testdata/cli")

// TestCLI runs the cases of testdata/cli. A case is a text file: a header
// of directives, then sections "-- NAME --" in the manner of txtar.
//
//	args: check --format json post.md   the command line (split on spaces,
//	                                    "quoted Go strings" kept whole)
//	rules: fake                         use fakeRules instead of rules.All()
//	symlink: LINK TARGET                make a symbolic link
//	repeat: big.txt 50MB                write the section big.txt repeated
//	                                    as many times as fit in the size
//	files: post.md                      record these files after the run
//
// Each section other than want/… is a file written in a fresh folder, the
// current folder during the run; "stdin" is the standard input. A section
// named "NAME (go)" holds a quoted Go string, for bytes that a text file
// cannot show (invalid UTF-8, CR LF, NUL). The want/exit, want/stdout,
// want/stderr and want/files/… sections hold the expected results; run
// "go test ./cmd/coquille -update" to rewrite them after a change.
//
// A .coquille.yaml is written at the top of the folder unless the case
// has one, so that no configuration from above the temporary folder can
// change the results.
func TestCLI(t *testing.T) {
	cases, err := filepath.Glob("../../testdata/cli/*.txt")
	if err != nil || len(cases) == 0 {
		t.Fatalf("no cases in testdata/cli: %v", err)
	}
	for _, file := range cases {
		abs, err := filepath.Abs(file)
		if err != nil {
			t.Fatal(err)
		}
		t.Run(strings.TrimSuffix(filepath.Base(file), ".txt"), func(t *testing.T) { runCase(t, abs) })
	}
}

// section is one "-- name --" part of a case.
type section struct {
	name   string
	data   []byte
	quoted bool // written as a Go string
}

// testCase is a parsed case file.
type testCase struct {
	header   string
	sections []section
}

func runCase(t *testing.T, file string) {
	tc := readCase(t, file)
	directives := tc.directives()
	stdin := setupCase(t, tc, directives)
	args, err := splitArgs(strings.Join(directives["args"], " "))
	if err != nil {
		t.Fatalf("args: %v", err)
	}
	code, stdout, stderr := runArgs(directives, args, stdin)

	got := []section{
		{name: "want/exit", data: []byte(strconv.Itoa(code) + "\n")},
		{name: "want/stdout", data: []byte(stdout)},
		{name: "want/stderr", data: []byte(stderr)},
	}
	for _, name := range strings.Fields(strings.Join(directives["files"], " ")) {
		data, err := os.ReadFile(name)
		if err != nil {
			data = []byte("(" + err.Error() + ")\n")
		}
		got = append(got, section{name: "want/files/" + name, data: data})
	}
	if *update {
		if err := os.WriteFile(file, tc.withWants(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	for _, g := range got {
		want, ok := tc.section(g.name)
		if !ok {
			t.Errorf("no %s section (go test -update writes it)", g.name)
			continue
		}
		if !bytes.Equal(g.data, want) {
			t.Errorf("%s:\n--- got\n%s--- want\n%s", g.name, g.data, want)
		}
	}
}

// readCase reads and parses a case file.
func readCase(t *testing.T, file string) *testCase {
	t.Helper()
	raw, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	tc, err := parseCase(raw)
	if err != nil {
		t.Fatal(err)
	}
	return tc
}

// setupCase writes the files of a case in a fresh folder, with its
// symbolic links and generated files, makes it the current folder, and
// returns the standard input of the case.
func setupCase(t *testing.T, tc *testCase, directives map[string][]string) []byte {
	t.Helper()
	repeats := map[string]int64{}
	for _, r := range directives["repeat"] {
		name, size, _ := strings.Cut(r, " ")
		n, err := lint.ParseSize(size)
		if err != nil {
			t.Fatalf("repeat: want FILE SIZE, got %q", r)
		}
		repeats[name] = n
	}
	dir := t.TempDir()
	var stdin []byte
	for _, s := range tc.sections {
		data := s.data
		if size, ok := repeats[s.name]; ok {
			data = bytes.Repeat(data, max(1, int(size)/max(1, len(data))))
		}
		switch {
		case strings.HasPrefix(s.name, "want/"):
		case s.name == "stdin":
			stdin = data
		default:
			writeTestFile(t, filepath.Join(dir, s.name), data)
		}
	}
	if _, err := os.Lstat(filepath.Join(dir, ".coquille.yaml")); err != nil {
		writeTestFile(t, filepath.Join(dir, ".coquille.yaml"), nil)
	}
	for _, link := range directives["symlink"] {
		f := strings.Fields(link)
		if len(f) != 2 {
			t.Fatalf("symlink: want LINK TARGET, got %q", link)
		}
		if err := os.Symlink(f[1], filepath.Join(dir, f[0])); err != nil {
			t.Fatal(err)
		}
	}
	t.Chdir(dir)
	return stdin
}

// runArgs runs coquille with the rules of the directives and returns its
// exit status and outputs.
func runArgs(directives map[string][]string, args []string, stdin []byte) (code int, stdout, stderr string) {
	var out, errs bytes.Buffer
	if slices.Contains(directives["rules"], "fake") {
		a := &app{stdin: bytes.NewReader(stdin), stdout: &out, stderr: &errs, rules: fakeRules()}
		code = a.execute(args)
	} else {
		code = run(args, bytes.NewReader(stdin), &out, &errs)
	}
	return code, out.String(), errs.String()
}

// splitArgs splits a command line on spaces; an argument written as a
// quoted Go string ("mes brouillons/été.md") may hold spaces.
func splitArgs(line string) ([]string, error) {
	var args []string
	for {
		line = strings.TrimLeft(line, " \t")
		if line == "" {
			return args, nil
		}
		if line[0] == '"' {
			quoted, err := strconv.QuotedPrefix(line)
			if err != nil {
				return nil, fmt.Errorf("%s: %v", line, err)
			}
			arg, _ := strconv.Unquote(quoted)
			args, line = append(args, arg), line[len(quoted):]
			continue
		}
		end := strings.IndexAny(line, " \t")
		if end < 0 {
			end = len(line)
		}
		args, line = append(args, line[:end]), line[end:]
	}
}

func writeTestFile(t *testing.T, path string, data []byte) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
}

// parseCase reads a case file.
func parseCase(data []byte) (*testCase, error) {
	tc := &testCase{}
	text := string(data)
	var cur *section
	for text != "" {
		line := text
		if i := strings.IndexByte(text, '\n'); i >= 0 {
			line = text[:i+1]
		}
		text = text[len(line):]
		if name, ok := marker(line); ok {
			tc.sections = append(tc.sections, section{name: name})
			cur = &tc.sections[len(tc.sections)-1]
			continue
		}
		if cur == nil {
			tc.header += line
		} else {
			cur.data = append(cur.data, line...)
		}
	}
	for i, s := range tc.sections {
		if name, ok := strings.CutSuffix(s.name, " (go)"); ok {
			unquoted, err := strconv.Unquote(strings.TrimSuffix(string(s.data), "\n"))
			if err != nil {
				return nil, fmt.Errorf("section %s: %v", s.name, err)
			}
			tc.sections[i] = section{name, []byte(unquoted), true}
		}
	}
	return tc, nil
}

// marker reads a "-- name --" line.
func marker(line string) (string, bool) {
	line = strings.TrimSuffix(line, "\n")
	if !strings.HasPrefix(line, "-- ") || !strings.HasSuffix(line, " --") || len(line) < 7 {
		return "", false
	}
	return line[3 : len(line)-3], true
}

// directives returns the "key: value" lines of the header.
func (tc *testCase) directives() map[string][]string {
	d := map[string][]string{}
	for _, line := range strings.Split(tc.header, "\n") {
		if key, value, ok := strings.Cut(line, ":"); ok && !strings.ContainsAny(key, " #") {
			d[key] = append(d[key], strings.TrimSpace(value))
		}
	}
	return d
}

func (tc *testCase) section(name string) ([]byte, bool) {
	for _, s := range tc.sections {
		if s.name == name {
			return s.data, true
		}
	}
	return nil, false
}

// withWants writes the case back with the given want sections.
func (tc *testCase) withWants(wants []section) []byte {
	var b bytes.Buffer
	b.WriteString(tc.header)
	for _, s := range tc.sections {
		if !strings.HasPrefix(s.name, "want/") {
			writeSection(&b, s)
		}
	}
	for _, s := range wants {
		writeSection(&b, s)
	}
	return b.Bytes()
}

// writeSection writes a section, quoted when a text file would not keep
// its bytes.
func writeSection(b *bytes.Buffer, s section) {
	text := string(s.data)
	plain := !s.quoted && utf8.ValidString(text) && !strings.ContainsAny(text, "\r\x00") &&
		(text == "" || strings.HasSuffix(text, "\n"))
	for _, line := range strings.Split(text, "\n") {
		if _, ok := marker(line); ok {
			plain = false
		}
	}
	if plain {
		fmt.Fprintf(b, "-- %s --\n%s", s.name, text)
		return
	}
	fmt.Fprintf(b, "-- %s (go) --\n%s\n", s.name, strconv.Quote(text))
}
