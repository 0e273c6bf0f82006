package main

import (
	"bufio"
	"fmt"
	"os"
	"strings"
)

// generated is one word form produced by affix expansion, with the
// morphological fields of its root and affixes.
type generated struct {
	form      string
	morph     []string
	noSuggest bool
}

// expandDictionary reads a hunspell .dic file and calls emit for every word
// form that the .aff rules generate, in the order of the file.
//
// A form is [prefix] root [suffix]. Hunspell's rules, as this lexicon uses
// them (FLAG long, one level of suffixes, no compounding):
//   - the root alone is a word unless it has the NEEDAFFIX flag;
//   - each suffix rule of the root's SFX classes whose strip and condition
//     match the end of the root gives a form, unless the rule's continuation
//     has NEEDAFFIX;
//   - each prefix rule of the root's PFX classes gives a form, alone (unless
//     NEEDAFFIX in its continuation) and with the root's suffixes when both
//     classes are cross-product, or with the SFX classes of its continuation
//     (kilo/S. + mètre → kilomètre, kilomètres);
//   - prefix rules that add an apostrophe (l', d', qu', jusqu'…) are dropped:
//     elided forms are the tokenizer's business, not the dictionary's;
//   - FORBIDDENWORD roots give nothing.
func expandDictionary(path string, aff *affixFile, emit func(generated)) (roots int, err error) {
	f, err := os.Open(path)
	if err != nil {
		return 0, err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<16), 1<<20)
	line := 0
	for sc.Scan() {
		line++
		text := strings.TrimSpace(sc.Text())
		if line == 1 || text == "" || strings.HasPrefix(text, "#") {
			continue // the first line is the entry count
		}
		word, flags, morph, err := parseDicLine(text)
		if err != nil {
			return roots, fmt.Errorf("%s:%d: %v", path, line, err)
		}
		roots++
		if err := expandRoot(aff, word, flags, morph, emit); err != nil {
			return roots, fmt.Errorf("%s:%d: %v", path, line, err)
		}
	}
	return roots, sc.Err()
}

// parseDicLine splits "word/flags morph…" (flags and morph optional).
func parseDicLine(text string) (word string, flags, morph []string, err error) {
	fields := strings.Fields(text)
	word, morph = fields[0], fields[1:]
	if i := strings.IndexByte(word, '/'); i > 0 {
		flags, err = splitFlags(word[i+1:])
		word = word[:i]
	}
	return word, flags, morph, err
}

func expandRoot(aff *affixFile, word string, flags, morph []string, emit func(generated)) error {
	if hasFlag(flags, aff.forbidden) {
		return nil
	}
	noSugg := hasFlag(flags, aff.noSuggest)
	root := []rune(word)
	out := func(form string, m ...[]string) {
		all := append([]string(nil), morph...)
		for _, x := range m {
			all = append(all, x...)
		}
		emit(generated{form: form, morph: all, noSuggest: noSugg})
	}

	var suffixes, prefixes []*affixClass
	for _, fl := range flags {
		c := aff.classes[fl]
		switch {
		case c == nil:
			// NEEDAFFIX, NOSUGGEST, KEEPCASE… or a flag with no class.
		case c.prefix:
			prefixes = append(prefixes, c)
		default:
			suffixes = append(suffixes, c)
		}
	}

	if !hasFlag(flags, aff.needAffix) {
		out(word)
	}
	for _, c := range suffixes {
		for i := range c.rules {
			r := &c.rules[i]
			if form, ok := applySuffix(root, r); ok && !hasFlag(r.cont, aff.needAffix) {
				out(form, r.morph)
			}
		}
	}
	for _, pc := range prefixes {
		for i := range pc.rules {
			p := &pc.rules[i]
			if strings.ContainsAny(p.add, "'’") || !p.cond.matchStart(root) || !strings.HasPrefix(word, p.strip) {
				continue
			}
			body := []rune(word[len(p.strip):])
			if !hasFlag(p.cont, aff.needAffix) {
				out(p.add+string(body), p.morph)
			}
			// Suffixes allowed with this prefix: the root's (cross
			// product) and those named in the prefix's continuation.
			var with []*affixClass
			if pc.cross {
				for _, sc := range suffixes {
					if sc.cross {
						with = append(with, sc)
					}
				}
			}
			for _, fl := range p.cont {
				if sc := aff.classes[fl]; sc != nil && !sc.prefix && !containsClass(with, sc) {
					with = append(with, sc)
				}
			}
			for _, sc := range with {
				for j := range sc.rules {
					r := &sc.rules[j]
					// Conditions apply to the root, not to the prefixed form.
					if !r.cond.matchEnd(root) || !strings.HasSuffix(string(body), r.strip) {
						continue
					}
					if hasFlag(p.cont, aff.needAffix) && hasFlag(r.cont, aff.needAffix) {
						continue
					}
					b := string(body)
					out(p.add+b[:len(b)-len(r.strip)]+r.add, p.morph, r.morph)
				}
			}
		}
	}
	return nil
}

// applySuffix applies a suffix rule to a root when its strip and condition
// match.
func applySuffix(root []rune, r *affixRule) (string, bool) {
	word := string(root)
	if !strings.HasSuffix(word, r.strip) || !r.cond.matchEnd(root) {
		return "", false
	}
	return word[:len(word)-len(r.strip)] + r.add, true
}

func containsClass(cs []*affixClass, c *affixClass) bool {
	for _, x := range cs {
		if x == c {
			return true
		}
	}
	return false
}
