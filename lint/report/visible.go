package report

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf16"
	"unicode/utf8"
)

// invisible tells whether r cannot be seen in a terminal or an editor: the
// spaces other than U+0020 and the format characters (zero width spaces,
// joiners, byte order mark, soft hyphen, direction marks).
func invisible(r rune) bool {
	return r != ' ' && (unicode.Is(unicode.Zs, r) || unicode.Is(unicode.Cf, r))
}

// invisibleNames are the French names of the invisible characters that
// suggestions commonly hold.
var invisibleNames = map[rune]string{
	'\t':     "tabulation",
	'\n':     "saut de ligne",
	'\r':     "retour chariot",
	'\u00a0': "espace insécable",
	'\u00ad': "trait d’union conditionnel",
	'\u2009': "espace fine",
	'\u200b': "espace sans chasse",
	'\u200c': "antiliant sans chasse",
	'\u200d': "liant sans chasse",
	'\u202f': "espace fine insécable",
	'\u2060': "gluon de mots",
}

// Visible writes s with each invisible character or control character
// replaced by its name between ⟨ ⟩, such as "⟨espace fine insécable⟩!",
// or by its code point when it has no name here ("⟨U+2007⟩").
func Visible(s string) string {
	var b strings.Builder
	for _, r := range s {
		if !invisible(r) && !unicode.IsControl(r) {
			b.WriteRune(r)
			continue
		}
		b.WriteString("⟨")
		if name, ok := invisibleNames[r]; ok {
			b.WriteString(name)
		} else {
			fmt.Fprintf(&b, "U+%04X", r)
		}
		b.WriteString("⟩")
	}
	return b.String()
}

// escapeInvisible rewrites the invisible characters of JSON text as
// \uXXXX escapes, so that a U+202F stays visible to whoever reads the
// output. JSON keys and syntax are ASCII, so every such character sits in
// a string, where the escape means the same.
func escapeInvisible(data []byte) []byte {
	out := make([]byte, 0, len(data))
	for i := 0; i < len(data); {
		if data[i] < utf8.RuneSelf {
			out = append(out, data[i])
			i++
			continue
		}
		r, n := utf8.DecodeRune(data[i:])
		if invisible(r) {
			if r > 0xFFFF { // outside the BMP: a surrogate pair
				r1, r2 := utf16.EncodeRune(r)
				out = fmt.Appendf(out, `\u%04x\u%04x`, r1, r2)
			} else {
				out = fmt.Appendf(out, `\u%04x`, r)
			}
		} else {
			out = append(out, data[i:i+n]...)
		}
		i += n
	}
	return out
}
