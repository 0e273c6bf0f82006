package lint

import (
	"slices"

	"go.yaml.in/yaml/v3"
)

// Spelling variants: which of the spellings before and after the 1990
// reform a team writes (événement or évènement, maître or maitre).
const (
	AnyVariant     = "any"     // both are right (the default)
	ClassicVariant = "classic" // the spellings in use before the reform
	ReformVariant  = "reform"  // the reform's spellings
)

// setSpelling reads the spelling key of the configuration:
//
//	spelling:
//	  variant: reform   # any (default), classic or reform
func (c *Config) setSpelling(n *yaml.Node) error {
	if n.Kind != yaml.MappingNode {
		return c.errorAt(n, "spelling attend une table (variant)")
	}
	for i := 0; i+1 < len(n.Content); i += 2 {
		key, value := n.Content[i], n.Content[i+1]
		if key.Value != "variant" {
			return c.errorAt(key, "clé inconnue «\u00a0%s\u00a0» dans spelling (clé possible\u00a0: variant)", key.Value)
		}
		if value.Kind != yaml.ScalarNode || !slices.Contains([]string{AnyVariant, ClassicVariant, ReformVariant}, value.Value) {
			return c.errorAt(value, "variant attend any, classic ou reform, pas «\u00a0%s\u00a0»", value.Value)
		}
		c.Variant = value.Value
	}
	return nil
}
