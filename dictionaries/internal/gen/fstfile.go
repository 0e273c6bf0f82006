package main

import (
	"bytes"

	"github.com/blevesearch/vellum"
)

// buildFST returns a vellum FST mapping each form (inserted in byte order)
// to its class number.
func buildFST(lx *lexicon, classes *classTable) ([]byte, error) {
	var buf bytes.Buffer
	b, err := vellum.New(&buf, nil)
	if err != nil {
		return nil, err
	}
	for _, form := range lx.sortedForms() {
		if err := b.Insert([]byte(form), classes.id(lx.forms[form])); err != nil {
			return nil, err
		}
	}
	if err := b.Close(); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}
