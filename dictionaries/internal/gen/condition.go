package main

import (
	"fmt"
	"strings"
)

// condition is a hunspell affix condition: a sequence of character tests
// ("." any character, "[abc]" one of, "[^abc]" none of, or a literal) that
// must match the end of the root (suffix) or its start (prefix).
type condition []charTest

type charTest struct {
	any    bool
	negate bool
	set    string // characters of the class, or the literal
}

func (t charTest) match(r rune) bool {
	if t.any {
		return true
	}
	return strings.ContainsRune(t.set, r) != t.negate
}

// parseCondition reads a condition; "." alone means no condition.
func parseCondition(s string) (condition, error) {
	if s == "." {
		return nil, nil
	}
	var c condition
	rs := []rune(s)
	for i := 0; i < len(rs); i++ {
		switch rs[i] {
		case '.':
			c = append(c, charTest{any: true})
		case '[':
			j := i + 1
			neg := j < len(rs) && rs[j] == '^'
			if neg {
				j++
			}
			k := j
			for k < len(rs) && rs[k] != ']' {
				k++
			}
			if k == len(rs) {
				return nil, fmt.Errorf("unclosed [ in condition %q", s)
			}
			c = append(c, charTest{negate: neg, set: string(rs[j:k])})
			i = k
		default:
			c = append(c, charTest{set: string(rs[i])})
		}
	}
	return c, nil
}

// matchEnd reports whether the condition matches the end of word.
func (c condition) matchEnd(word []rune) bool {
	if len(c) > len(word) {
		return false
	}
	off := len(word) - len(c)
	for i, t := range c {
		if !t.match(word[off+i]) {
			return false
		}
	}
	return true
}

// matchStart reports whether the condition matches the start of word.
func (c condition) matchStart(word []rune) bool {
	if len(c) > len(word) {
		return false
	}
	for i, t := range c {
		if !t.match(word[i]) {
			return false
		}
	}
	return true
}
