package main

import (
	"cmp"
	"errors"
	"os"
	"path/filepath"

	"github.com/coquille-fr/coquille/lint"
)

// configs finds the configuration of each checked file and builds one
// checker per configuration file and set of overrides that apply, looking
// each folder up and reading each file only once.
type configs struct {
	rules    []*lint.Rule
	profile  string            // --profile, "" for the configuration's
	platform string            // --platform, "" for the configuration's
	words    []string          // --words, added to every configuration
	fixed    string            // --config made absolute, "" to look up
	byDir    map[string]string // folder → its configuration file, "" for none
	parsed   map[string]*lint.Config
	loaded   map[checkerKey]*lint.Checker
	failed   map[string]bool
	errs     []error // configuration errors, in the order met

	// --max-file-size and --max-diagnostics, 0 for the configuration's
	maxFileSize    int64
	maxDiagnostics int
}

// checkerKey names the settings of a checker: a configuration file ("" for
// the defaults) and the overrides of it that apply (see Config.ForFile).
type checkerKey struct {
	file, overrides string
}

func newConfigs(rules []*lint.Rule, profile, fixed string, words []string) *configs {
	c := &configs{rules: rules, profile: profile, words: words, byDir: map[string]string{},
		parsed: map[string]*lint.Config{}, loaded: map[checkerKey]*lint.Checker{}, failed: map[string]bool{}}
	if fixed != "" {
		abs, err := filepath.Abs(fixed)
		if err != nil {
			abs = fixed
		}
		c.fixed = abs
	}
	return c
}

// forFile returns the checker for a file: its folder's configuration with
// the overrides that match the file. It returns nil when the configuration
// has an error (recorded in errs).
func (c *configs) forFile(file string) *lint.Checker {
	return c.checker(filepath.Dir(file), file)
}

// forDir returns the checker for a text without a name in a folder, to
// which no override applies, or nil when the folder's configuration has an
// error (recorded in errs).
func (c *configs) forDir(dir string) *lint.Checker {
	return c.checker(dir, "")
}

// checker returns the checker of the configuration of dir for file, ""
// for a text without a name.
func (c *configs) checker(dir, file string) *lint.Checker {
	path := c.fixed
	if path == "" {
		var ok bool
		if path, ok = c.byDir[dir]; !ok {
			path = lint.FindConfig(dir)
			c.byDir[dir] = path
		}
	}
	if c.failed[path] {
		return nil
	}
	cfg, ok := c.parsed[path]
	if !ok {
		var err error
		if cfg, err = c.load(path); err != nil {
			c.fail(path, err)
			return nil
		}
		c.parsed[path] = cfg
	}
	key := checkerKey{file: path}
	if file != "" {
		cfg, key.overrides = cfg.ForFile(file)
	}
	if c.platform != "" {
		cfg = cfg.WithPlatform(c.platform)
	}
	if ch, ok := c.loaded[key]; ok {
		return ch
	}
	ch, err := lint.NewChecker(c.rules, cfg, c.profile)
	if err != nil {
		c.fail(path, relativeConfigError(err))
		return nil
	}
	ch.MaxFileSize = cmp.Or(c.maxFileSize, ch.MaxFileSize)
	ch.MaxDiagnostics = cmp.Or(c.maxDiagnostics, ch.MaxDiagnostics)
	ch.DropTokens = true // reports, fixes and the editor need the text only
	c.loaded[key] = ch
	return ch
}

// fail records the error of a configuration file.
func (c *configs) fail(path string, err error) {
	c.failed[path] = true
	c.errs = append(c.errs, err)
}

// load reads a configuration file, or returns the defaults for "", and
// adds the words of --words. Errors name the file relative to the current
// folder.
func (c *configs) load(file string) (*lint.Config, error) {
	cfg := &lint.Config{}
	if file != "" {
		var err error
		if cfg, err = lint.LoadConfig(file); err != nil {
			return nil, relativeConfigError(err)
		}
	}
	cfg.Words = append(cfg.Words, c.words...)
	return cfg, nil
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
