package rules

import (
	"fmt"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/coquille-fr/coquille/lint"
	"github.com/rivo/uniseg"
	"golang.org/x/text/unicode/norm"
)

// platformRule reports posts longer than their platform allows.
func platformRule() *lint.Rule {
	return &lint.Rule{
		ID: "length.platform", Category: lint.Length, Severity: lint.Error,
		Doc: "Avec --platform ou la clé platform, chaque publication est comptée comme la plateforme la compte, et signalée si elle dépasse " +
			"sa limite\u00a0: X 280 (décompte pondéré, URL 23), Bluesky 300 (liens raccourcis), Mastodon 500 (URL 23), Threads 500, LinkedIn 3\u202f000, " +
			"Instagram 2\u202f200, Facebook 63\u202f206 caractères. En Markdown, une ligne «\u00a0---\u00a0» sépare les publications d’un fil.",
		Check: checkPlatform,
	}
}

// checkPlatform measures every post of the document.
func checkPlatform(p *lint.Pass) {
	pl := p.Platform
	if pl == nil {
		return
	}
	for n, post := range p.Doc.Posts {
		c := postCounter{doc: p.Doc, pl: pl, overflow: -1}
		for bi, b := range post {
			if bi > 0 {
				c.gap(post[bi-1].End, b.Start)
			}
			for i := range b.Len() {
				c.token(b.Token(i))
			}
		}
		if c.used <= pl.Limit {
			continue
		}
		unit := "caractères"
		if pl.Unit == lint.XWeighted {
			unit = "caractères pondérés"
		}
		p.Report(lint.Diagnostic{
			Message: fmt.Sprintf("%s est trop longue pour %s\u00a0: %s %s pour une limite de %s (%s de trop)\u00a0; raccourcissez-la ou découpez-la en fil.",
				postName(p, n), pl.Label, groupDigits(c.used), unit, groupDigits(pl.Limit), groupDigits(c.used-pl.Limit)),
			Span: lint.Span{Start: c.overflow, End: post[len(post)-1].End},
		})
	}
}

// postCounter measures a post in its platform's unit, and finds where it
// goes over the limit.
type postCounter struct {
	doc      *lint.Document
	pl       *lint.Platform
	used     int // length so far
	overflow int // offset of the first character over the limit, or -1
}

// gap counts the line ends between two blocks of a post (one, or two for
// a blank line); the Markdown markers there ("- ", "> ") are not counted.
func (c *postCounter) gap(end, start int) {
	c.add(min(max(lineEnds(c.doc.Text[end:start]), 1), 2), start)
}

// token counts one token of a post.
func (c *postCounter) token(t lint.Token) {
	text := c.doc.Text[t.Start:t.End]
	switch {
	case t.Kind == lint.Markup:
	case t.IsLineBreak():
		c.add(lineEnds(text), t.Start)
	case t.Kind == lint.URL && c.pl.URLLength > 0 && (!c.pl.URLNeedsScheme || hasScheme(text)):
		c.add(c.pl.URLLength, t.Start)
	case t.Kind == lint.URL && c.pl.ShortURLs && hasScheme(text):
		c.add(c.length(shortURL(text)), t.Start)
	case t.Kind == lint.Emoji:
		c.add(c.weight(text), t.Start)
	case t.Kind == lint.Mention && c.pl.LocalMentions:
		if at := strings.IndexByte(text[1:], '@'); at >= 0 {
			text = text[:at+1]
		}
		c.add(c.length(text), t.Start)
	default:
		if c.overflow >= 0 || c.used+c.length(text) <= c.pl.Limit {
			c.add(c.length(text), t.Start)
			return
		}
		// the limit falls inside the token: find the character
		for rest, at, state := text, t.Start, -1; rest != ""; {
			var g string
			g, rest, _, state = uniseg.FirstGraphemeClusterInString(rest, state)
			c.add(c.weight(g), at)
			at += len(g)
		}
	}
}

// add counts n at offset at, and records where the limit is passed.
func (c *postCounter) add(n, at int) {
	c.used += n
	if c.used > c.pl.Limit && c.overflow < 0 {
		c.overflow = at
	}
}

// length measures a piece of text in the platform's unit.
func (c *postCounter) length(s string) int {
	if c.pl.Unit == lint.XWeighted {
		return xWeight(s)
	}
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return uniseg.GraphemeClusterCount(s)
		}
	}
	return len(s)
}

// weight measures one grapheme cluster: one, or X's weight.
func (c *postCounter) weight(g string) int {
	if c.pl.Unit != lint.XWeighted {
		return 1
	}
	if r, _ := utf8.DecodeRuneInString(g); isEmojiCluster(g, r) {
		return 2
	}
	return xWeight(g)
}

// isEmojiCluster tells whether a grapheme cluster starting with r is an
// emoji for X, which counts each emoji as two whatever its code points.
func isEmojiCluster(g string, r rune) bool {
	return r >= 0x1F000 || strings.ContainsRune(g, '\uFE0F') || strings.ContainsRune(g, '\u200D')
}

// xWeight is X's weighted length of text that holds no emoji: the weight
// of each code point of its NFC form.
func xWeight(s string) int {
	n := 0
	for i := 0; i < len(s) && s[i] < utf8.RuneSelf; i++ {
		n++
	}
	if n == len(s) {
		return n
	}
	n = 0
	for _, r := range norm.NFC.String(s) {
		switch {
		case r <= 0x10FF, r >= 0x2000 && r <= 0x200D, r >= 0x2010 && r <= 0x201F, r >= 0x2032 && r <= 0x2037:
			n++
		default:
			n += 2
		}
	}
	return n
}

// shortURL writes a URL the way Bluesky's app shows it in a post: its
// host, and its path cut to 13 characters and "..." when it has more
// than 15.
func shortURL(url string) string {
	rest := url[strings.Index(url, "://")+3:]
	host, path := rest, ""
	if i := strings.IndexAny(rest, "/?#"); i >= 0 {
		host, path = rest[:i], rest[i:]
	}
	if path == "/" {
		path = ""
	}
	if utf8.RuneCountInString(path) > 15 {
		path = string([]rune(path)[:13]) + "..."
	}
	return host + path
}

// lineEnds counts the line ends of s: LF, CR LF or a lone CR.
func lineEnds(s string) int {
	return strings.Count(s, "\n") + strings.Count(s, "\r") - strings.Count(s, "\r\n")
}

// hasScheme tells whether a URL is written with its scheme.
func hasScheme(url string) bool {
	lower := strings.ToLower(url)
	return strings.HasPrefix(lower, "http://") || strings.HasPrefix(lower, "https://")
}

// groupDigits writes a whole number with a narrow no-break space between
// groups of three digits: 63 206.
func groupDigits(n int) string {
	s := strconv.Itoa(n)
	for i := len(s) - 3; i > 0; i -= 3 {
		s = s[:i] + "\u202f" + s[i:]
	}
	return s
}
