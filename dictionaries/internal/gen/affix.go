package main

import (
	"bufio"
	"fmt"
	"os"
	"strings"
)

// affixFile is the part of a hunspell .aff file that word generation needs.
type affixFile struct {
	classes   map[string]*affixClass // by flag
	needAffix string                 // NEEDAFFIX flag: the bare form is not a word
	forbidden string                 // FORBIDDENWORD flag
	noSuggest string                 // NOSUGGEST flag
}

// affixClass is one PFX or SFX class: every rule shares the flag.
type affixClass struct {
	flag   string
	prefix bool
	cross  bool // cross product: combines with an affix of the other kind
	rules  []affixRule
}

// affixRule is one PFX/SFX line.
type affixRule struct {
	strip string    // removed from the start (prefix) or end (suffix)
	add   string    // added in its place
	cont  []string  // continuation flags of the affixed form
	cond  condition // must match the start (prefix) or end (suffix) of the root
	morph []string  // morphological fields (po:ppas, is:fem…)
}

// hasFlag reports whether flags holds f.
func hasFlag(flags []string, f string) bool {
	if f == "" {
		return false
	}
	for _, g := range flags {
		if g == f {
			return true
		}
	}
	return false
}

// splitFlags splits a FLAG long flag string into its two-character flags.
func splitFlags(s string) ([]string, error) {
	r := []rune(s)
	if len(r)%2 != 0 {
		return nil, fmt.Errorf("odd flag string %q (FLAG long expected)", s)
	}
	flags := make([]string, 0, len(r)/2)
	for i := 0; i < len(r); i += 2 {
		flags = append(flags, string(r[i:i+2]))
	}
	return flags, nil
}

// readAffixFile parses a UTF-8 hunspell .aff file with FLAG long.
func readAffixFile(path string) (*affixFile, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()

	aff := &affixFile{classes: map[string]*affixClass{}}
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<16), 1<<20)
	line := 0
	flagLong := false
	for sc.Scan() {
		line++
		fields := strings.Fields(sc.Text())
		if len(fields) == 0 || strings.HasPrefix(fields[0], "#") {
			continue
		}
		bad := func(format string, a ...any) error {
			return fmt.Errorf("%s:%d: %s", path, line, fmt.Sprintf(format, a...))
		}
		switch fields[0] {
		case "SET":
			if len(fields) < 2 || fields[1] != "UTF-8" {
				return nil, bad("only SET UTF-8 is supported")
			}
		case "FLAG":
			if len(fields) < 2 || fields[1] != "long" {
				return nil, bad("only FLAG long is supported")
			}
			flagLong = true
		case "AF", "AM":
			return nil, bad("flag and morphology aliases (%s) are not supported", fields[0])
		case "NEEDAFFIX":
			aff.needAffix = fieldOr(fields, 1)
		case "FORBIDDENWORD":
			aff.forbidden = fieldOr(fields, 1)
		case "NOSUGGEST":
			aff.noSuggest = fieldOr(fields, 1)
		case "PFX", "SFX":
			if len(fields) < 4 {
				return nil, bad("short affix line")
			}
			flag := fields[1]
			c := aff.classes[flag]
			if c == nil {
				// Header: PFX flag cross count.
				c = &affixClass{flag: flag, prefix: fields[0] == "PFX", cross: fields[2] == "Y"}
				aff.classes[flag] = c
				continue
			}
			if len(fields) < 5 {
				return nil, bad("affix rule needs strip, add and condition")
			}
			r, err := parseAffixRule(fields)
			if err != nil {
				return nil, bad("%v", err)
			}
			c.rules = append(c.rules, r)
		}
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	if !flagLong {
		return nil, fmt.Errorf("%s: FLAG long expected", path)
	}
	return aff, nil
}

func fieldOr(fields []string, i int) string {
	if i < len(fields) {
		return fields[i]
	}
	return ""
}

// parseAffixRule reads "SFX flag strip add[/cont] cond morph…".
func parseAffixRule(fields []string) (affixRule, error) {
	var r affixRule
	if fields[2] != "0" {
		r.strip = fields[2]
	}
	add := fields[3]
	if i := strings.IndexByte(add, '/'); i >= 0 {
		cont, err := splitFlags(add[i+1:])
		if err != nil {
			return r, err
		}
		r.cont = cont
		add = add[:i]
	}
	if add != "0" {
		r.add = add
	}
	cond, err := parseCondition(fields[4])
	if err != nil {
		return r, err
	}
	r.cond = cond
	r.morph = fields[5:]
	return r, nil
}
