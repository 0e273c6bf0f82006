package lint

import (
	"maps"
	"slices"
	"strconv"
	"strings"

	"go.yaml.in/yaml/v3"
)

// ToneSettings are the settings of the tone and length rules, from the
// tone key of the configuration:
//
//	tone:
//	  shouting-words: 2     capitalised words in a row that shout
//	  emoji-run: 3          emojis allowed in a row
//	  emoji-sentence: 4     emojis allowed in one sentence
//	  hashtags: 5           hashtags advised in a post (else the platform's)
//	  accept: [mdr, bosser] words and phrases the tone rules leave alone
//	  extra:                words and phrases added to the lexicons
//	    sms: {wsh: salut}
//	    insult: [boloss]
//
// Zero numbers stand for the defaults. The value is never changed once
// parsed: overrides build new maps and slices.
type ToneSettings struct {
	ShoutingWords int
	EmojiRun      int
	EmojiSentence int
	Hashtags      int
	// Extra maps a lexicon (one of ToneLexicons) to its added entries.
	Extra  map[string][]ToneEntry
	accept map[string]bool // keys of the accepted words, see ToneKey
}

// ToneEntry is a word or phrase added to a tone lexicon by the
// configuration.
type ToneEntry struct {
	Phrase      string   // as ToneKey gives it
	Suggestions []string // what to write instead; may be empty
}

// ToneLexicons are the names of the lexicons that tone.extra extends: the
// IDs of the rules that read them, without "tone.".
var ToneLexicons = []string{"sms", "vulgar", "insult", "slur", "familiar", "anglicism"}

// The defaults of ToneSettings.
const (
	DefaultShoutingWords = 2
	DefaultEmojiRun      = 3
	DefaultEmojiSentence = 4
	DefaultHashtags      = 5
)

// Shouting returns how many capitalised words in a row shout.
func (t *ToneSettings) Shouting() int { return orDefault(t.ShoutingWords, DefaultShoutingWords) }

// MaxEmojiRun returns how many emojis may follow one another.
func (t *ToneSettings) MaxEmojiRun() int { return orDefault(t.EmojiRun, DefaultEmojiRun) }

// MaxEmojiSentence returns how many emojis a sentence may hold.
func (t *ToneSettings) MaxEmojiSentence() int {
	return orDefault(t.EmojiSentence, DefaultEmojiSentence)
}

// MaxHashtags returns how many hashtags a post should hold at most: the
// configured number, else the platform's advice (pl may be nil), else
// DefaultHashtags.
func (t *ToneSettings) MaxHashtags(pl *Platform) int {
	switch {
	case t.Hashtags > 0:
		return t.Hashtags
	case pl != nil:
		return pl.Hashtags
	}
	return DefaultHashtags
}

// Accepts tells whether a word or phrase, given by its ToneKey, is one
// the configuration accepts.
func (t *ToneSettings) Accepts(key string) bool { return t.accept[key] }

// ToneKey returns the form under which the tone lexicons store a word or
// a phrase: NFC, lower case, ASCII apostrophes, words separated by one
// space (hyphens included: "cul-de-sac" is "cul de sac").
func ToneKey(s string) string {
	s = strings.ReplaceAll(strings.ToLower(nfc(s)), "’", "'")
	return strings.Join(strings.FieldsFunc(s, func(r rune) bool { return r == ' ' || r == '-' }), " ")
}

func orDefault(v, def int) int {
	if v > 0 {
		return v
	}
	return def
}

// toneKeys are the keys of the tone table, in the order of the docs.
const toneKeys = "shouting-words, emoji-run, emoji-sentence, hashtags, accept, extra"

