package lint

import (
	"fmt"
	"os"
	"strings"
	"unicode"
	"unicode/utf8"
)

// WordList is a personal word list: the words a team accepts beside the
// dictionary (brand names, jargon, names of people), from the words key of
// the configuration and from --words files. Rules read it from Pass.Words.
type WordList struct {
	words map[string]bool
}

// NewWordList builds a word list. Words are compared in NFC, with the
// straight and the typographic apostrophes taken as one.
func NewWordList(words []string) *WordList {
	w := &WordList{words: make(map[string]bool, len(words))}
	for _, word := range words {
		if word = strings.TrimSpace(word); word != "" {
			w.words[wordKey(word)] = true
		}
	}
	return w
}

// wordKey is the form under which a word is stored and looked up.
func wordKey(word string) string {
	return strings.ReplaceAll(nfc(word), "'", "’")
}

// Len returns the number of distinct words.
func (w *WordList) Len() int {
	if w == nil {
		return 0
	}
	return len(w.words)
}

// Contains tells whether the list accepts word. As in spelling
// dictionaries, an entry in lower case also accepts the word capitalised
// or in capitals ("courriel": "Courriel", "COURRIEL"), a capitalised entry
// also accepts it in capitals ("Coquille": "COQUILLE"), and any other entry
// only itself ("LinkedIn").
func (w *WordList) Contains(word string) bool {
	if w.Len() == 0 {
		return false
	}
	word = wordKey(word)
	if w.words[word] {
		return true
	}
	lower := strings.ToLower(word)
	if lower == word {
		return false
	}
	first, size := utf8.DecodeRuneInString(word)
	rest := word[size:]
	capitalised := unicode.IsUpper(first) && strings.ToLower(rest) == rest
	shouted := strings.ToUpper(word) == word
	if (capitalised || shouted) && w.words[lower] {
		return true
	}
	return shouted && w.words[string(first)+strings.ToLower(rest)]
}

// ParseWords reads a word file: one word a line; blank lines and lines
// that start with "#" are left out.
func ParseWords(data []byte) []string {
	var words []string
	for line := range strings.Lines(strings.TrimPrefix(string(data), bom)) {
		line = strings.TrimSpace(line)
		if line != "" && !strings.HasPrefix(line, "#") {
			words = append(words, line)
		}
	}
	return words
}

// ReadWordsFile reads and parses a word file, which must be UTF-8 text.
// Errors are in French and start with the file's name, as compilers do.
func ReadWordsFile(file string) ([]string, error) {
	data, err := os.ReadFile(file)
	if err != nil {
		return nil, fmt.Errorf("%s: %s", file, ReadError(err))
	}
	if err := Validate(data); err != nil {
		return nil, fmt.Errorf("%s: %s", file, err)
	}
	return ParseWords(data), nil
}
