// Command gen builds coquille's embedded French dictionary from the Debian
// packages of Dicollecte's hunspell dictionaries and Grammalecte's lexicon.
//
// From the dictionaries directory, "go generate ." runs
//
//	go run ./internal/gen -fetch internal/gen/fetch.sh -data data
//
// which downloads the pinned Debian packages with apt-get (Debian 12, as
// root), checks their SHA-256 sums, unpacks them into a temporary
// directory and generates the data. With the packages already unpacked by
// fetch.sh into DIR:
//
//	go run ./internal/gen -src DIR -data data
//
// Inputs (under -src, as fetch.sh unpacks them):
//
//	comprehensive/usr/share/hunspell/fr.{dic,aff}   hunspell-fr-comprehensive ("toutes variantes")
//	classical/usr/share/hunspell/fr.{dic,aff}       hunspell-fr-classical
//	revised/usr/share/hunspell/fr.{dic,aff}         hunspell-fr-revised (1990 reform)
//	grammalecte/…/graphspell/_dictionaries/fr-allvars.json   python3-grammalecte (elision marks only)
//
// and data/supplement.txt (project-authored regional words).
//
// Outputs, in -data: fr.fst (every form of the comprehensive dictionary →
// class number), supplement.fst (the supplement's forms → class number),
// fr.tags (the class table), SOURCES (inputs, checksums, counts, command).
// The output is a pure function of the inputs: same bytes on every run.
package main

import (
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"time"
)

const grammalecteJSON = "grammalecte/usr/lib/python3/dist-packages/grammalecte/graphspell/_dictionaries/fr-allvars.json"

func main() {
	src := flag.String("src", "", "directory unpacked by fetch.sh")
	fetch := flag.String("fetch", "", "run this fetch.sh first (apt-get download into a temporary directory) and use its output as -src")
	data := flag.String("data", "data", "output directory of fr.fst, supplement.fst, fr.tags and SOURCES")
	flag.Parse()
	if *src == "" && *fetch == "" {
		fmt.Fprintln(os.Stderr, "gen: give -src DIR (unpacked by fetch.sh) or -fetch path/to/fetch.sh")
		os.Exit(2)
	}
	if err := generate(*src, *fetch, *data); err != nil {
		fmt.Fprintln(os.Stderr, "gen:", err)
		os.Exit(1)
	}
}

// generate fetches the inputs when asked, then runs the generator.
func generate(src, fetch, data string) error {
	if src == "" {
		dir, err := runFetch(fetch)
		if err != nil {
			return err
		}
		defer os.RemoveAll(dir)
		src = dir
	}
	return run(src, data)
}

func run(src, data string) error {
	start := time.Now()
	in := inputs{
		comprehensive: filepath.Join(src, "comprehensive/usr/share/hunspell/fr"),
		classical:     filepath.Join(src, "classical/usr/share/hunspell/fr"),
		revised:       filepath.Join(src, "revised/usr/share/hunspell/fr"),
		grammalecte:   filepath.Join(src, grammalecteJSON),
		supplement:    filepath.Join(data, "supplement.txt"),
		debs:          src,
	}

	main, err := readHunspell(in.comprehensive)
	if err != nil {
		return err
	}
	classic, err := readHunspell(in.classical)
	if err != nil {
		return err
	}
	reform, err := readHunspell(in.revised)
	if err != nil {
		return err
	}
	marks, marksInfo, err := elisionMarks(in.grammalecte)
	if err != nil {
		return err
	}
	mainAff, err := readAffixFile(in.comprehensive + ".aff")
	if err != nil {
		return err
	}
	supp, err := readSupplement(in.supplement, mainAff)
	if err != nil {
		return err
	}
	for _, root := range supp.rootWords {
		if _, ok := main.forms[root]; ok {
			return fmt.Errorf("%s: %q is already in the main dictionary: remove it from the supplement", in.supplement, root)
		}
	}
	for form := range supp.forms {
		// An inflected form that the main dictionary has (panosses, plural
		// of panosse and a form of panosser) stays a main-dictionary form.
		if _, ok := main.forms[form]; ok {
			delete(supp.forms, form)
		}
	}

	main.finish(classic.forms, reform.forms, marks)
	supp.finish(nil, nil, marks)
	for _, fi := range supp.forms {
		// Supplement words follow no particular norm: valid in both.
		fi.flags |= classicAndReform
	}
	classes := buildClassTable(main, supp)

	out := outputs{}
	if out.fst, err = buildFST(main, classes); err != nil {
		return err
	}
	if out.supplement, err = buildFST(supp, classes); err != nil {
		return err
	}
	if out.tags, err = classes.encode(); err != nil {
		return err
	}
	st := stats{
		main: main, classic: classic, reform: reform, supp: supp,
		marks: marks, marksInfo: marksInfo, classes: len(classes.classes),
	}
	if err := out.write(data); err != nil {
		return err
	}
	if err := writeSources(filepath.Join(data, "SOURCES"), in, out, st); err != nil {
		return err
	}
	fmt.Fprintf(os.Stderr, "gen: %d forms (%d roots), %d supplement forms, %d classes, fr.fst %d bytes, fr.tags %d bytes, in %v\n",
		len(main.forms), main.roots, len(supp.forms), len(classes.classes), len(out.fst), len(out.tags),
		time.Since(start).Round(time.Millisecond))
	return nil
}

// runFetch runs fetch.sh into a new temporary directory and returns it.
func runFetch(script string) (string, error) {
	dir, err := os.MkdirTemp("", "coquille-dict-")
	if err != nil {
		return "", err
	}
	cmd := exec.Command("bash", script, dir)
	cmd.Stdout, cmd.Stderr = os.Stderr, os.Stderr
	if err := cmd.Run(); err != nil {
		os.RemoveAll(dir)
		return "", fmt.Errorf("%s: %v", script, err)
	}
	return dir, nil
}

// inputs names the files the generator reads.
type inputs struct {
	comprehensive, classical, revised string // .dic/.aff without extension
	grammalecte                       string
	supplement                        string
	debs                              string // directory holding the .deb files
}

// outputs holds the generated files.
type outputs struct {
	fst, supplement, tags []byte
}

func (o outputs) write(dir string) error {
	for name, b := range map[string][]byte{"fr.fst": o.fst, "supplement.fst": o.supplement, "fr.tags": o.tags} {
		if err := os.WriteFile(filepath.Join(dir, name), b, 0o644); err != nil {
			return err
		}
	}
	return nil
}
