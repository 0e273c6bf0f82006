package lint

import (
	"fmt"
	"regexp"
	"strings"

	"go.yaml.in/yaml/v3"
)

// Custom rules are a team's own checks, written in the custom key of the
// configuration and run like any other rule, in the category custom:
//
//	custom:
//	  - id: marques              # the rule custom.marques
//	    kind: substitution       # wrong → right pairs
//	    swap:
//	      facebook: Facebook
//	    fix: true                # the replacements are safe fixes
//	  - id: jargon
//	    kind: existence          # words or patterns to flag
//	    words: [synergie]        # literal words or phrases
//	    patterns: ['deep ?tech'] # RE2 expressions
//	    severity: info           # info, warning (default) or error
//	    message: "«\u00a0{match}\u00a0» est du jargon."
//
// message may hold {match} or %s, the text found, and for a substitution
// {suggestion}, the replacement. ignorecase (false by default) ignores
// case; wholeword (true by default) only matches whole words. Matching
// runs on the prose of each block, see custom_match.go.

// Kinds of custom rules.
const (
	existenceKind    = "existence"
	substitutionKind = "substitution"
)

// customRule is a parsed entry of the custom key.
type customRule struct {
	id         string
	kind       string
	message    string
	severity   Severity
	ignoreCase bool
	wholeWord  bool
	fix        bool
	words      []string    // existence: literal words
	patterns   []string    // existence: RE2 patterns
	swap       [][2]string // substitution: wrong, right
	re         *regexp.Regexp
	lookup     map[string]string // substitution: matched text (folded when ignoreCase) → replacement
}

// customKeys are the keys of an entry of custom.
const customKeys = "id, kind, message, severity, ignorecase, wholeword, fix, words, patterns, swap"

// validCustomID is the form of the ID of a custom rule, after "custom.".
var validCustomID = regexp.MustCompile(`^[a-z0-9]+(?:-[a-z0-9]+)*$`)

func (c *Config) setCustom(n *yaml.Node) error {
	if n.Kind != yaml.SequenceNode {
		return c.errorAt(n, "custom attend une liste de règles (id, kind…)")
	}
	seen := map[string]bool{}
	for _, entry := range n.Content {
		r, err := c.parseCustom(entry)
		if err != nil {
			return err
		}
		if seen[r.id] {
			return c.errorAt(entry, "règle personnalisée «\u00a0%s\u00a0» définie deux fois", r.id)
		}
		seen[r.id] = true
		c.Custom = append(c.Custom, r.rule())
	}
	return nil
}

// parseCustom reads and compiles one entry of custom.
func (c *Config) parseCustom(entry *yaml.Node) (*customRule, error) {
	if entry.Kind != yaml.MappingNode {
		return nil, c.errorAt(entry, "chaque règle de custom est une table (id, kind…)")
	}
	r := &customRule{severity: Warning, wholeWord: true}
	values := map[string]*yaml.Node{}
	for i := 0; i+1 < len(entry.Content); i += 2 {
		key, value := entry.Content[i], entry.Content[i+1]
		if !strings.Contains(", "+customKeys+",", ", "+key.Value+",") {
			return nil, c.errorAt(key, "clé inconnue «\u00a0%s\u00a0» dans custom (clés possibles\u00a0: %s)", key.Value, customKeys)
		}
		values[key.Value] = value
	}
	id := values["id"]
	if id == nil {
		return nil, c.errorAt(entry, "règle de custom sans id")
	}
	if id.Kind != yaml.ScalarNode || !validCustomID.MatchString(id.Value) {
		return nil, c.errorAt(id, "id invalide «\u00a0%s\u00a0» dans custom (lettres minuscules sans accents, chiffres et tirets)", id.Value)
	}
	r.id = id.Value
	e := customErrors{c: c, id: r.id}
	kind := values["kind"]
	switch {
	case kind == nil:
		return nil, e.at(entry, "kind manque (existence ou substitution)")
	case kind.Value != existenceKind && kind.Value != substitutionKind:
		return nil, e.at(kind, "kind inconnu «\u00a0%s\u00a0» (attendu\u00a0: existence ou substitution)", kind.Value)
	}
	r.kind = kind.Value
	if err := r.readOptions(values, e); err != nil {
		return nil, err
	}
	if err := r.readTargets(values, e); err != nil {
		return nil, err
	}
	return r, r.compile(values, e)
}

// customErrors builds the errors of one custom rule.
type customErrors struct {
	c  *Config
	id string
}

func (e customErrors) at(n *yaml.Node, format string, args ...any) error {
	return e.c.errorAt(n, "règle personnalisée «\u00a0%s\u00a0»\u00a0: %s", e.id, fmt.Sprintf(format, args...))
}

// readOptions reads message, severity and the switches.
func (r *customRule) readOptions(values map[string]*yaml.Node, e customErrors) error {
	if n := values["message"]; n != nil {
		if n.Kind != yaml.ScalarNode || strings.TrimSpace(n.Value) == "" {
			return e.at(n, "message attend un texte")
		}
		if r.kind == existenceKind && strings.Contains(n.Value, "{suggestion}") {
			return e.at(n, "{suggestion} ne vaut que pour kind: substitution")
		}
		r.message = n.Value
	}
	if n := values["severity"]; n != nil {
		sev, err := ParseSeverity(n.Value)
		if err != nil || sev == Off || n.Kind != yaml.ScalarNode {
			return e.at(n, "gravité inconnue «\u00a0%s\u00a0» (attendu\u00a0: info, warning ou error)", n.Value)
		}
		r.severity = sev
	}
	switches := []struct {
		name string
		p    *bool
	}{{"ignorecase", &r.ignoreCase}, {"wholeword", &r.wholeWord}, {"fix", &r.fix}}
	for _, s := range switches {
		if n := values[s.name]; n != nil && (n.Kind != yaml.ScalarNode || n.Decode(s.p) != nil) {
			return e.at(n, "%s attend true ou false", s.name)
		}
	}
	if r.fix && r.kind == existenceKind {
		return e.at(values["fix"], "fix ne vaut que pour kind: substitution")
	}
	return nil
}

