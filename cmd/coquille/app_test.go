package main

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/coquille-fr/coquille/dictionaries"
	"github.com/coquille-fr/coquille/lint"
)

func TestVersion(t *testing.T) {
	var stdout, stderr bytes.Buffer
	if code := run([]string{"version"}, nil, &stdout, &stderr); code != exitOK {
		t.Fatalf("exit %d: %s", code, stderr.String())
	}
	if !strings.HasPrefix(stdout.String(), "coquille dev (go") || !strings.Contains(stdout.String(), dictionaries.SourceSummary) {
		t.Errorf("got %q", stdout.String())
	}
}

func TestColorfulOnlyOnTerminals(t *testing.T) {
	if (&app{stdout: &bytes.Buffer{}}).colorful() {
		t.Error("a buffer is not a terminal")
	}
	f, err := os.Create(filepath.Join(t.TempDir(), "out"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if (&app{stdout: f}).colorful() {
		t.Error("a file is not a terminal")
	}
}

func TestSafely(t *testing.T) {
	err := safely(func() { panic("boum") })
	if err == nil || !strings.Contains(err.Error(), "boum") {
		t.Errorf("got %v", err)
	}
	if err := safely(func() {}); err != nil {
		t.Errorf("got %v", err)
	}
}

func TestParallelRunsEveryJob(t *testing.T) {
	done := make([]bool, 100)
	parallel(len(done), func(i int) { done[i] = true })
	for i, d := range done {
		if !d {
			t.Fatalf("job %d not run", i)
		}
	}
	parallel(0, func(int) { t.Error("job run for n = 0") })
}

func TestUnreadableFolder(t *testing.T) {
	if os.Geteuid() == 0 {
		t.Skip("root reads anywhere")
	}
	dir := t.TempDir()
	writeTestFile(t, filepath.Join(dir, ".coquille.yaml"), nil)
	writeTestFile(t, filepath.Join(dir, "privé", "a.md"), []byte("Un!\n"))
	writeTestFile(t, filepath.Join(dir, "b.md"), []byte("Deux.\n"))
	if err := os.Chmod(filepath.Join(dir, "privé"), 0); err != nil {
		t.Fatal(err)
	}
	defer os.Chmod(filepath.Join(dir, "privé"), 0o700)
	t.Chdir(dir)
	var stdout, stderr bytes.Buffer
	a := &app{stdout: &stdout, stderr: &stderr, rules: fakeRules()}
	if code := a.execute([]string{"check", "."}); code != exitError {
		t.Errorf("exit %d", code)
	}
	if want := "coquille: privé: permission refusée\n"; stderr.String() != want {
		t.Errorf("stderr %q, want %q", stderr.String(), want)
	}
	if !strings.Contains(stdout.String(), "dans 2 fichiers, dont 1 non vérifié") {
		t.Errorf("stdout %q", stdout.String())
	}
}

func TestCheckPanicIsAnError(t *testing.T) {
	dir := t.TempDir()
	writeTestFile(t, filepath.Join(dir, ".coquille.yaml"), nil)
	writeTestFile(t, filepath.Join(dir, "a.md"), []byte("Un.\n"))
	t.Chdir(dir)
	rules := fakeRules()
	rules[0].Check = func(*lint.Pass) { panic(errors.New("bogue")) }
	var stdout, stderr bytes.Buffer
	a := &app{stdout: &stdout, stderr: &stderr, rules: rules}
	if code := a.execute([]string{"check", "a.md"}); code != exitError || !strings.Contains(stderr.String(), "erreur interne de coquille (bogue)") {
		t.Errorf("exit %d, stderr %q", code, stderr.String())
	}
}
