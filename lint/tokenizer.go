package lint

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/coquille-fr/coquille/lint/markup"
	"github.com/rivo/uniseg"
	"golang.org/x/text/unicode/norm"
)

// tokenizer appends the tokens of prose segments. Words come from the
// Unicode word boundaries of uniseg, refined for French: "12:30" and
// "fin.Début" are split at the sign, URLs, e-mail addresses, mentions and
// hashtags are recognised first and kept whole.
type tokenizer struct {
	text   string // the document's text
	tokens []token
	end    uint32            // where the last token ends
	forms  formTable         // form numbers of the texts of words and numbers
	norms  map[uint32]string // the NFC text of the tokens whose bytes are not NFC, by start
}

// newTokenizer returns a tokenizer of text with room for the tokens and
// forms of size bytes of it.
func newTokenizer(text string, size int) *tokenizer {
	t := &tokenizer{text: text, tokens: make([]token, 0, size/3)}
	t.forms.slots = make([]formSlot, formSlots(size))
	return t
}

// blocks tokenizes blocks, the text of which starts at offset, and sets
// firsts[i] to where the tokens of block i start.
func (t *tokenizer) blocks(blocks []markup.Block, offset int, firsts []int) {
	for i, b := range blocks {
		firsts[i] = len(t.tokens)
		t.block(b.Segments, offset, b.End()+offset)
	}
}

// block tokenizes the segments of a block and appends the endOfBlock
// token, at end. Tokens cover the block: a gap between segments, which
// the readers do not leave, would be Markup.
func (t *tokenizer) block(segs []markup.Segment, offset, end int) {
	for i, seg := range segs {
		if i == 0 {
			t.end = uint32(seg.Start + offset)
		}
		t.segment(seg.Start+offset, seg.End+offset, seg.Kind)
	}
	t.add(Markup, int(t.end), end)
	t.tokens = append(t.tokens, token{start: uint32(end), info: uint32(endOfBlock)})
}

// formTable gives numbers to strings, in the order it first sees them: an
// open-addressing hash table, cheaper than a map for the many short words
// of a text. A slot keeps the first eight bytes of its string, so that
// most look-ups compare no string.
type formTable struct {
	slots []formSlot // a power of two, at most half full
	forms []string   // the strings, by number
}

type formSlot struct {
	lead uint64 // the first eight bytes of the string, little-endian
	hash uint32
	form uint32 // form number + 1; 0 for an empty slot
	size int    // the length of the string
}

// intern returns the number of s, its index in t.forms, where it appends
// s when it is new.
func (t *formTable) intern(s string) uint32 {
	if 2*(len(t.forms)+1) > len(t.slots) {
		t.grow()
	}
	var lead uint64
	h := uint32(2166136261) // FNV-1a
	for i := 0; i < len(s); i++ {
		if i < 8 {
			lead |= uint64(s[i]) << (8 * i)
		}
		h = (h ^ uint32(s[i])) * 16777619
	}
	mask := uint32(len(t.slots) - 1)
	for i := h & mask; ; i = (i + 1) & mask {
		sl := &t.slots[i]
		if sl.form == 0 {
			t.forms = append(t.forms, s)
			*sl = formSlot{lead: lead, hash: h, form: uint32(len(t.forms)), size: len(s)}
			return sl.form - 1
		}
		if sl.hash == h && sl.lead == lead && sl.size == len(s) && (len(s) <= 8 || t.forms[sl.form-1] == s) {
			return sl.form - 1
		}
	}
}

// formSlots returns the number of slots to start with for a text of size
// bytes, a power of two: long texts have many forms.
func formSlots(size int) int {
	n := 1024
	for n < size/128 {
		n *= 2
	}
	return n
}

func (t *formTable) grow() {
	old := t.slots
	t.slots = make([]formSlot, max(2*len(old), 1024))
	mask := uint32(len(t.slots) - 1)
	for _, sl := range old {
		if sl.form == 0 {
			continue
		}
		i := sl.hash & mask
		for t.slots[i].form != 0 {
			i = (i + 1) & mask
		}
		t.slots[i] = sl
	}
}

func (t *tokenizer) segment(start, end int, kind markup.Kind) {
	switch kind {
	case markup.Markup:
		t.add(Markup, start, end)
	case markup.Opaque:
		t.add(Opaque, start, end)
	case markup.Break:
		t.addSpace(start, end)
	default:
		t.prose(start, end)
	}
}

