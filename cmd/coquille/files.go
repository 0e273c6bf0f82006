package main

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/coquille-fr/coquille/lint"
	"github.com/spf13/pflag"
)

// inputOptions are the flags that choose what is checked and how.
type inputOptions struct {
	profile       string
	platform      string
	config        string
	words         string
	stdinFilename string

	// the limits, "" for the configuration's
	maxFileSize    string // a size for lint.ParseSize
	maxDiagnostics string // a number for lint.ParseMaxDiagnostics
}

// define adds the flags to fs.
func (o *inputOptions) define(fs *pflag.FlagSet) {
	stringFlag(fs, &o.profile, "profile", "PROFIL", "", "fr-FR, fr-CA, fr-CH ou fr-BE (sinon celui de la configuration)")
	platforms := lint.PlatformNames()
	stringFlag(fs, &o.platform, "platform", "NOM", "", "limites de longueur de "+
		strings.Join(platforms[:len(platforms)-1], ", ")+" ou "+platforms[len(platforms)-1])
	stringFlag(fs, &o.config, "config", "FICHIER", "", "configuration à utiliser (sinon le "+lint.ConfigFile+" le plus proche)")
	stringFlag(fs, &o.words, "words", "FICHIER", "", "mots acceptés en plus de ceux de la configuration, un par ligne")
	stringFlag(fs, &o.stdinFilename, "stdin-filename", "NOM", "", "nom de l’entrée standard, dont l’extension choisit le format")
	stringFlag(fs, &o.maxFileSize, "max-file-size", "TAILLE", "", "taille au-delà de laquelle un fichier est ignoré (10MB par défaut)")
	stringFlag(fs, &o.maxDiagnostics, "max-diagnostics", "N", "", "nombre de fautes relevées au plus par fichier (100\u202f000 par défaut)")
}

// configs prepares the configurations with the words of --words and the
// limits of --max-file-size and --max-diagnostics.
func (o *inputOptions) configs(rules []*lint.Rule) (*configs, error) {
	var words []string
	if o.words != "" {
		var err error
		if words, err = lint.ReadWordsFile(o.words); err != nil {
			return nil, err
		}
	}
	c := newConfigs(rules, o.profile, o.config, words)
	c.platform = o.platform
	var err error
	if o.maxFileSize != "" {
		if c.maxFileSize, err = lint.ParseSize(o.maxFileSize); err != nil {
			return nil, usagef("valeur invalide «\u00a0%s\u00a0» pour l’option «\u00a0--max-file-size\u00a0» (attendu\u00a0: une taille, par exemple 10MB, 500ko ou 1GiB)", o.maxFileSize)
		}
	}
	if o.maxDiagnostics != "" {
		if c.maxDiagnostics, err = lint.ParseMaxDiagnostics(o.maxDiagnostics); err != nil {
			return nil, usagef("valeur invalide «\u00a0%s\u00a0» pour l’option «\u00a0--max-diagnostics\u00a0» (attendu\u00a0: un nombre entier positif)", o.maxDiagnostics)
		}
	}
	return c, nil
}

// stdinName names the standard input in reports when --stdin-filename is
// not given.
const stdinName = "<stdin>"

// checkedExts are the extensions of the files found in folders.
var checkedExts = map[string]bool{".txt": true, ".md": true, ".markdown": true}

// skippedDirs are the folders never walked into, beside hidden ones.
var skippedDirs = map[string]bool{"node_modules": true, "vendor": true}

// input is one text to check: a file or the standard input.
type input struct {
	path    string // name in reports
	stdin   bool
	format  lint.Format
	checker *lint.Checker // nil when err is set
	err     error         // why the path cannot be checked, in French
}

// collector turns the command-line paths into inputs.
type collector struct {
	opts    *inputOptions
	configs *configs
	inputs  []input
	seen    map[string]bool // paths added
	stdin   bool            // "-" added
}

