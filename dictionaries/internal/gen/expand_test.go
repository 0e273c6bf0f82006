package main

import (
	"os"
	"path/filepath"
	"slices"
	"testing"

	"github.com/coquille-fr/coquille/dictionaries"
)

const testAff = `SET UTF-8
FLAG long
NEEDAFFIX ()
NOSUGGEST --
FORBIDDENWORD {}

PFX L' Y 1
PFX L' 0 l' [aeiouh] dp:le|la+

PFX Um Y 3
PFX Um 0 0/S. .
PFX Um 0 kilo/S.() .
PFX Um 0 l'/S. [aeiou]

SFX S. Y 2
SFX S. 0 0/L' [^sxz] is:sg
SFX S. 0 s/L' [^sxz] is:pl

SFX a0 Y 3
SFX a0 er er er po:infi
SFX a0 er ons [^cg]er po:ipre po:1pl
SFX a0 ger geons ger po:ipre po:1pl
`

const testDic = `6
homme/S.L' po:nom is:mas
mètre/Um() po:nom is:mas
manger/a0() po:v1
chanter/a0() po:v1
VIII/-- po:nbro
interdit/{} po:adj
`

func TestExpandDictionary(t *testing.T) {
	dir := t.TempDir()
	base := filepath.Join(dir, "fr")
	if err := os.WriteFile(base+".aff", []byte(testAff), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(base+".dic", []byte(testDic), 0o644); err != nil {
		t.Fatal(err)
	}
	lx, err := readHunspell(base)
	if err != nil {
		t.Fatal(err)
	}
	got := lx.sortedForms()
	want := []string{"VIII", "chanter", "chantons", "homme", "hommes", "kilomètre", "kilomètres",
		"mangeons", "manger", "mètre", "mètres"}
	if !slices.Equal(got, want) {
		t.Fatalf("forms = %q\nwant    %q", got, want)
	}
	if lx.roots != 6 {
		t.Errorf("roots = %d", lx.roots)
	}
	check := func(form string, reading dictionaries.Tags) {
		t.Helper()
		if fi := lx.forms[form]; fi == nil || !slices.Contains(fi.readings, reading) {
			t.Errorf("%s: readings %v, want %v", form, lx.forms[form], reading)
		}
	}
	check("hommes", dictionaries.Noun|dictionaries.Masculine|dictionaries.Plural)
	check("kilomètre", dictionaries.Noun|dictionaries.Masculine|dictionaries.Singular)
	check("mangeons", dictionaries.Verb|dictionaries.IndicativePresent|dictionaries.FirstPlural)
	check("chanter", dictionaries.Verb|dictionaries.Infinitive)
	lx.finish(map[string]*formInfo{"homme": {}}, map[string]*formInfo{"homme": {}, "hommes": {}},
		map[string]markBits{"homme": markElides})
	if f := lx.forms["VIII"].flags; !f.Has(dictionaries.NoSuggest) {
		t.Errorf("VIII: %v, want NoSuggest", f)
	}
	if f := lx.forms["homme"].flags; f.Variant() != dictionaries.VariantCommon || f.Elision() != dictionaries.ElisionElides {
		t.Errorf("homme: %v", f)
	}
	if f := lx.forms["hommes"].flags; f.Variant() != dictionaries.VariantReform {
		t.Errorf("hommes: %v", f)
	}
}

func TestCondition(t *testing.T) {
	c, err := parseCondition("[^cg]er")
	if err != nil {
		t.Fatal(err)
	}
	for w, want := range map[string]bool{"manger": false, "chanter": true, "er": false, "placer": false} {
		if got := c.matchEnd([]rune(w)); got != want {
			t.Errorf("[^cg]er on %s = %v", w, got)
		}
	}
	c, _ = parseCondition("[aeiouh]")
	if !c.matchStart([]rune("homme")) || c.matchStart([]rune("table")) {
		t.Error("matchStart")
	}
	if _, err := parseCondition("[abc"); err == nil {
		t.Error("unclosed class accepted")
	}
}

func TestElisionTags(t *testing.T) {
	cases := map[markBits]dictionaries.Tags{
		0:                        0,
		markNone:                 0,
		markRefuses:              dictionaries.ElisionRefused,
		markElides:               dictionaries.ElisionRequired,
		markRefuses | markNone:   dictionaries.ElisionMask,
		markRefuses | markElides: dictionaries.ElisionMask,
	}
	for m, want := range cases {
		if got := m.elisionTags(); got != want {
			t.Errorf("%b: %v, want %v", m, got, want)
		}
	}
}
