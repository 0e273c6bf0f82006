package dictionaries

import (
	"embed"
	"strings"
	"sync"
)

// The project's own word lists complete the lexicon for posts:
// words/social.txt holds social-media vocabulary (emoji, follower,
// égoportrait), words/brands.txt brand and product names (TikTok,
// LinkedIn). Each file starts with a comment saying what it holds and
// under which licence; then one word a line, as written, and comments
// on lines starting with "#".

//go:embed words/social.txt words/brands.txt words/mistakes.tsv
var wordFiles embed.FS

// WordSet is a read-only list of words as written, safe for concurrent
// use.
type WordSet struct {
	exact  map[string]bool
	folded map[string]string // lower case → the word as listed
}

// NewWordSet builds a set from words, stored NFC with ASCII apostrophes.
func NewWordSet(words []string) *WordSet {
	s := &WordSet{exact: make(map[string]bool, len(words)), folded: make(map[string]string, len(words))}
	for _, w := range words {
		w = normalizeWord(strings.TrimSpace(w))
		if w == "" {
			continue
		}
		s.exact[w] = true
		if _, ok := s.folded[strings.ToLower(w)]; !ok {
			s.folded[strings.ToLower(w)] = w
		}
	}
	return s
}

// Contains reports whether the set holds word exactly as written (NFC,
// ASCII apostrophe): the caller applies the case protocol of the
// package example, as for Lookup.
func (s *WordSet) Contains(word string) bool { return s.exact[word] }

// Folded returns the word of the set that differs from word only by its
// case ("wordpress" → "WordPress"), and whether there is one.
func (s *WordSet) Folded(word string) (string, bool) {
	w, ok := s.folded[strings.ToLower(word)]
	return w, ok
}

// ParseWordList reads a word file: one word a line, "#" comments.
func ParseWordList(text string) []string {
	var words []string
	for line := range strings.Lines(text) {
		if line = strings.TrimSpace(line); line != "" && !strings.HasPrefix(line, "#") {
			words = append(words, line)
		}
	}
	return words
}

// Vocabulary returns the social-media words and the brand names of
// words/social.txt and words/brands.txt, parsed on first use.
var Vocabulary = sync.OnceValue(func() *WordSet {
	var words []string
	for _, file := range []string{"words/social.txt", "words/brands.txt"} {
		data, err := wordFiles.ReadFile(file)
		if err != nil {
			panic("dictionaries: " + err.Error())
		}
		words = append(words, ParseWordList(string(data))...)
	}
	return NewWordSet(words)
})
