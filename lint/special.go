package lint

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// special recognises a URL, an e-mail address, a mention, a hashtag or the
// marker "coquille:ignore" at the start of s and returns its kind and
// length, or a zero length.
func special(s string) (TokenKind, int) {
	switch c := s[0]; {
	case c == '#':
		return Hashtag, hashtagLen(s)
	case c == '@':
		return Mention, mentionLen(s)
	case c == 'h' || c == 'H' || c == 'w' || c == 'W' || c == 'f' || c == 'F' || c == 'm' || c == 'M':
		if n := schemeURLLen(s); n > 0 {
			return URL, n
		}
	case c == 'c':
		if n := ignoreMarkerLen(s); n > 0 {
			return Opaque, n // the suppression marker, see suppress.go
		}
	}
	// Both need a dot or an "@" after the bytes an address may hold.
	n, dot := 0, false
	for n < len(s) && addressByte[s[n]] {
		dot = dot || s[n] == '.'
		n++
	}
	if n < len(s) && s[n] == '@' {
		if n := emailLen(s); n > 0 {
			return Email, n
		}
	}
	if !dot {
		return URL, 0
	}
	return URL, domainLen(s)
}

// addressByte holds the bytes of the local part of an e-mail address,
// which those of a domain name are among.
var addressByte = func() (b [256]bool) {
	for c := range b {
		b[c] = isDomainByte(byte(c)) || c >= 'A' && c <= 'Z' || strings.IndexByte("._%+-", byte(c)) >= 0
	}
	return b
}()

var urlPrefixes = []string{"https://", "http://", "ftp://", "www.", "mailto:"}

// schemeURLLen measures a URL that starts with a scheme or "www.".
func schemeURLLen(s string) int {
	for _, p := range urlPrefixes {
		if len(s) > len(p) && strings.EqualFold(s[:len(p)], p) {
			return trimURL(s, urlBodyLen(s))
		}
	}
	return 0
}

// urlBodyLen measures up to the first character that cannot be in a URL
// written in prose.
func urlBodyLen(s string) int {
	for i, r := range s {
		if unicode.IsSpace(r) || unicode.IsControl(r) || strings.ContainsRune("<>\"«»“”`", r) {
			return i
		}
	}
	return len(s)
}

// trimURL drops the punctuation that ends a sentence rather than the URL,
// and a closing parenthesis that has no opening one inside the URL.
func trimURL(s string, n int) int {
	for n > 0 {
		r, size := utf8.DecodeLastRuneInString(s[:n])
		switch {
		case strings.ContainsRune(".,;:!?'’…", r):
		case r == ')' && strings.Count(s[:n], "(") < strings.Count(s[:n], ")"):
		default:
			return n
		}
		n -= size
	}
	return 0
}

// topLevelDomains are the endings that make a bare "exemple.fr" a URL.
var topLevelDomains = map[string]bool{
	"fr": true, "com": true, "org": true, "net": true, "io": true, "be": true,
	"ch": true, "ca": true, "eu": true, "info": true, "app": true, "dev": true,
	"co": true, "uk": true, "de": true, "ly": true, "me": true, "tv": true,
	"ai": true, "quebec": true, "paris": true, "bzh": true, "lu": true,
	"mc": true, "re": true, "gp": true, "mq": true, "nc": true, "pf": true,
	"sn": true, "ci": true, "ma": true, "tn": true, "dz": true, "int": true,
	"edu": true, "gov": true, "gouv": true, "asso": true,
}

// domainLen measures a bare domain name ("coquille.fr", "exemple.com/page")
// that ends with a known top-level domain.
func domainLen(s string) int {
	n, lastLabel := hostLen(s)
	if n == 0 || !topLevelDomains[s[lastLabel:n]] {
		return 0
	}
	if n < len(s) {
		if r, _ := utf8.DecodeRuneInString(s[n:]); unicode.IsLetter(r) || unicode.IsDigit(r) {
			return 0
		}
		if s[n] == '/' {
			return trimURL(s, n+urlBodyLen(s[n:]))
		}
	}
	return n
}

// hostLen measures lowercase dot-separated labels ("mastodon.social") and
// returns where the last label starts; it needs at least one dot.
func hostLen(s string) (n, lastLabel int) {
	dots := 0
scan:
	for n < len(s) {
		c := s[n]
		switch {
		case c >= 'a' && c <= 'z', c >= '0' && c <= '9', c == '-':
			n++
		case c == '.' && n > lastLabel && n+1 < len(s) && isDomainByte(s[n+1]):
			n++
			dots++
			lastLabel = n
		default:
			break scan
		}
	}
	if dots == 0 || n == lastLabel {
		return 0, 0
	}
	return n, lastLabel
}

func isDomainByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= '0' && c <= '9'
}

// emailLen measures an e-mail address.
func emailLen(s string) int {
	at := 0
	for at < len(s) && addressByte[s[at]] {
		at++
	}
	if at == 0 || at+1 >= len(s) || s[at] != '@' {
		return 0
	}
	n := at + 1
	dots := 0
	for n < len(s) && (isDomainByte(s[n]) || s[n] >= 'A' && s[n] <= 'Z' || s[n] == '-' || s[n] == '.' && n+1 < len(s) && isDomainByte(s[n+1]|0x20)) {
		if s[n] == '.' {
			dots++
		}
		n++
	}
	if dots == 0 {
		return 0
	}
	return n
}

// mentionLen measures "@nom" or "@nom@instance.social".
func mentionLen(s string) int {
	n := 1
	for n < len(s) {
		r, size := utf8.DecodeRuneInString(s[n:])
		if !(unicode.IsLetter(r) || unicode.IsDigit(r) || r == '_' || r == '.') {
			break
		}
		n += size
	}
	if n < len(s) && s[n] == '@' && n > 1 {
		if d, _ := hostLen(s[n+1:]); d > 0 {
			n += 1 + d
		}
	}
	n = trimURL(s, n)
	if n <= 1 {
		return 0
	}
	return n
}

// hashtagLen measures "#MotClé"; it needs at least one letter.
func hashtagLen(s string) int {
	n, letters := 1, 0
	for n < len(s) {
		r, size := utf8.DecodeRuneInString(s[n:])
		if unicode.IsLetter(r) {
			letters++
		} else if !unicode.IsDigit(r) && !unicode.Is(unicode.Mn, r) && r != '_' {
			break
		}
		n += size
	}
	if letters == 0 {
		return 0
	}
	return n
}
