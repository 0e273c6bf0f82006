package lint

import (
	"maps"
	"path/filepath"
	"slices"
	"strconv"
	"strings"

	"go.yaml.in/yaml/v3"
)

// override is one entry of the overrides key: settings for the files that
// match its globs, written with the same keys as the top of the file.
//
//	overrides:
//	  - files: ["posts/quebec/**"]
//	    profile: fr-CA
//	    rules:
//	      typography.apostrophe: off
//
// Every key but ignore, custom and overrides may appear; a key added to
// setKey (platform, tone…) is accepted here without further work. Maps
// (rules, spacing) are merged into the file's, words are added to its,
// and other values replace its. When several overrides match, they apply
// in the order written.
type override struct {
	files []string     // globs, see glob.go
	keys  []*yaml.Node // key, value, key, value… applied over the config
	probe *Config      // the keys applied to an empty config, to check rule names
}

// notInOverrides are the keys that only make sense for a whole folder.
var notInOverrides = map[string]bool{"ignore": true, "custom": true, "overrides": true}

// newConfig returns an empty configuration read from file.
func newConfig(file string) *Config {
	return &Config{Path: file, Rules: map[string]Severity{}, Spacing: map[Place]Spacing{}, ruleLines: map[string]int{}}
}

func (c *Config) setOverrides(n *yaml.Node) error {
	if n.Kind != yaml.SequenceNode {
		return c.errorAt(n, "overrides attend une liste d’entrées, chacune avec files et des réglages")
	}
	for _, entry := range n.Content {
		if entry.Kind != yaml.MappingNode {
			return c.errorAt(entry, "chaque entrée de overrides est une table avec files et des réglages")
		}
		o := override{probe: newConfig(c.Path)}
		hasFiles := false
		for i := 0; i+1 < len(entry.Content); i += 2 {
			key, value := entry.Content[i], entry.Content[i+1]
			switch {
			case key.Value == "files":
				if err := c.setOverrideFiles(&o, value); err != nil {
					return err
				}
				hasFiles = true
			case notInOverrides[key.Value]:
				return c.errorAt(key, "la clé «\u00a0%s\u00a0» n’est pas permise dans overrides, seulement en haut du fichier", key.Value)
			default:
				if err := o.probe.setKey(key, value); err != nil {
					return err
				}
				o.keys = append(o.keys, key, value)
			}
		}
		if !hasFiles {
			return c.errorAt(entry, "entrée de overrides sans files (motifs des chemins concernés)")
		}
		c.overrides = append(c.overrides, o)
	}
	return nil
}

// setOverrideFiles reads the globs of an override: one or a list.
func (c *Config) setOverrideFiles(o *override, n *yaml.Node) error {
	msg := "files attend un motif de chemins ou une liste de motifs"
	if n.Kind == yaml.ScalarNode {
		o.files = []string{n.Value}
	} else if err := c.decodeList(n, &o.files, msg); err != nil {
		return err
	}
	if len(o.files) == 0 {
		return c.errorAt(n, "%s", msg)
	}
	for _, g := range o.files {
		if _, ok := globSegments(g); !ok || g == "" {
			return c.errorAt(n, "motif files invalide «\u00a0%s\u00a0»", g)
		}
	}
	return nil
}

// ForFile returns the configuration that applies to file: c itself when
// no override matches, else a copy with the matching overrides applied in
// order. The key names the overrides applied, "" for none: files with the
// same key share the same settings, and may share a Checker.
func (c *Config) ForFile(file string) (*Config, string) {
	if len(c.overrides) == 0 {
		return c, ""
	}
	rel := c.relative(file)
	eff, applied := c, []string(nil)
	for i, o := range c.overrides {
		if !slices.ContainsFunc(o.files, func(g string) bool { return matchGlob(g, rel) }) {
			continue
		}
		if eff == c {
			eff = c.clone()
		}
		for j := 0; j+1 < len(o.keys); j += 2 {
			// cannot fail: the same keys were applied to the probe
			_ = eff.setKey(o.keys[j], o.keys[j+1])
		}
		applied = append(applied, strconv.Itoa(i))
	}
	return eff, strings.Join(applied, ",")
}

// clone returns a copy of a parsed configuration that setKey can change
// without changing c.
func (c *Config) clone() *Config {
	d := *c
	d.Rules = maps.Clone(c.Rules)
	d.Spacing = maps.Clone(c.Spacing)
	d.ruleLines = maps.Clone(c.ruleLines)
	d.Words = slices.Clip(c.Words)
	d.Ignore = slices.Clip(c.Ignore)
	return &d
}

// relative returns file relative to the configuration's folder, with "/"
// as separator, or as given when it lies outside that folder.
func (c *Config) relative(file string) string {
	rel := file
	if c.Path != "" {
		if abs, err := filepath.Abs(file); err == nil {
			if r, err := filepath.Rel(filepath.Dir(c.Path), abs); err == nil && !strings.HasPrefix(r, "..") {
				rel = r
			}
		}
	}
	return filepath.ToSlash(rel)
}
