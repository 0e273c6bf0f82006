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
	info := uint32(kind)
	if kind == Word || kind == Number {
		text := t.text[start:end]
		if !isSurelyNFC(text) && !norm.NFC.IsNormalString(text) {
			if t.norms == nil {
				t.norms = map[uint32]string{}
			}
			text = norm.NFC.String(text)
			t.norms[uint32(start)] = text
			info |= infoNormalized
		}
		info |= (t.forms.intern(text) + 1) << infoFormShift
	}
	t.push(start, end, info)
}

// push appends the token of info over text[start:end], after Markup over
// the gap since the last token if any.
func (t *tokenizer) push(start, end int, info uint32) {
	if uint32(start) > t.end {
		t.add(Markup, int(t.end), start)
	}
	t.end = uint32(end)
	t.tokens = append(t.tokens, token{start: uint32(start), info: info})
}

// addLatinWord adds the word that latinWordLen finds at text[start:end]
// as splitWord would: its characters, below U+0300 or joiners, are NFC.
func (t *tokenizer) addLatinWord(start, end int) {
	for i := start; i < end; i++ {
		if c := t.text[i]; c == ':' || c == '.' {
			t.splitWord(start, end)
			return
		}
	}
	t.addPlainWord(start, end)
}

// addPlainWord adds the word or number text[start:end], NFC, with no colon
// or full stop.
func (t *tokenizer) addPlainWord(start, end int) {
	info := uint32(Word)
	if isDigit(t.text[start]) {
		info = uint32(Number)
	}
	t.push(start, end, info|(t.forms.intern(t.text[start:end])+1)<<infoFormShift)
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

// prose adds the tokens of the prose segment from start to end.
func (t *tokenizer) prose(start, end int) {
	s := t.text[:end]
	for i := start; i < end; {
		n := t.fastToken(s, start, i)
		if n == 0 {
			n = t.token(s, start, i)
		}
		i += n
	}
}

// fastToken adds the token at offset i of s, a prose segment from start
// on, when one of the fast paths knows it, each giving what token gives,
// and returns its length; it returns 0 when none applies.
func (t *tokenizer) fastToken(s string, start, i int) int {
	end := len(s)
	switch c := s[i]; byteClass[c] {
	case alnumByte:
		j := i + 1
		for j < end && byteClass[s[j]] == alnumByte {
			j++
		}
		if j == end || endsPlainWord[s[j]] || joinerEndsPlainWord(s[i:], j-i) {
			t.addPlainWord(i, j)
			return j - i
		}
		if stopsSpecial[s[j]] {
			if n := latinWordLen(s[i:], j-i, latinClass(rune(s[j-1]))); n > 0 {
				t.addLatinWord(i, i+n)
				return n
			}
		}
	case latinByte: // no white space, and special finds nothing
		if n := latinWordLen(s[i:], 0, 0); n > 0 {
			t.addLatinWord(i, i+n)
			return n
		}
	case spaceByte:
		j := i + 1
		for j < end && byteClass[s[j]] == spaceByte {
			j++
		}
		if j < end && s[j] >= utf8.RuneSelf {
			j += spaceLen(s[j:])
		}
		if i > start {
			t.push(i, j, uint32(Space)) // the token before, of this segment, is no space
		} else {
			t.addSpace(i, j)
		}
		return j - i
	case signByte:
		if breaksBefore(s[i+1:]) {
			t.push(i, i+1, uint32(asciiSignKind[c]))
			return 1
		}
	case addressSignByte: // after a letter or a digit, not at a word start
		if i > start && byteClass[s[i-1]] == alnumByte && breaksBefore(s[i+1:]) {
			t.push(i, i+1, uint32(asciiSignKind[c]))
			return 1
		}
	case markByte:
		if n := markLen(s[i:]); n > 0 {
			t.push(i, i+n, uint32(Punct))
			return n
		}
	}
	return 0
}

// token adds the token at offset i of s, a prose segment from start on,
// and returns its length.
func (t *tokenizer) token(s string, start, i int) int {
	if n := spaceLen(s[i:]); n > 0 {
		t.addSpace(i, i+n)
		return n
	}
	if atWordStart(s, start, i) {
		if kind, n := special(s[i:]); n > 0 {
			t.add(kind, i, i+n)
			return n
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
		return n
	}
	word, _, _ := uniseg.FirstWordInString(s[i:], -1)
	// U+202F joins words for Unicode (ExtendNumLet); here it is a space.
	if k := strings.IndexRune(word, '\u202f'); k > 0 {
		word = word[:k]
	}
	n = len(word)
	t.word(i, i+n)
	return n
}

// Classes of bytes for the fast paths of prose.
const (
	alnumByte       = 1 + iota // an ASCII letter or digit
	spaceByte                  // ASCII white space
	signByte                   // an ASCII sign that starts nothing special finds
	addressSignByte            // an ASCII sign that may be in an address: . - % +
	latinByte                  // the first byte of a character in U+00C0–U+027F
	markByte                   // the first byte of a guillemet, a dash, a curly quote or an ellipsis
)

var byteClass = func() (class [256]uint8) {
	for c := range 256 {
		switch {
		case isASCIIAlnum(byte(c)):
			class[c] = alnumByte
		case strings.IndexByte(" \t\n\r\v\f", byte(c)) >= 0:
			class[c] = spaceByte
		case c > ' ' && c < 0x7F && !addressByte[c] && c != '#' && c != '@':
			class[c] = signByte
		case c == '.' || c == '-' || c == '%' || c == '+':
			class[c] = addressSignByte
		case c >= 0xC3 && c <= 0xC9:
			class[c] = latinByte
		case c == 0xC2 || c == 0xE2:
			class[c] = markByte
		}
	}
	return class
}()

// stopsSpecial holds the bytes after which special finds nothing in the
// ASCII letters and digits before them: none of an address, "@" or ":".
// endsPlainWord holds those of them that also end the word, as they do
// not join words (simpleWordLen).
var stopsSpecial, endsPlainWord = func() (stops, ends [256]bool) {
	for c := range 256 {
		stops[c] = c >= utf8.RuneSelf || !addressByte[c] && c != '@' && c != ':'
		ends[c] = stops[c] && c < utf8.RuneSelf && c != ',' && c != ';' && c != '\''
	}
	return stops, ends
}()

// joinerEndsPlainWord tells whether s[:n], ASCII letters and digits
// followed by a sign that joins words, is a whole word in which special
// finds nothing: no letter or digit follows the sign, and a full stop
// neither follows "www" nor comes before a byte of an address or "@".
func joinerEndsPlainWord(s string, n int) bool {
	switch c := s[n]; c {
	case ',', ';', '\'', '.':
		if n+1 == len(s) {
			return true
		}
		d := s[n+1]
		if d >= utf8.RuneSelf || byteClass[d] == alnumByte {
			return false
		}
		return c != '.' || !addressByte[d] && d != '@' && (n != 3 || s[0]|0x20 != 'w')
	}
	return false
}

// breaksBefore tells whether Unicode word boundaries break between any
// punctuation mark and s: s is empty or starts with an ASCII character, a
// letter of U+00C0–U+027F, a no-break space or a guillemet, none of which
// extends the character before it.
func breaksBefore(s string) bool {
	return s == "" || s[0] < utf8.RuneSelf || byteClass[s[0]] == latinByte ||
		len(s) > 1 && s[0] == 0xC2 && (s[1] == 0xA0 || s[1] == 0xAB || s[1] == 0xBB)
}

// markLen returns the length of the guillemet, en or em dash, curly quote
// or ellipsis at the start of s when it is a Punct token on its own, or 0.
func markLen(s string) int {
	n := 0
	switch {
	case len(s) >= 2 && s[0] == 0xC2 && (s[1] == 0xAB || s[1] == 0xBB): // « »
		n = 2
	case len(s) >= 3 && s[0] == 0xE2 && s[1] == 0x80 && isMarkByte3[s[2]]:
		n = 3
	}
	if n > 0 && breaksBefore(s[n:]) {
		return n
	}
	return 0
}

// isMarkByte3 holds the last bytes of – — ‘ ’ “ ” …, U+2013 to U+2026.
var isMarkByte3 = [256]bool{0x93: true, 0x94: true, 0x98: true, 0x99: true, 0x9C: true, 0x9D: true, 0xA6: true}

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
	return latinWordLen(s, 0, 0)
}

// latinWordLen is simpleWordLen for a word of which the first n bytes,
// ending with a character of class prev, are already read.
func latinWordLen(s string, n int, prev rune) int {
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
