package rules

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/coquille-fr/coquille/lint"
)

// letterCase is how a word is capitalised.
type letterCase uint8

const (
	lowerCase letterCase = iota // "mdr", and words without letters
	titleCase                   // "Mdr"
	upperCase                   // "MDR", and one capital: "A"
	mixedCase                   // "MdR", "iPhone", "LinkedIn"
)

// caseOf classifies the letters of s.
func caseOf(s string) letterCase {
	upper, lower, firstUpper, first := 0, 0, false, true
	for _, r := range s {
		switch {
		case unicode.IsUpper(r):
			upper++
			firstUpper = firstUpper || first
		case unicode.IsLower(r):
			lower++
		default:
			continue
		}
		first = false
	}
	switch {
	case upper == 0:
		return lowerCase
	case lower == 0:
		return upperCase
	case upper == 1 && firstUpper:
		return titleCase
	}
	return mixedCase
}

// withCase writes s in the case c: the first letter in capitals for
// titleCase, every letter for upperCase.
func withCase(s string, c letterCase) string {
	switch c {
	case titleCase:
		r, size := utf8.DecodeRuneInString(s)
		return string(unicode.ToUpper(r)) + s[size:]
	case upperCase:
		return strings.ToUpper(s)
	}
	return s
}

// countLetters returns the number of letters of s.
func countLetters(s string) int {
	n := 0
	for _, r := range s {
		if unicode.IsLetter(r) {
			n++
		}
	}
	return n
}

// afterElision returns the offset in word of what follows its last
// apostrophe ("l’ami": 4, the offset of "ami"), or 0.
func afterElision(word string) int {
	for i := len(word) - 1; i >= 0; i-- {
		switch {
		case word[i] == '\'':
			return i + 1
		case word[i] == 0x99 && i >= 2 && word[i-1] == 0x80 && word[i-2] == 0xE2: // ’
			return i + 1
		}
	}
	return 0
}

// wordShape tells what a word needs before the tone lexicons can look it
// up, beside lower case: bits of shapeElided and shapeRepeats.
type wordShape uint8

const (
	shapeElided  wordShape = 1 << iota // holds an apostrophe: "l’ami"
	shapeRepeats                       // a letter three times in a row: "mdrrr"
)

// lexiconKey returns the form under which the tone lexicons look a word
// up, lower case (with either apostrophe), and the word's shape. It reads
// the word once and does not allocate for a word in lower case.
func lexiconKey(word string) (string, wordShape) {
	var shape wordShape
	// the common case: lower-case ASCII letters
	i := 0
	for ; i < len(word) && word[i]-'a' < 26; i++ {
		if i >= 2 && word[i] == word[i-1] && word[i] == word[i-2] {
			shape |= shapeRepeats
		}
	}
	if i == len(word) {
		return word, shape
	}
	lower := true
	for i := 0; i < len(word); i++ {
		c := word[i]
		if i >= 2 && c < utf8.RuneSelf && c == word[i-1] && c == word[i-2] {
			shape |= shapeRepeats
		}
		switch {
		case c >= 'A' && c <= 'Z':
			lower = false
		case c == '\'' || c == 0xE2 && strings.HasPrefix(word[i:], "’"):
			shape |= shapeElided
		case c >= utf8.RuneSelf && i == 0:
			r, _ := utf8.DecodeRuneInString(word)
			lower = !unicode.IsUpper(r)
		}
	}
	if lower {
		return word, shape
	}
	return strings.ToLower(word), shape
}

// atSentenceStart tells whether the token at i opens a sentence: nothing
// but spaces and markup before it in the block, or a line break, the end
// of a sentence, an opening sign or an emoji.
func atSentenceStart(b *lint.Block, i int) bool {
	for j := i - 1; j >= 0; j-- {
		t := b.Token(j)
		switch t.Kind {
		case lint.Markup:
			continue
		case lint.Space:
			if t.IsLineBreak() {
				return true
			}
			continue
		case lint.Emoji:
			return true
		case lint.Punct:
			return strings.Contains(".!?…:«“\"(—–-•*", t.Text)
		}
		return false
	}
	return true
}

// nameGlue are the signs that join a word to a file name, a path, a
// domain or an identifier: "truc.gz", "src/truc", "mail_info".
const nameGlue = "./\\_=@:~#|"

// inName tells whether the tokens first to last of a block stand inside
// a name rather than in prose: glued to a hyphen ("post-installation",
// "a-t-il") or to one of nameGlue, except a full stop that ends a
// sentence.
func inName(b *lint.Block, first, last int) bool {
	if first > 0 {
		t := b.Token(first - 1)
		if (t.Kind == lint.Punct || t.Kind == lint.Symbol) && (t.Text == "-" || strings.Contains(nameGlue, t.Text)) {
			return true
		}
	}
	if last+1 < b.Len() {
		t := b.Token(last + 1)
		if t.Kind == lint.Punct || t.Kind == lint.Symbol {
			switch {
			case t.Text == "-":
				return true
			case t.Text == "." || t.Text == ":":
				// a sentence may end there, a name goes on
				return last+2 < b.Len() && b.Token(last+2).IsWordLike()
			case strings.Contains(nameGlue, t.Text):
				return true
			}
		}
	}
	return false
}

// nextWord returns the index of the word after token i, past spaces and
// markup on the same line, or -1; a line break or a sign in between also
// gives -1.
func nextWord(b *lint.Block, i int) int { return neighbourWord(b, i, 1) }

// prevWord is nextWord looking backwards.
func prevWord(b *lint.Block, i int) int { return neighbourWord(b, i, -1) }

// neighbourWord walks from token i by step (1 or -1) as nextWord does.
func neighbourWord(b *lint.Block, i, step int) int {
	for j := i + step; j >= 0 && j < b.Len(); j += step {
		switch t := b.Token(j); t.Kind {
		case lint.Markup, lint.Space:
			if t.IsLineBreak() {
				return -1
			}
		case lint.Word:
			return j
		default:
			return -1
		}
	}
	return -1
}
