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

// BenchmarkCheck measures a whole check with every rule.
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

// BenchmarkRules measures each rule alone on a tokenized document.
func BenchmarkRules(b *testing.B) {
	src := benchSource(b)
	for _, r := range rules.All() {
		b.Run(r.ID, func(b *testing.B) {
			c, err := lint.NewChecker([]*lint.Rule{r}, nil, "")
			if err != nil {
				b.Fatal(err)
			}
			b.SetBytes(int64(len(src.Data)))
			for b.Loop() {
				c.Check(src)
			}
		})
	}
}
