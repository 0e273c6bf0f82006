package lint

import (
	"fmt"
	"strings"

	"go.yaml.in/yaml/v3"
)

// CountUnit says how a platform counts the length of a post.
type CountUnit uint8

// The units.
const (
	// Graphemes counts user-perceived characters (grapheme clusters, as
	// rivo/uniseg splits them): "é", "🇫🇷" and "👩‍💻" count one each.
	Graphemes CountUnit = iota
	// XWeighted is X's weighted count (twitter-text, configuration v3),
	// on the NFC text: one for each code point up to U+10FF (Latin,
	// accents, Greek, Cyrillic…) and in U+2000–U+200D, U+2010–U+201F and
	// U+2032–U+2037 (spaces, dashes, ’ “ ”), two for any other code point
	// (U+202F, …, €, ideographs) and for each emoji.
	XWeighted
)

// Platform is a social network's limits on a post, as data.
type Platform struct {
	Name  string // as written in configurations and --platform: "x"
	Label string // as written in messages: "X"
	Limit int    // longest post, in Unit
	Unit  CountUnit
	// URLLength is what a URL counts whatever its length (a link shortened
	// by the platform), or 0 when URLs count as written.
	URLLength int
	// URLNeedsScheme: only URLs written with their scheme (https://…)
	// count URLLength; a bare "exemple.fr" counts as written (Mastodon).
	URLNeedsScheme bool
	// ShortURLs: a URL written with its scheme counts as the official app
	// shows it, its host and at most 13 characters of its path then "..."
	// (Bluesky).
	ShortURLs bool
	// LocalMentions: a mention "@nom@instance" counts as "@nom" (Mastodon).
	LocalMentions bool
	Hashtags      int // hashtags advised at most in a post
	HashtagLimit  int // hashtags accepted at most, 0 for no limit
}

// platforms lists the platforms --platform knows, in the order of the
// documentation; see the README for the sources of the figures.
var platforms = []Platform{
	{Name: "x", Label: "X", Limit: 280, Unit: XWeighted, URLLength: 23, Hashtags: 2},
	{Name: "bluesky", Label: "Bluesky", Limit: 300, ShortURLs: true, Hashtags: 3},
	{Name: "mastodon", Label: "Mastodon", Limit: 500, URLLength: 23, URLNeedsScheme: true, LocalMentions: true, Hashtags: 5},
	{Name: "threads", Label: "Threads", Limit: 500, Hashtags: 1},
	{Name: "linkedin", Label: "LinkedIn", Limit: 3000, Hashtags: 5},
	{Name: "instagram", Label: "Instagram", Limit: 2200, Hashtags: 5, HashtagLimit: 30},
	{Name: "facebook", Label: "Facebook", Limit: 63206, Hashtags: 3},
}

// PlatformNames lists the names of the platforms, in the order of the
// documentation.
func PlatformNames() []string {
	names := make([]string, len(platforms))
	for i, p := range platforms {
		names[i] = p.Name
	}
	return names
}

// LookupPlatform returns a copy of a known platform.
func LookupPlatform(name string) (*Platform, error) {
	for _, p := range platforms {
		if p.Name == name {
			return &p, nil
		}
	}
	return nil, fmt.Errorf("plateforme inconnue «\u00a0%s\u00a0» (attendu\u00a0: %s)", name, strings.Join(PlatformNames(), ", "))
}

// setPlatform reads the platform key.
func (c *Config) setPlatform(n *yaml.Node) error {
	if _, err := LookupPlatform(n.Value); err != nil || n.Kind != yaml.ScalarNode {
		return c.errorAt(n, "plateforme inconnue «\u00a0%s\u00a0» (attendu\u00a0: %s)", n.Value, strings.Join(PlatformNames(), ", "))
	}
	c.Platform = n.Value
	return nil
}

// WithPlatform returns c, or a copy of it for another platform: the
// platform of --platform replaces the configuration's.
func (c *Config) WithPlatform(name string) *Config {
	if c.Platform == name {
		return c
	}
	d := *c
	d.Platform = name
	return &d
}
