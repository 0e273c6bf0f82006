package dictionaries

import (
	"fmt"
	"slices"
	"strings"
	"sync"
)

// The classic mistakes of words/mistakes.tsv are frequent misspellings
// (parmis, dilemne, language) and wrong set phrases (au jour
// d'aujourd'hui, pallier à, c'est à dire) with their correction. Each line
// is
//
//	wrong<TAB>corrections<TAB>fix<TAB>note
//
// wrong is in lower case, NFC, with the ASCII apostrophe; a phrase of
// several words matches those words in a row, joined as written: a space
// stands for white space, a hyphen for a hyphen. corrections are
// separated by "|", best first, in lower case but for proper nouns. fix is "fix" when the first correction is
// certain, "-" when it depends on the sense. note is "-" or a French
// sentence for the message. A one-word entry is never a word of the
// lexicon: the spelling rule leaves those words to the mistakes rule.

// Mistake is one entry of the list.
type Mistake struct {
	Words       []string // the wrong form's words: lower case, NFC, ASCII apostrophes
	Joiners     string   // what joins each word to the next: ' ' or '-'
	Corrections []string // best first, ASCII apostrophes, lower case but for proper nouns
	Safe        bool     // the first correction is certain
	Note        string   // a French sentence, or ""
}

// MistakeList is the list indexed by the first word of its entries. It is
// read-only, and safe for concurrent use.
type MistakeList struct {
	byFirst map[string][]*Mistake // longest entries first
	size    int
}

// Starting returns the entries whose first word is word (lower case, NFC,
// ASCII apostrophes), longest first. The slice is shared: do not modify
// it.
func (l *MistakeList) Starting(word string) []*Mistake { return l.byFirst[word] }

// Len returns the number of entries.
func (l *MistakeList) Len() int { return l.size }

// ParseMistakes reads a list in the format of words/mistakes.tsv; name is
// used in errors.
func ParseMistakes(name, text string) (*MistakeList, error) {
	l := &MistakeList{byFirst: make(map[string][]*Mistake, strings.Count(text, "\n"))}
	for n := 1; text != ""; n++ {
		var line string
		line, text, _ = strings.Cut(text, "\n")
		line = strings.TrimSuffix(line, "\r")
		if line == "" || line[0] == '#' {
			continue
		}
		m, err := parseMistake(line)
		if err != nil {
			return nil, fmt.Errorf("%s:%d: %v", name, n, err)
		}
		l.byFirst[m.Words[0]] = append(l.byFirst[m.Words[0]], m)
		l.size++
	}
	for _, list := range l.byFirst {
		if len(list) > 1 {
			slices.SortStableFunc(list, func(a, b *Mistake) int { return len(b.Words) - len(a.Words) })
		}
	}
	return l, nil
}

// parseMistake reads one line of the list.
func parseMistake(line string) (*Mistake, error) {
	var fields [4]string
	rest, n := line, 0
	for ; n < len(fields) && rest != ""; n++ {
		fields[n], rest, _ = strings.Cut(rest, "\t")
	}
	if n != 4 || rest != "" || strings.HasSuffix(line, "\t") {
		return nil, fmt.Errorf("%d fields, want wrong, corrections, fix and note", strings.Count(line, "\t")+1)
	}
	wrong := listForm(fields[0])
	if wrong != strings.ToLower(wrong) || wrong == "" {
		return nil, fmt.Errorf("wrong form %q is not in lower case", fields[0])
	}
	m := &Mistake{Safe: fields[2] == "fix"}
	if !m.Safe && fields[2] != "-" {
		return nil, fmt.Errorf("fix field %q, want fix or -", fields[2])
	}
	m.Words = strings.FieldsFunc(wrong, func(r rune) bool { return r == ' ' || r == '-' })
	joiners := make([]byte, 0, len(m.Words))
	for i := 0; i < len(wrong); i++ {
		if wrong[i] == ' ' || wrong[i] == '-' {
			joiners = append(joiners, wrong[i])
		}
	}
	m.Joiners = string(joiners)
	if len(m.Joiners) != len(m.Words)-1 {
		return nil, fmt.Errorf("empty word in %q", fields[0])
	}
	for c := range strings.SplitSeq(fields[1], "|") {
		if c = listForm(c); c == "" || c == wrong {
			return nil, fmt.Errorf("correction %q is empty or the wrong form", c)
		}
		m.Corrections = append(m.Corrections, c)
	}
	if fields[3] != "-" {
		m.Note = fields[3]
	}
	return m, nil
}

// listForm returns a form of the list as the lexicon writes it: NFC, ASCII
// apostrophe (plain ASCII, most of the list, is left as is).
func listForm(s string) string {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return normalizeWord(s)
		}
	}
	return s
}

// Mistakes returns the list of words/mistakes.tsv, parsed on first use.
var Mistakes = sync.OnceValue(func() *MistakeList {
	data, err := wordFiles.ReadFile("words/mistakes.tsv")
	if err != nil {
		panic("dictionaries: " + err.Error())
	}
	l, err := ParseMistakes("words/mistakes.tsv", string(data))
	if err != nil {
		panic("dictionaries: " + err.Error())
	}
	return l
})
