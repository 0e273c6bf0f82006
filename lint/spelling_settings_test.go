package lint

import (
	"strings"
	"testing"
)

func TestSpellingVariant(t *testing.T) {
	c, err := ParseConfig(".coquille.yaml", []byte("spelling:\n  variant: reform\n"))
	if err != nil {
		t.Fatal(err)
	}
	p, err := c.BuildProfile("fr-BE")
	if err != nil {
		t.Fatal(err)
	}
	if p.Variant != ReformVariant {
		t.Errorf("variant %q, want reform", p.Variant)
	}
	if p, _ := (&Config{}).BuildProfile(""); p.Variant != "" {
		t.Errorf("default variant %q, want none", p.Variant)
	}
}

func TestSpellingErrors(t *testing.T) {
	for _, tc := range []struct{ data, want string }{
		{"spelling: reform\n", ".coquille.yaml:1: spelling attend une table (variant)"},
		{"spelling:\n  variant: moderne\n", ".coquille.yaml:2: variant attend any, classic ou reform, pas «\u00a0moderne\u00a0»"},
		{"spelling:\n  variante: reform\n", ".coquille.yaml:2: clé inconnue «\u00a0variante\u00a0» dans spelling"},
	} {
		_, err := ParseConfig(".coquille.yaml", []byte(tc.data))
		if err == nil || !strings.HasPrefix(err.Error(), tc.want) {
			t.Errorf("%q: error %v, want %q", tc.data, err, tc.want)
		}
	}
}
