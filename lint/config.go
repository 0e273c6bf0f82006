package lint

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"go.yaml.in/yaml/v3"
)

// ConfigFile is the name of the configuration file looked up from the
// checked files' folders upwards.
const ConfigFile = ".coquille.yaml"

// Config is a parsed .coquille.yaml. The zero value is the default
// configuration.
type Config struct {
	Path       string              // file it was read from, "" for defaults
	Profile    string              // profile name, "" for the default
	Strict     bool                // accept only the preferred no-break spaces
	Apostrophe string              // apostrophe style override, "" for the profile's
	Guillemets *bool               // straight double quotes override
	Spacing    map[Place]Spacing   // per-place overrides of the profile
	Rules      map[string]Severity // rule ID or category → severity (Off disables)
	Ignore     []string            // path globs, relative to the config's folder
	Words      []string            // accepted words
	Custom     []*Rule             // the user's rules, from the custom key (custom.go)
	Platform   string              // platform name (platform.go), "" for none
	Tone       ToneSettings        // settings of the tone and length rules (tone_settings.go)
	Variant    string              // preferred spelling variant (spelling_settings.go), "" for any
	overrides  []override          // per-path settings (overrides.go)

	ruleLines map[string]int // line of each key of Rules, for errors

	// MaxFileSize (bytes) and MaxDiagnostics are the limits of limits.go,
	// 0 for the defaults.
	MaxFileSize    int64
	MaxDiagnostics int
}

// ConfigError is a configuration mistake, located in its file.
type ConfigError struct {
	Path string
	Line int
	Msg  string
}

func (e *ConfigError) Error() string {
	if e.Line > 0 {
		return fmt.Sprintf("%s:%d: %s", e.Path, e.Line, e.Msg)
	}
	return fmt.Sprintf("%s: %s", e.Path, e.Msg)
}

// LoadConfig reads and parses a configuration file.
func LoadConfig(file string) (*Config, error) {
	data, err := os.ReadFile(file)
	if err != nil {
		return nil, &ConfigError{Path: file, Msg: "lecture impossible\u00a0: " + ReadError(err)}
	}
	return ParseConfig(file, data)
}

// FindConfig returns the path of the configuration file that applies in
// dir: the first .coquille.yaml found from dir upwards, or "".
func FindConfig(dir string) string {
	dir, err := filepath.Abs(dir)
	if err != nil {
		return ""
	}
	for {
		candidate := filepath.Join(dir, ConfigFile)
		if info, err := os.Stat(candidate); err == nil && info.Mode().IsRegular() {
			return candidate
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return ""
		}
		dir = parent
	}
}

// ParseConfig parses the YAML configuration data read from file.
func ParseConfig(file string, data []byte) (*Config, error) {
	c := newConfig(file)
	var root yaml.Node
	if err := yaml.Unmarshal(data, &root); err != nil {
		return nil, &ConfigError{Path: file, Msg: "YAML invalide\u00a0: " + strings.TrimPrefix(err.Error(), "yaml: ")}
	}
	if len(root.Content) == 0 {
		return c, nil
	}
	doc := root.Content[0]
	if doc.Kind != yaml.MappingNode {
		return nil, c.errorAt(doc, "le fichier doit être une table de clés (profile, rules, ignore, words…)")
	}
	for i := 0; i+1 < len(doc.Content); i += 2 {
		key, value := doc.Content[i], doc.Content[i+1]
		if err := c.setKey(key, value); err != nil {
			return nil, err
		}
	}
	return c, nil
}

func (c *Config) errorAt(n *yaml.Node, format string, args ...any) error {
	return &ConfigError{Path: c.Path, Line: n.Line, Msg: fmt.Sprintf(format, args...)}
}

func (c *Config) setKey(key, value *yaml.Node) error {
	switch key.Value {
	case "profile":
		if _, err := LookupProfile(value.Value); err != nil || value.Kind != yaml.ScalarNode {
			return c.errorAt(value, "profil inconnu «\u00a0%s\u00a0» (attendu\u00a0: %s)", value.Value, strings.Join(ProfileNames(), ", "))
		}
		c.Profile = value.Value
	case "strict":
		return c.decodeScalar(value, &c.Strict, "strict attend true ou false")
	case "apostrophe":
		switch value.Value {
		case TypographicApostrophe, StraightApostrophe, AnyApostrophe:
			c.Apostrophe = value.Value
		default:
			return c.errorAt(value, "apostrophe attend typographic, straight ou any, pas «\u00a0%s\u00a0»", value.Value)
		}
	case "guillemets":
		var b bool
		if err := c.decodeScalar(value, &b, "guillemets attend true ou false"); err != nil {
			return err
		}
		c.Guillemets = &b
	case "spacing":
		return c.setSpacing(value)
	case "rules":
		return c.setRules(value)
	case "ignore":
		if err := c.decodeList(value, &c.Ignore, "ignore attend une liste de motifs de chemins"); err != nil {
			return err
		}
		for _, g := range c.Ignore {
			if _, ok := globSegments(g); !ok {
				return c.errorAt(value, "motif ignore invalide «\u00a0%s\u00a0»", g)
			}
		}
	case "platform":
		return c.setPlatform(value)
	case "tone":
		return c.setTone(value)
	case "spelling":
		return c.setSpelling(value)
	case "words":
		return c.decodeList(value, &c.Words, "words attend une liste de mots")
	case "custom":
		return c.setCustom(value)
	case "overrides":
		return c.setOverrides(value)
	case "max-file-size":
		return c.setMaxFileSize(value)
	case "max-diagnostics":
		return c.setMaxDiagnostics(value)
	default:
		return c.errorAt(key, "clé inconnue «\u00a0%s\u00a0» (clés possibles\u00a0: profile, strict, apostrophe, guillemets, spacing, rules, ignore, words, custom, overrides, platform, tone, spelling, max-file-size, max-diagnostics)", key.Value)
	}
	return nil
}