// collect returns the inputs named by args, sorted by path. Folders are
// walked; files a configuration ignores are left out, whether found in a
// folder or named. Configuration errors are printed, and end the command.
func (a *app) collect(args []string, o *inputOptions) ([]input, error) {
	if len(args) == 0 {
		return nil, usagef("aucun chemin donné\u00a0: indiquez des fichiers ou des dossiers, ou «\u00a0-\u00a0» pour lire l’entrée standard")
	}
	if o.profile != "" {
		if _, err := lint.LookupProfile(o.profile); err != nil {
			names := lint.ProfileNames()
			return nil, usagef("profil inconnu «\u00a0%s\u00a0» (attendu\u00a0: %s ou %s)",
				o.profile, strings.Join(names[:len(names)-1], ", "), names[len(names)-1])
		}
	}
	if o.platform != "" {
		if _, err := lint.LookupPlatform(o.platform); err != nil {
			return nil, &usageError{err.Error()}
		}
	}
	cfgs, err := o.configs(a.rules)
	if err != nil {
		return nil, err
	}
	c := &collector{opts: o, configs: cfgs, seen: map[string]bool{}}
	for _, arg := range args {
		if err := c.add(arg); err != nil {
			return nil, err
		}
	}
	if len(c.configs.errs) > 0 {
		for _, err := range c.configs.errs {
			fmt.Fprintf(a.stderr, "coquille: %s\n", err)
		}
		return nil, statusError(exitError)
	}
	sort.SliceStable(c.inputs, func(i, j int) bool { return c.inputs[i].path < c.inputs[j].path })
	return c.inputs, nil
}

// add adds what one command-line argument names.
func (c *collector) add(arg string) error {
	if arg == "-" {
		if c.stdin {
			return usagef("«\u00a0-\u00a0» ne peut être donné qu’une fois")
		}
		c.stdin = true
		name := stdinName
		var ch *lint.Checker
		if c.opts.stdinFilename != "" {
			name = c.opts.stdinFilename
			ch = c.configs.forFile(name)
		} else {
			ch = c.configs.forDir(".")
		}
		if ch != nil {
			c.inputs = append(c.inputs, input{path: name, stdin: true, format: lint.FormatOf(name), checker: ch})
		}
		return nil
	}
	path := filepath.Clean(arg)
	info, err := os.Stat(path)
	switch {
	case err != nil:
		c.failed(path, err)
	case info.IsDir():
		c.walk(path)
	default:
		c.file(path)
	}
	return nil
}

// walk adds the files of a folder and of its subfolders, in name order.
// Hidden files and folders, node_modules and vendor are skipped. Symbolic
// links to files are followed, those to folders are not, so that a loop
// cannot trap the walk.
func (c *collector) walk(dir string) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		c.failed(dir, err)
	}
	for _, e := range entries {
		name := e.Name()
		path := filepath.Join(dir, name)
		switch {
		case strings.HasPrefix(name, "."):
		case e.IsDir():
			if !skippedDirs[name] {
				c.walk(path)
			}
		case !checkedExts[strings.ToLower(filepath.Ext(name))]:
		case e.Type().IsRegular():
			c.file(path)
		case e.Type()&fs.ModeSymlink != 0:
			info, err := os.Stat(path)
			if err != nil {
				c.failed(path, err)
			} else if info.Mode().IsRegular() {
				c.file(path)
			}
		}
	}
}

// file adds a file unless it was added before or its configuration
// ignores it.
func (c *collector) file(path string) {
	if c.seen[path] {
		return
	}
	c.seen[path] = true
	ch := c.configs.forFile(path)
	if ch == nil || ch.Config.Ignored(path) {
		return
	}
	c.inputs = append(c.inputs, input{path: path, format: lint.FormatOf(path), checker: ch})
}

// failed adds a path that cannot be read.
func (c *collector) failed(path string, err error) {
	if c.seen[path] {
		return
	}
	c.seen[path] = true
	c.inputs = append(c.inputs, input{path: path, err: errors.New(lint.ReadError(err))})
}

// read returns the source of an input. An input larger than the
// checker's MaxFileSize is not read further than the limit: the error is
// then a *lint.TooLargeError, and the source holds the bytes read, if any.
func (in input) read(stdin io.Reader) (*lint.Source, error) {
	src := &lint.Source{Path: in.path, Format: in.format}
	if in.err != nil {
		return src, in.err
	}
	var data []byte
	var err error
	limit := in.checker.MaxFileSize
	if in.stdin {
		data, err = io.ReadAll(io.LimitReader(stdin, limit+1))
	} else {
		data, err = readFile(in.path, limit)
	}
	src.Data = data
	switch {
	case tooLarge(err):
		return src, err
	case err != nil:
		return src, errors.New(lint.ReadError(err))
	case int64(len(data)) > limit:
		return src, &lint.TooLargeError{Size: -1, Limit: limit}
	}
	return src, nil
}

// readFile reads a file of at most limit bytes, or one byte more when it
// grows while read or is not a regular file. A regular file larger than
// limit is not read: the error is a *lint.TooLargeError.
func readFile(path string, limit int64) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	if info, err := f.Stat(); err == nil && info.Mode().IsRegular() && info.Size() > limit {
		return nil, &lint.TooLargeError{Size: info.Size(), Limit: limit}
	}
	return io.ReadAll(io.LimitReader(f, limit+1))
}
