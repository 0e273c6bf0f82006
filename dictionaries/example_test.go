package dictionaries_test

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/coquille-fr/coquille/dictionaries"
)

// lookupToken is the case protocol a spelling rule may use: exact form,
// then lower case for a capitalised word, then capitalised for a word in
// capitals (PARIS → Paris).
func lookupToken(d *dictionaries.Dictionary, tok string) (dictionaries.Entry, bool) {
	if e, ok := d.Lookup(tok); ok {
		return e, true
	}
	r, n := utf8.DecodeRuneInString(tok)
	if !unicode.IsUpper(r) {
		return dictionaries.Entry{}, false
	}
	lower := strings.ToLower(tok)
	if e, ok := d.Lookup(lower); ok {
		return e, true
	}
	if strings.ToUpper(tok) == tok && n < len(tok) {
		return d.Lookup(tok[:n] + lower[n:])
	}
	return dictionaries.Entry{}, false
}

func Example() {
	d := dictionaries.Default()

	for _, tok := range []string{"Bonjour", "PARIS", "montréal", "tres"} {
		_, ok := lookupToken(d, tok)
		fmt.Println(tok, ok)
	}

	// Elision: "le héros" but "l'héroïne".
	for _, w := range []string{"héros", "héroïne"} {
		e, _ := d.Lookup(w)
		fmt.Println(w, e.Tags.Elision() == dictionaries.ElisionRefuses)
	}

	// Readings: is "mangé" a past participle, "mange" not?
	for _, w := range []string{"mangé", "mange"} {
		e, _ := d.Lookup(w)
		fmt.Println(w, e.HasReading(dictionaries.PastParticiple))
	}

	fmt.Println(d.Suggest("apparament", 3))
	fmt.Println(d.Suggest("Filosofie", 1))
	// Output:
	// Bonjour true
	// PARIS true
	// montréal false
	// tres false
	// héros true
	// héroïne false
	// mangé true
	// mange false
	// [apparemment]
	// [Philosophie]
}