func (t *tokenizer) add(kind TokenKind, start, end int) {
	if start >= end {
		return
	}
	if uint32(start) > t.end {
		t.add(Markup, int(t.end), start)
	}
	t.end = uint32(end)
	tok := token{start: uint32(start), info: uint32(kind)}
	if kind == Word || kind == Number {
		text := t.text[start:end]
		if !isSurelyNFC(text) && !norm.NFC.IsNormalString(text) {
			if t.norms == nil {
				t.norms = map[uint32]string{}
			}
			text = norm.NFC.String(text)
			t.norms[tok.start] = text
			tok.info |= infoNormalized
		}
		tok.info |= (t.forms.intern(text) + 1) << infoFormShift
	}
	t.tokens = append(t.tokens, tok)
}

// addSpace adds white space, merged with the space token just before it.
func (t *tokenizer) addSpace(start, end int) {
	if n := len(t.tokens); n > 0 && t.tokens[n-1].kind() == Space && t.end == uint32(start) {
		t.end = uint32(end)
		return
	}
	t.add(Space, start, end)
}

// nfc returns s in Unicode normalization form C, without copying s when it
// is already normal.
func nfc(s string) string {
	if isSurelyNFC(s) || norm.NFC.IsNormalString(s) {
		return s
	}
	return norm.NFC.String(s)
}

// isSurelyNFC is a quick test that holds for most French words: every
// character is below U+0300 (ASCII and precomposed Latin letters, all
// stable under NFC, with no combining mark) or in U+2010–U+203F (dashes,
// apostrophes and quotes, also stable).
func isSurelyNFC(s string) bool {
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c < 0xCC:
		case c == 0xE2 && i+2 < len(s) && s[i+1] == 0x80 && s[i+2] >= 0x90:
			i += 2
		default:
			return false
		}
	}
	return true
}

func (t *tokenizer) prose(start, end int) {
	s := t.text[:end]
	for i := start; i < end; {
		if n := spaceLen(s[i:]); n > 0 {
			t.addSpace(i, i+n)
			i += n
			continue
		}
		if atWordStart(s, start, i) {
			if kind, n := special(s[i:]); n > 0 {
				t.add(kind, i, i+n)
				i += n
				continue
			}
		}
		n := simpleWordLen(s[i:])
		if n > 0 {
			// Latin letters, digits and joiners, or one ASCII sign: no emoji
			if c := s[i]; c < utf8.RuneSelf && !isASCIIAlnum(c) {
				t.add(asciiSignKind[c], i, i+1)
			} else {
				t.splitWord(i, i+n)
			}
			i += n
			continue
		}
		word, _, _ := uniseg.FirstWordInString(s[i:], -1)
		// U+202F joins words for Unicode (ExtendNumLet); here it is a space.
		if k := strings.IndexRune(word, '\u202f'); k > 0 {
			word = word[:k]
		}
		n = len(word)
		t.word(i, i+n)
		i += n
	}
}

// simpleWordLen is a fast path for the common case, with the same result
// as Unicode word boundaries: a run of ASCII letters and digits and of
// precomposed Latin letters, joined by the signs that join words between
// letters ("l’ami", "fin.Début") or between digits ("3,14"), followed by a
// character after which words certainly break. It also takes a lone ASCII
// sign. It returns 0 when uniseg must decide.
func simpleWordLen(s string) int {
	if c := s[0]; c < utf8.RuneSelf && !isASCIIAlnum(c) {
		if c <= ' ' || c == 0x7F || c == '_' || len(s) > 1 && s[1] >= utf8.RuneSelf {
			return 0 // white space or controls, a joiner, or a sign with an emoji selector
		}
		return 1
	}
	n, prev := 0, rune(0)
	for n < len(s) {
		r, size := rune(s[n]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(s[n:])
		}
		class := latinClass(r)
		if class != 0 {
			n += size
			prev = class
			continue
		}
		if n == 0 {
			return 0
		}
		if joiner := joinerClass(r); joiner != 0 {
			next := rune(0)
			if n+size < len(s) {
				nr, _ := utf8.DecodeRuneInString(s[n+size:])
				next = latinClass(nr)
			}
			if next != 0 && next == prev && joiner&prev != 0 {
				n += size
				continue
			}
			if next == 0 && n+size < len(s) && s[n+size] >= utf8.RuneSelf {
				return 0 // a combining mark or another script may follow
			}
			return n
		}
		if r < utf8.RuneSelf && r != '_' || r == 0xA0 {
			return n
		}
		return 0
	}
	return n
}