// setTone reads the tone key.
func (c *Config) setTone(n *yaml.Node) error {
	if n.Kind != yaml.MappingNode {
		return c.errorAt(n, "tone attend une table (clés possibles\u00a0: %s)", toneKeys)
	}
	t := &c.Tone
	for i := 0; i+1 < len(n.Content); i += 2 {
		key, value := n.Content[i], n.Content[i+1]
		var err error
		switch key.Value {
		case "shouting-words":
			err = c.decodeCount(value, &t.ShoutingWords, key.Value)
		case "emoji-run":
			err = c.decodeCount(value, &t.EmojiRun, key.Value)
		case "emoji-sentence":
			err = c.decodeCount(value, &t.EmojiSentence, key.Value)
		case "hashtags":
			err = c.decodeCount(value, &t.Hashtags, key.Value)
		case "accept":
			var words []string
			if err = c.decodeList(value, &words, "tone.accept attend une liste de mots"); err == nil {
				t.accept = maps.Clone(t.accept)
				if t.accept == nil {
					t.accept = map[string]bool{}
				}
				for _, w := range words {
					t.accept[ToneKey(w)] = true
				}
			}
		case "extra":
			err = c.setToneExtra(value)
		default:
			err = c.errorAt(key, "clé inconnue «\u00a0%s\u00a0» dans tone (clés possibles\u00a0: %s)", key.Value, toneKeys)
		}
		if err != nil {
			return err
		}
	}
	return nil
}

// decodeCount reads a whole number of at least 1.
func (c *Config) decodeCount(n *yaml.Node, v *int, name string) error {
	k, err := strconv.Atoi(n.Value)
	if n.Kind != yaml.ScalarNode || err != nil || k < 1 {
		return c.errorAt(n, "tone.%s attend un nombre entier supérieur ou égal à 1, pas «\u00a0%s\u00a0»", name, n.Value)
	}
	*v = k
	return nil
}

// setToneExtra reads tone.extra: for each lexicon, a list of words or a
// table of words and their replacements (one, or a list).
func (c *Config) setToneExtra(n *yaml.Node) error {
	lists := strings.Join(ToneLexicons, ", ")
	if n.Kind != yaml.MappingNode {
		return c.errorAt(n, "tone.extra attend une table «\u00a0liste: mots\u00a0» (listes\u00a0: %s)", lists)
	}
	extra := maps.Clone(c.Tone.Extra)
	if extra == nil {
		extra = map[string][]ToneEntry{}
	}
	for i := 0; i+1 < len(n.Content); i += 2 {
		key, value := n.Content[i], n.Content[i+1]
		if !slices.Contains(ToneLexicons, key.Value) {
			return c.errorAt(key, "liste inconnue «\u00a0%s\u00a0» dans tone.extra (attendu\u00a0: %s)", key.Value, lists)
		}
		entries, err := c.toneEntries(value, key.Value)
		if err != nil {
			return err
		}
		extra[key.Value] = slices.Concat(extra[key.Value], entries)
	}
	c.Tone.Extra = extra
	return nil
}

// toneEntries reads the entries added to one lexicon.
func (c *Config) toneEntries(n *yaml.Node, list string) ([]ToneEntry, error) {
	msg := "tone.extra." + list + " attend une liste de mots ou une table «\u00a0mot: remplacement\u00a0»"
	var entries []ToneEntry
	switch n.Kind {
	case yaml.SequenceNode:
		var words []string
		if err := c.decodeList(n, &words, msg); err != nil {
			return nil, err
		}
		for _, w := range words {
			entries = append(entries, ToneEntry{Phrase: ToneKey(w)})
		}
	case yaml.MappingNode:
		for i := 0; i+1 < len(n.Content); i += 2 {
			key, value := n.Content[i], n.Content[i+1]
			var suggestions []string
			switch value.Kind {
			case yaml.ScalarNode:
				if value.Value != "" {
					suggestions = []string{value.Value}
				}
			case yaml.SequenceNode:
				if err := c.decodeList(value, &suggestions, msg); err != nil {
					return nil, err
				}
			default:
				return nil, c.errorAt(value, "%s", msg)
			}
			entries = append(entries, ToneEntry{Phrase: ToneKey(key.Value), Suggestions: suggestions})
		}
	default:
		return nil, c.errorAt(n, "%s", msg)
	}
	for _, e := range entries {
		if e.Phrase == "" {
			return nil, c.errorAt(n, "%s", msg)
		}
	}
	return entries, nil
}
