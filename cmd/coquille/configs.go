package main

import (
	"errors"
	"os"
	"path/filepath"

	"github.com/coquille-fr/coquille/lint"
)

// configs finds the configuration of each checked file and builds one
// checker per configuration file, looking each folder up only once.
type configs struct {
	rules   []*lint.Rule
	profile string            // --profile, "" for the configuration's
	fixed   string            // --config made absolute, "" to look up
	byDir   map[string]string // folder → its configuration file, "" for none
	loaded  map[string]*lint.Checker
	failed  map[string]bool
	errs    []error // configuration errors, in the order met
}

func newConfigs(rules []*lint.Rule, profile, fixed string) *configs {
	c := &configs{rules: rules, profile: profile, byDir: map[string]string{},
		loaded: map[string]*lint.Checker{}, failed: map[string]bool{}}
	if fixed != "" {
		abs, err := filepath.Abs(fixed)
		if err != nil {
			abs = fixed
		}
		c.fixed = abs
	}
	return c
}

// forFile returns the checker for a file, or nil when its configuration
// has an error (recorded in errs).
func (c *configs) forFile(file string) *lint.Checker {
	return c.forDir(filepath.Dir(file))
}

// forDir returns the checker for the files of a folder, or nil when their
// configuration has an error (recorded in errs).
func (c *configs) forDir(dir string) *lint.Checker {
	file := c.fixed
	if file == "" {
		var ok bool
		if file, ok = c.byDir[dir]; !ok {
			file = lint.FindConfig(dir)
			c.byDir[dir] = file
		}
	}
	if ch, ok := c.loaded[file]; ok || c.failed[file] {
		return ch
	}
	ch, err := c.load(file)
	if err != nil {
		c.failed[file] = true
		c.errs = append(c.errs, err)
		return nil
	}
	c.loaded[file] = ch
	return ch
}

// load reads a configuration file ("" for the defaults) and builds its
// checker. Errors name the file relative to the current folder.
func (c *configs) load(file string) (*lint.Checker, error) {
	var cfg *lint.Config
	if file != "" {
		var err error
		if cfg, err = lint.LoadConfig(file); err != nil {
			return nil, relativeConfigError(err)
		}
	}
	ch, err := lint.NewChecker(c.rules, cfg, c.profile)
	if err != nil {
		return nil, relativeConfigError(err)
	}
	return ch, nil
}

// relativeConfigError shortens the path of a configuration error to one
// relative to the current folder, as the checked files are named.
func relativeConfigError(err error) error {
	var ce *lint.ConfigError
	if !errors.As(err, &ce) {
		return err
	}
	if wd, werr := os.Getwd(); werr == nil && filepath.IsAbs(ce.Path) {
		if rel, rerr := filepath.Rel(wd, ce.Path); rerr == nil {
			short := *ce
			short.Path = rel
			return &short
		}
	}
	return ce
}
