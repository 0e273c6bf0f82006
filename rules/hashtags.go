package rules

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/coquille-fr/coquille/dictionaries"
	"github.com/coquille-fr/coquille/lint"
)

// hashtagCountRule reports posts with too many hashtags.
func hashtagCountRule() *lint.Rule {
	return &lint.Rule{
		ID: "length.hashtags", Category: lint.Length, Severity: lint.Warning,
		Doc: fmt.Sprintf("Une publication chargée de mots-clics se lit mal\u00a0: au-delà du nombre conseillé pour la plateforme "+
			"(%d sans plateforme, ou tone.hashtags), elle est signalée, et comme une erreur au-delà de ce que la plateforme accepte "+
			"(30 sur Instagram).", lint.DefaultHashtags),
		Examples: []lint.Example{{Bad: "Rentrée\u202f! #école #rentrée #cartable #cahiers #stylos #lycée", Good: "Rentrée\u202f! #école #rentrée"}},
		Check:    checkHashtagCount,
	}
}

// hashtagCaseRule reports hashtags of several words in lower case.
func hashtagCaseRule() *lint.Rule {
	return &lint.Rule{
		ID: "tone.hashtag-case", Category: lint.Tone, Severity: lint.Info,
		Doc: "Un mot-clic de plusieurs mots s’écrit avec une capitale à chaque mot (#MardiConseil, pas #mardiconseil)\u00a0: " +
			"il se lit mieux, et les lecteurs d’écran prononcent les mots séparément au lieu de les épeler.",
		Examples: []lint.Example{{Bad: "Le conseil du jour #mardiconseil", Good: "Le conseil du jour #MardiConseil"}},
		Check:    checkHashtagCase,
	}
}

// checkHashtagCount counts the hashtags of each post.
func checkHashtagCount(p *lint.Pass) {
	advised, limit := p.Tone.MaxHashtags(p.Platform), 0
	if p.Platform != nil {
		limit = p.Platform.HashtagLimit
	}
	for n, post := range p.Doc.Posts {
		var tags []lint.Token
		for _, b := range post {
			for i := range b.Len() {
				if b.Kind(i) == lint.Hashtag {
					tags = append(tags, b.Token(i))
				}
			}
		}
		what := postName(p, n) + fmt.Sprintf(" compte %d mots-clics", len(tags))
		switch {
		case limit > 0 && len(tags) > limit:
			p.Report(lint.Diagnostic{
				Message:  fmt.Sprintf("%s\u00a0: %s n’en accepte que %d.", what, p.Platform.Label, limit),
				Span:     lint.Span{Start: tags[limit].Start, End: tags[len(tags)-1].End},
				Severity: lint.Error,
			})
		case len(tags) > advised:
			where := ""
			if p.Platform != nil && p.Tone.Hashtags == 0 {
				where = " sur " + p.Platform.Label
			}
			p.Report(lint.Diagnostic{
				Message: fmt.Sprintf("%s\u00a0: au-delà de %d%s, ils noient le message\u00a0; gardez les plus utiles.", what, advised, where),
				Span:    lint.Span{Start: tags[advised].Start, End: tags[len(tags)-1].End},
			})
		}
	}
}

// postName names post n of the document in messages: "La publication",
// or "La publication 2" in a file of several posts.
func postName(p *lint.Pass, n int) string {
	if len(p.Doc.Posts) == 1 {
		return "La publication"
	}
	return fmt.Sprintf("La publication %d", n+1)
}

// checkHashtagCase reports the hashtags in lower case that split into
// several French words.
func checkHashtagCase(p *lint.Pass) {
	for bi := range p.Doc.Blocks {
		b := &p.Doc.Blocks[bi]
		for i := range b.Len() {
			if b.Kind(i) != lint.Hashtag {
				continue
			}
			t := b.Token(i)
			body := t.Text[1:]
			if caseOf(body) != lowerCase || strings.Contains(body, "_") ||
				p.Tone.Accepts(lint.ToneKey(body)) || p.Words.Contains(body) || p.Words.Contains(t.Text) {
				continue
			}
			if cased, ok := capitalizeWords(body); ok {
				p.Report(lint.Diagnostic{
					Message:     "Mot-clic de plusieurs mots en minuscules\u00a0: une capitale à chaque mot le rend lisible, et les lecteurs d’écran prononcent les mots au lieu de les épeler.",
					Span:        t.Span(),
					Suggestions: []string{"#" + cased},
				})
			}
		}
	}
}

// capitalizeWords splits each run of letters of a hashtag body into French
// words and capitalises them ("mardiconseil2024": "MardiConseil2024").
// It fails when no run splits into two words or more.
func capitalizeWords(body string) (string, bool) {
	var out strings.Builder
	split := false
	for body != "" {
		n := letterRunLen(body)
		if n == 0 {
			_, n = utf8.DecodeRuneInString(body)
			out.WriteString(body[:n])
			body = body[n:]
			continue
		}
		words := splitWords(body[:n])
		split = split || len(words) > 1
		for _, w := range words {
			out.WriteString(withCase(w, titleCase))
		}
		body = body[n:]
	}
	return out.String(), split
}

// letterRunLen returns the length of the letters that start s.
func letterRunLen(s string) int {
	for i, r := range s {
		if !unicode.IsLetter(r) && !unicode.Is(unicode.Mn, r) {
			return i
		}
	}
	return len(s)
}

// maxHashtagRun bounds the letters a hashtag run may have to be split, as
// splitting costs a dictionary lookup per pair of positions.
const maxHashtagRun = 32

// splitWords cuts a run of lower-case letters into the fewest dictionary
// words: words of four letters or more, and determiners, pronouns,
// prepositions and conjunctions of any length ("à", "la", "je", "des"),
// so that chance splits into short rare words ("ta" and "gal" in
// "tagal") do not count. A run that is a word itself, or that does not
// split, is returned whole.
func splitWords(run string) []string {
	dict := dictionaries.Default()
	rs := []rune(run)
	if len(rs) < 5 || len(rs) > maxHashtagRun || dict.Contains(run) {
		return []string{run}
	}
	// pieces[i] is the fewest words that make rs[:i], from[i] where the
	// last of them starts; -1 when rs[:i] does not split
	pieces, from := make([]int, len(rs)+1), make([]int, len(rs)+1)
	for i := 1; i <= len(rs); i++ {
		pieces[i] = -1
		for j := 0; j < i; j++ {
			if pieces[j] < 0 || pieces[i] >= 0 && pieces[j]+1 >= pieces[i] {
				continue
			}
			if isHashtagWord(dict, rs[j:i]) {
				pieces[i], from[i] = pieces[j]+1, j
			}
		}
	}
	if pieces[len(rs)] < 2 {
		return []string{run}
	}
	words := make([]string, pieces[len(rs)])
	for i, k := len(rs), len(words)-1; i > 0; i, k = from[i], k-1 {
		words[k] = string(rs[from[i]:i])
	}
	return words
}

// isHashtagWord tells whether a piece of a hashtag is a word to split on.
func isHashtagWord(dict *dictionaries.Dictionary, piece []rune) bool {
	e, ok := dict.Lookup(string(piece))
	switch {
	case !ok:
		return false
	case e.Tags.Any(dictionaries.Determiner | dictionaries.Pronoun | dictionaries.Preposition | dictionaries.Conjunction):
		return true
	}
	return len(piece) >= 4 && e.Tags.Any(dictionaries.POSMask&^(dictionaries.Symbol|dictionaries.ProperNoun))
}