func (c *Config) decodeScalar(n *yaml.Node, v any, msg string) error {
	if n.Kind != yaml.ScalarNode || n.Decode(v) != nil {
		return c.errorAt(n, "%s", msg)
	}
	return nil
}

// decodeList adds the strings of a YAML list to *v.
func (c *Config) decodeList(n *yaml.Node, v *[]string, msg string) error {
	var list []string
	if n.Kind != yaml.SequenceNode || n.Decode(&list) != nil {
		return c.errorAt(n, "%s", msg)
	}
	*v = append(*v, list...)
	return nil
}

func (c *Config) setSpacing(n *yaml.Node) error {
	if n.Kind != yaml.MappingNode {
		return c.errorAt(n, "spacing attend une table «\u00a0endroit: espacement\u00a0»")
	}
	for i := 0; i+1 < len(n.Content); i += 2 {
		key, value := n.Content[i], n.Content[i+1]
		place := Place(key.Value)
		if !containsPlace(place) {
			names := make([]string, len(Places))
			for j, p := range Places {
				names[j] = string(p)
			}
			return c.errorAt(key, "endroit inconnu «\u00a0%s\u00a0» (attendu\u00a0: %s)", key.Value, strings.Join(names, ", "))
		}
		s, err := ParseSpacing(value.Value)
		if err != nil || value.Kind != yaml.ScalarNode {
			return c.errorAt(value, "espacement inconnu «\u00a0%s\u00a0» (attendu\u00a0: none, space, nbsp ou nnbsp)", value.Value)
		}
		c.Spacing[place] = s
	}
	return nil
}

func containsPlace(p Place) bool {
	for _, q := range Places {
		if q == p {
			return true
		}
	}
	return false
}

func (c *Config) setRules(n *yaml.Node) error {
	if n.Kind != yaml.MappingNode {
		return c.errorAt(n, "rules attend une table «\u00a0règle: off|info|warning|error\u00a0»")
	}
	for i := 0; i+1 < len(n.Content); i += 2 {
		key, value := n.Content[i], n.Content[i+1]
		name := value.Value
		if value.Tag == "!!bool" { // YAML 1.1 readers turn a bare off into false
			name = map[bool]string{false: "off", true: "error"}[value.Value == "true"]
		}
		sev, err := ParseSeverity(name)
		if err != nil || value.Kind != yaml.ScalarNode {
			return c.errorAt(value, "gravité inconnue «\u00a0%s\u00a0» pour %s (attendu\u00a0: off, info, warning ou error)", value.Value, key.Value)
		}
		c.Rules[key.Value] = sev
		c.ruleLines[key.Value] = key.Line
	}
	return nil
}

// CheckRuleNames reports the first key of rules:, at the top or in an
// override, that names neither a rule nor a category.
func (c *Config) CheckRuleNames(rules []*Rule) error {
	known := map[string]bool{}
	for _, r := range rules {
		known[r.ID] = true
		known[string(r.Category)] = true
	}
	for _, cfg := range c.withProbes() {
		for name := range cfg.Rules {
			if !known[name] {
				return &ConfigError{Path: c.Path, Line: cfg.ruleLines[name], Msg: fmt.Sprintf("règle inconnue «\u00a0%s\u00a0» (voir coquille rules)", name)}
			}
		}
	}
	return nil
}

// withProbes returns c and the settings of each of its overrides.
func (c *Config) withProbes() []*Config {
	all := []*Config{c}
	for _, o := range c.overrides {
		all = append(all, o.probe)
	}
	return all
}

// SeverityOf returns the severity configured for a rule, by ID first, then
// by category, and whether one was configured.
func (c *Config) SeverityOf(r *Rule) (Severity, bool) {
	if s, ok := c.Rules[r.ID]; ok {
		return s, true
	}
	s, ok := c.Rules[string(r.Category)]
	return s, ok
}

// BuildProfile returns the profile to use: name when not empty, else the
// config's, else the default, with the config's overrides applied.
func (c *Config) BuildProfile(name string) (*Profile, error) {
	if name == "" {
		name = c.Profile
	}
	if name == "" {
		name = DefaultProfile
	}
	p, err := LookupProfile(name)
	if err != nil {
		return nil, err
	}
	p.Strict = p.Strict || c.Strict
	if c.Apostrophe != "" {
		p.Apostrophe = c.Apostrophe
	}
	if c.Guillemets != nil {
		p.Guillemets = *c.Guillemets
	}
	if c.Variant != "" {
		p.Variant = c.Variant
	}
	for place, s := range c.Spacing {
		p.Spacing[place] = PlaceRule{Prefer: s}
	}
	return p, nil
}

// Ignored tells whether file matches one of the ignore globs, written as
// the globs of overrides (see glob.go) and matched against the path
// relative to the config's folder; a glob naming a folder ignores what is
// inside it.
func (c *Config) Ignored(file string) bool {
	if len(c.Ignore) == 0 {
		return false
	}
	rel := c.relative(file)
	for _, g := range c.Ignore {
		// a glob naming a folder also ignores what is inside it
		if matchGlob(g, rel) || matchGlob(strings.TrimSuffix(g, "/")+"/", rel) {
			return true
		}
	}
	return false
}