// asciiSignKind is the kind of each ASCII sign, Punct or Symbol, as word
// finds it with unicode.IsPunct.
var asciiSignKind = func() (k [utf8.RuneSelf]TokenKind) {
	for c := range k {
		k[c] = Symbol
		if unicode.IsPunct(rune(c)) {
			k[c] = Punct
		}
	}
	return k
}()

// Classes of simpleWordLen: a letter, a digit, or 0 for anything else.
const (
	letterClass rune = 1
	digitClass  rune = 2
)

func isASCIIAlnum(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
}

// latinClass classifies ASCII letters and digits and precomposed Latin
// letters (U+00C0–U+024F but × and ÷).
func latinClass(r rune) rune {
	switch {
	case r >= 'a' && r <= 'z', r >= 'A' && r <= 'Z':
		return letterClass
	case r >= '0' && r <= '9':
		return digitClass
	case r >= 0xC0 && r < 0x250 && r != 0xD7 && r != 0xF7:
		return letterClass
	}
	return 0
}

// joinerClass tells between which classes a sign joins a word: letters
// (colon, middle dot), digits (comma, semicolon) or both (full stop,
// apostrophes).
func joinerClass(r rune) rune {
	switch r {
	case ':', 0xB7:
		return letterClass
	case ',', ';':
		return digitClass
	case '.', '\'', 0x2019:
		return letterClass | digitClass
	}
	return 0
}

// word classifies one uniseg word segment and splits it where French
// wants a boundary.
func (t *tokenizer) word(start, end int) {
	w := t.text[start:end]
	r, _ := utf8.DecodeRuneInString(w)
	switch {
	case isEmoji(w, r):
		t.add(Emoji, start, end)
	case unicode.IsLetter(r) || unicode.IsDigit(r):
		t.splitWord(start, end)
	case unicode.IsPunct(r):
		t.add(Punct, start, end)
	default:
		t.add(Symbol, start, end)
	}
}

// splitWord cuts a word at every colon, and at every full stop that does
// not sit between two digits ("3.14" stays whole, "M.Dupont" does not).
func (t *tokenizer) splitWord(start, end int) {
	from := start
	for i := start; i < end; i++ {
		c := t.text[i]
		if c != ':' && c != '.' {
			continue
		}
		if c == '.' && i > start && i+1 < end && isDigit(t.text[i-1]) && isDigit(t.text[i+1]) {
			continue
		}
		t.addWord(from, i)
		t.add(Punct, i, i+1)
		from = i + 1
	}
	t.addWord(from, end)
}

func (t *tokenizer) addWord(start, end int) {
	if start < end && isDigit(t.text[start]) {
		t.add(Number, start, end)
	} else {
		t.add(Word, start, end)
	}
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

// spaceLen returns the length of the white space at the start of s.
func spaceLen(s string) int {
	n := 0
	for n < len(s) {
		c := s[n]
		if c < utf8.RuneSelf {
			if c != ' ' && c != '\t' && c != '\n' && c != '\r' && c != '\v' && c != '\f' {
				break
			}
			n++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[n:])
		if !unicode.IsSpace(r) {
			break
		}
		n += size
	}
	return n
}

// atWordStart tells whether offset i of s does not continue a word.
func atWordStart(s string, start, i int) bool {
	if i == start {
		return true
	}
	r, _ := utf8.DecodeLastRuneInString(s[start:i])
	return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '_' && r != '@' && r != '/' && r != '.'
}

// isEmoji tells whether a word segment starting with r is an emoji.
func isEmoji(w string, r rune) bool {
	switch {
	case r >= 0x1F000 && r <= 0x1FAFF, r >= 0x2600 && r <= 0x27BF,
		r >= 0x2300 && r <= 0x23FF, r >= 0x2B00 && r <= 0x2BFF,
		r == 0x3030, r == 0x303D, r == 0x3297, r == 0x3299:
		return true
	}
	// U+FE0F and U+20E3 start with bytes EF and E2: look for those first
	return strings.IndexByte(w, 0xEF) >= 0 && strings.Contains(w, "\uFE0F") ||
		strings.IndexByte(w, 0xE2) >= 0 && strings.Contains(w, "\u20E3")
}
