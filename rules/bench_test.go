package rules_test

import (
	"os"
	"testing"

	"github.com/coquille-fr/coquille/lint"
	"github.com/coquille-fr/coquille/rules"
)

// benchSource is $COQUILLE_BENCH_FILE (e.g. the shared corpus's
// prose-1mb.txt) or, without it, the annotated prose samples of testdata.
func benchSource(b *testing.B) *lint.Source {
	path := os.Getenv("COQUILLE_BENCH_FILE")
	if path == "" {
		path = "../testdata/typography/prose-fr-FR.txt"
	}
	data, err := os.ReadFile(path)
	if err != nil {
		b.Fatal(err)
	}
	return &lint.Source{Path: path, Data: data, Format: lint.FormatOf(path)}
}

// BenchmarkCheck measures a whole check with every rule: reading the
// format, tokenizing and running the rules, in parallel on a large text.
// The dictionary remembers its suggestions from one check to the next, as
// it does across the files of a run: see the dictionaries package's
// BenchmarkSuggest for their cost.
func BenchmarkCheck(b *testing.B) {
	src := benchSource(b)
	c, err := lint.NewChecker(rules.All(), nil, "")
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(src.Data)))
	b.ReportAllocs()
	for b.Loop() {
		c.Check(src)
	}
}

// BenchmarkFamilies measures the rules of each category on a document
// tokenized once.
func BenchmarkFamilies(b *testing.B) {
	src := benchSource(b)
	families := map[lint.Category][]*lint.Rule{}
	var order []lint.Category
	for _, r := range rules.All() {
		if families[r.Category] == nil {
			order = append(order, r.Category)
		}
		families[r.Category] = append(families[r.Category], r)
	}
	for _, cat := range order {
		b.Run(string(cat), func(b *testing.B) {
			benchRules(b, src, families[cat])
		})
	}
}

// BenchmarkRules measures each rule alone on a document tokenized once.
func BenchmarkRules(b *testing.B) {
	src := benchSource(b)
	for _, r := range rules.All() {
		b.Run(r.ID, func(b *testing.B) {
			benchRules(b, src, []*lint.Rule{r})
		})
	}
}

func benchRules(b *testing.B, src *lint.Source, rs []*lint.Rule) {
	c, err := lint.NewChecker(rs, nil, "")
	if err != nil {
		b.Fatal(err)
	}
	doc := lint.NewDocument(src)
	b.SetBytes(int64(len(src.Data)))
	b.ReportAllocs()
	for b.Loop() {
		c.CheckDocument(doc)
	}
}
