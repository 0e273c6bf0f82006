package main

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"

	"github.com/coquille-fr/coquille/lint"
	"github.com/coquille-fr/coquille/lint/report"
)

// knownFindings is the baseline of --baseline: the findings it records are
// not reported.
type knownFindings struct {
	file     string // as given on the command line
	dir      string // absolute folder of file, which the paths are relative to
	baseline *lint.Baseline
}

// readBaseline reads the baseline of --baseline, or returns nil when
// file is "".
func readBaseline(file string) (*knownFindings, error) {
	if file == "" {
		return nil, nil
	}
	dir, err := baselineDir(file)
	if err != nil {
		return nil, err
	}
	data, err := os.ReadFile(file)
	if err != nil {
		return nil, fmt.Errorf("%s: %s", file, lint.ReadError(err))
	}
	b, err := lint.ReadBaseline(bytes.NewReader(data))
	if err != nil {
		return nil, fmt.Errorf("%s: fichier de référence invalide\u00a0: %w", file, err)
	}
	return &knownFindings{file: file, dir: dir, baseline: b}, nil
}

// hideKnown removes from results the findings that k records, and tells
// on standard error how many it removed. It does nothing when k is nil.
func (a *app) hideKnown(k *knownFindings, results []lint.Result) {
	if k == nil {
		return
	}
	total := 0
	for i, r := range results {
		if r.Err != nil {
			continue
		}
		var hidden int
		results[i], hidden = k.baseline.Filter(baselinePath(k.dir, r.Source.Path), r)
		total += hidden
	}
	if total > 0 {
		fmt.Fprintf(a.stderr, "%s\u00a0: %s\n", k.file,
			report.Plural(total, "faute déjà connue, non signalée", "fautes déjà connues, non signalées"))
	}
}

// writeBaseline records the findings of results in file, and says how
// many on standard error. Files that could not be checked are reported
// and make the command fail, but the others are recorded.
func (a *app) writeBaseline(file string, results []lint.Result) error {
	dir, err := baselineDir(file)
	if err != nil {
		return err
	}
	b, failed := lint.NewBaseline(), false
	for _, r := range results {
		if r.Err != nil {
			a.fail(r.Source.Path, r.Err.Error())
			failed = true
			continue
		}
		b.Add(baselinePath(dir, r.Source.Path), r)
	}
	var buf bytes.Buffer
	if err := b.Write(&buf); err != nil {
		return err
	}
	err = writeFile(file, buf.Bytes())
	if errors.Is(err, fs.ErrNotExist) {
		err = os.WriteFile(file, buf.Bytes(), 0o644)
	}
	if err != nil {
		return fmt.Errorf("%s: écriture impossible\u00a0: %s", file, lint.ReadError(err))
	}
	fmt.Fprintf(a.stderr, "%s\u00a0: %s\n", file, report.Plural(b.Len(), "faute enregistrée", "fautes enregistrées"))
	if failed {
		return statusError(exitError)
	}
	return nil
}

// baselineDir returns the absolute folder of a baseline file.
func baselineDir(file string) (string, error) {
	abs, err := filepath.Abs(file)
	if err != nil {
		return "", fmt.Errorf("%s: %s", file, lint.ReadError(err))
	}
	return filepath.Dir(abs), nil
}

// baselinePath names a checked file in a baseline kept in dir: by its
// path relative to dir, with slashes, so that the baseline holds wherever
// coquille runs from.
func baselinePath(dir, path string) string {
	if abs, err := filepath.Abs(path); err == nil {
		if rel, err := filepath.Rel(dir, abs); err == nil {
			return filepath.ToSlash(rel)
		}
	}
	return filepath.ToSlash(path)
}
