package main

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

var apostrophes = strings.NewReplacer("’", "'", "ʼ", "'", "‘", "'")

// normalizeForm returns the key under which a form is stored: NFC, with the
// ASCII apostrophe. Case and ligatures (œ, æ) are kept as written.
func normalizeForm(s string) string {
	return norm.NFC.String(apostrophes.Replace(s))
}

// capitalized returns s with its first letter in upper case, and whether
// that changed anything.
func capitalized(s string) (string, bool) {
	r, n := utf8.DecodeRuneInString(s)
	u := unicode.ToUpper(r)
	if u == r {
		return s, false
	}
	return string(u) + s[n:], true
}
