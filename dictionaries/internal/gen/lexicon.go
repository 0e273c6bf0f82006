package main

import (
	"slices"
	"strings"

	"github.com/coquille-fr/coquille/dictionaries"
)

// lexicon collects the forms of one hunspell dictionary with their readings.
type lexicon struct {
	forms     map[string]*formInfo
	roots     int
	rootWords []string // the roots, for the supplement's checks
	raw       int      // forms emitted before normalisation and deduplication
}

// formInfo is what is known of one written form.
type formInfo struct {
	readings []dictionaries.Tags // distinct, sorted
	flags    dictionaries.Tags   // form-level bits
	// suggestible: at least one root giving the form lacks NOSUGGEST.
	suggestible bool
}

func newLexicon() *lexicon { return &lexicon{forms: map[string]*formInfo{}} }

// add records one generated form with the reading of its morphology and
// extra reading or form bits.
func (lx *lexicon) add(g generated, extra dictionaries.Tags) {
	lx.raw++
	form := normalizeForm(g.form)
	fi := lx.forms[form]
	if fi == nil {
		fi = &formInfo{}
		lx.forms[form] = fi
	}
	if r := readingOf(g.morph) | extra.Reading(); r != 0 && !slices.Contains(fi.readings, r) {
		fi.readings = append(fi.readings, r)
		slices.Sort(fi.readings)
	}
	fi.flags |= extra & dictionaries.FormMask
	if !g.noSuggest {
		fi.suggestible = true
	}
}

// readHunspell expands a .dic/.aff pair (path without extension).
func readHunspell(base string) (*lexicon, error) {
	aff, err := readAffixFile(base + ".aff")
	if err != nil {
		return nil, err
	}
	lx := newLexicon()
	lx.roots, err = expandDictionary(base+".dic", aff, func(g generated) { lx.add(g, 0) })
	return lx, err
}

// sortedForms returns the forms in byte order (the FST's insertion order).
func (lx *lexicon) sortedForms() []string {
	keys := make([]string, 0, len(lx.forms))
	for k := range lx.forms {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}

// finish sets the form-level bits that depend on the whole word list:
// spelling variant (membership of the classic and reform lists),
// elision marks, suggestibility and capitalised homographs. It also drops
// readings included in another reading of the same form (a bare root
// "noun m" beside "noun m sg").
func (lx *lexicon) finish(classic, reform map[string]*formInfo, marks map[string]markBits) {
	for form, fi := range lx.forms {
		fi.readings = dropIncluded(fi.readings)
		if _, ok := classic[form]; ok {
			fi.flags |= dictionaries.Classic
		}
		if _, ok := reform[form]; ok {
			fi.flags |= dictionaries.Reform
		}
		fi.flags |= marks[form].elisionTags()
		if !fi.suggestible {
			fi.flags |= dictionaries.NoSuggest
		}
		if c, ok := capitalized(form); ok && c != form && strings.ToLower(form) == form {
			if _, ok := lx.forms[c]; ok {
				fi.flags |= dictionaries.HasCapitalized
			}
		}
	}
}

// classicAndReform marks a form valid in both spelling norms.
const classicAndReform = dictionaries.Classic | dictionaries.Reform

// dropIncluded removes the readings whose bits are all set in another
// reading (keeps order).
func dropIncluded(rs []dictionaries.Tags) []dictionaries.Tags {
	var out []dictionaries.Tags
	for i, r := range rs {
		included := false
		for j, o := range rs {
			if i != j && r&o == r && r != o {
				included = true
				break
			}
		}
		if !included {
			out = append(out, r)
		}
	}
	return out
}