// readTargets reads what the rule looks for: words and patterns for an
// existence rule, swap for a substitution.
func (r *customRule) readTargets(values map[string]*yaml.Node, e customErrors) error {
	if r.kind == substitutionKind {
		for _, name := range []string{"words", "patterns"} {
			if n := values[name]; n != nil {
				return e.at(n, "%s ne vaut que pour kind: existence (une substitution a swap)", name)
			}
		}
		n := values["swap"]
		if n == nil || n.Kind != yaml.MappingNode || len(n.Content) == 0 {
			return e.at(orNode(n, values["kind"]), "swap attend une table «\u00a0faute: correction\u00a0»")
		}
		for i := 0; i+1 < len(n.Content); i += 2 {
			wrong, right := n.Content[i], n.Content[i+1]
			if wrong.Kind != yaml.ScalarNode || right.Kind != yaml.ScalarNode || strings.TrimSpace(wrong.Value) == "" {
				return e.at(wrong, "swap attend une table «\u00a0faute: correction\u00a0»")
			}
			r.swap = append(r.swap, [2]string{nfc(wrong.Value), nfc(right.Value)})
		}
		return nil
	}
	if n := values["swap"]; n != nil {
		return e.at(n, "swap ne vaut que pour kind: substitution (une existence a words ou patterns)")
	}
	lists := []struct {
		name string
		p    *[]string
	}{{"words", &r.words}, {"patterns", &r.patterns}}
	for _, l := range lists {
		if n := values[l.name]; n != nil {
			if err := e.c.decodeList(n, l.p, ""); err != nil {
				return e.at(n, "%s attend une liste", l.name)
			}
		}
	}
	if len(r.words) == 0 && len(r.patterns) == 0 {
		return e.at(values["kind"], "une règle existence a besoin de words ou de patterns")
	}
	for _, w := range r.words {
		if strings.TrimSpace(w) == "" {
			return e.at(values["words"], "words contient un mot vide")
		}
	}
	return nil
}

func orNode(n, fallback *yaml.Node) *yaml.Node {
	if n != nil {
		return n
	}
	return fallback
}

// compile builds the rule's expression: one alternation of its words,
// patterns or swap keys, matched leftmost-longest.
func (r *customRule) compile(values map[string]*yaml.Node, e customErrors) error {
	var alts []string
	for _, w := range r.words {
		alts = append(alts, regexp.QuoteMeta(nfc(w)))
	}
	for i, p := range r.patterns {
		p = nfc(p)
		re, err := regexp.Compile(p)
		if err != nil {
			return e.at(values["patterns"].Content[i], "motif invalide «\u00a0%s\u00a0» (%s)", r.patterns[i], regexpErrorFrench(err))
		}
		if re.MatchString("") {
			return e.at(values["patterns"].Content[i], "le motif «\u00a0%s\u00a0» accepte un texte vide", r.patterns[i])
		}
		alts = append(alts, "(?:"+p+")")
	}
	if len(r.swap) > 0 {
		r.lookup = map[string]string{}
	}
	for _, s := range r.swap {
		alts = append(alts, regexp.QuoteMeta(s[0]))
		key := s[0]
		if r.ignoreCase {
			key = strings.ToLower(key)
		}
		if _, dup := r.lookup[key]; !dup {
			r.lookup[key] = s[1]
		}
	}
	expr := strings.Join(alts, "|")
	if r.ignoreCase {
		expr = "(?i)" + expr
	}
	re, err := regexp.Compile(expr)
	if err != nil {
		return e.at(values["kind"], "%s", regexpErrorFrench(err))
	}
	re.Longest()
	r.re = re
	return nil
}

// rule returns the custom rule as a Rule.
func (r *customRule) rule() *Rule {
	rule := &Rule{ID: "custom." + r.id, Category: Custom, Severity: r.severity, Doc: r.doc(), Check: r.check}
	switch {
	case len(r.swap) > 0:
		rule.Examples = []Example{{Bad: r.swap[0][0], Good: r.swap[0][1]}}
	case len(r.words) > 0:
		rule.Examples = []Example{{Bad: r.words[0]}}
	}
	return rule
}

// doc describes the rule in French from what it looks for.
func (r *customRule) doc() string {
	var items []string
	if r.kind == substitutionKind {
		for _, s := range r.swap {
			items = append(items, quoteFrench(s[0])+" par "+quoteFrench(s[1]))
		}
		return "Règle de la configuration\u00a0: remplace " + strings.Join(items, ", ") + "."
	}
	for _, w := range r.words {
		items = append(items, quoteFrench(w))
	}
	for _, p := range r.patterns {
		items = append(items, "le motif "+quoteFrench(p))
	}
	return "Règle de la configuration\u00a0: signale " + strings.Join(items, ", ") + "."
}

// quoteFrench puts s between guillemets.
func quoteFrench(s string) string {
	return "«\u00a0" + s + "\u00a0»"
}
