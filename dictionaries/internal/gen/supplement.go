package main

import (
	"bufio"
	"fmt"
	"os"
	"strings"

	"github.com/coquille-fr/coquille/dictionaries"
)

// readSupplement reads the project-authored supplement (data/supplement.txt):
// regional words missing from Dicollecte, one root a line:
//
//	form[/flags] tag…
//
// flags are optional Dicollecte affix flags (FLAG long, e.g. S. for a plural
// in -s, a0p+() for a first-group verb), expanded with the comprehensive
// .aff; tags are the short names of dictionaries.Tags (noun m sg ca…). Every
// form gets the Supplement bit; a line without a region tag is an error, so
// that a general word is not slipped in here instead of being proposed to
// Dicollecte.
func readSupplement(path string, aff *affixFile) (*lexicon, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	lx := newLexicon()
	sc := bufio.NewScanner(f)
	line := 0
	for sc.Scan() {
		line++
		text := strings.TrimSpace(sc.Text())
		if text == "" || strings.HasPrefix(text, "#") {
			continue
		}
		word, flags, rest, err := parseDicLine(text)
		if err != nil {
			return nil, fmt.Errorf("%s:%d: %v", path, line, err)
		}
		tags, ok := dictionaries.ParseTags(strings.Join(rest, " "))
		if !ok {
			return nil, fmt.Errorf("%s:%d: unknown tag in %q", path, line, strings.Join(rest, " "))
		}
		if tags.Regions() == 0 {
			return nil, fmt.Errorf("%s:%d: %s: a supplement entry needs a region (ca, be or ch)", path, line, word)
		}
		tags |= dictionaries.Supplement
		lx.roots++
		lx.rootWords = append(lx.rootWords, normalizeForm(word))
		err = expandRoot(aff, word, flags, nil, func(g generated) {
			// Affix morphology may refine the line's reading (number,
			// verb forms): keep the line's POS and gender, add the rest.
			lx.add(g, tags)
		})
		if err != nil {
			return nil, fmt.Errorf("%s:%d: %v", path, line, err)
		}
	}
	return lx, sc.Err()
}
