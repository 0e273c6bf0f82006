package rules

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/coquille-fr/coquille/dictionaries"
	"github.com/coquille-fr/coquille/lint"
)

// checkDictionary reports the words that no list knows. A hyphenated
// compound is right when the lexicon has it whole (peut-être,
// c’est-à-dire) or when each of its parts is right (dites-nous,
// va-t-il); hashtags are checked part by part when their capitals split
// them cleanly (#MardiConseil).
func checkDictionary(p *lint.Pass) {
	s := newSpeller(p)
	for bi := range p.Blocks {
		toks := &p.Blocks[bi]
		for i := 0; i < toks.Len(); i++ {
			switch toks.Kind(i) {
			case lint.Hashtag:
				s.checkHashtag(toks.Token(i))
			case lint.Word:
				last := compoundEnd(toks, i)
				if s.worthChecking(toks, i, last) && !inCode(toks, i, last) {
					s.checkWords(toks, i, last)
				}
				i = last
			case lint.Number:
				s.checkNumber(toks, i)
			}
		}
	}
}

// worthChecking tells whether checkWords may report tokens first..last: a
// lone word that is right, or has a ligature or a classic mistake for the
// other rules, never is. It spares checking where the word stands.
func (s *speller) worthChecking(toks *lint.Block, first, last int) bool {
	if first < last {
		return true
	}
	switch s.classifyAt(toks, first).kind {
	case spelledRight, missingLigature, classicMistake:
		return false
	}
	return true
}

// compoundEnd returns the index of the last token of the hyphenated
// compound that starts with Word token i: i itself for a lone word.
func compoundEnd(toks *lint.Block, i int) int {
	for i+2 < toks.Len() && isHyphenAt(toks, i+1) && glued(toks, i) && glued(toks, i+1) &&
		(toks.Kind(i+2) == lint.Word || toks.Kind(i+2) == lint.Number) {
		i += 2
	}
	return i
}

func isHyphen(t lint.Token) bool { return t.Kind == lint.Punct && (t.Text == "-" || t.Text == "‐") }

// isHyphenAt tells whether token i is a hyphen.
func isHyphenAt(toks *lint.Block, i int) bool {
	return toks.Kind(i) == lint.Punct && (toks.Is(i, "-") || toks.Text(i) == "‐")
}

// touch tells whether tokens j and j+1 touch, whatever their kinds.
func touch(toks *lint.Block, j int) bool { return toks.Span(j).End == toks.Span(j+1).Start }

// compoundText joins the parts of tokens first..last with ASCII hyphens.
func compoundText(toks *lint.Block, first, last int) string {
	if first == last {
		return toks.Text(first)
	}
	var b strings.Builder
	for k := first; k <= last; k += 2 {
		if k > first {
			b.WriteByte('-')
		}
		b.WriteString(toks.Text(k))
	}
	return b.String()
}

// codeBefore and codeAfter are the signs that, glued to a word, make it
// code rather than prose: paths, file names, options, calls, variables.
const (
	codeBefore = "/\\_.$=<{[|~*&^@#`:"
	codeAfter  = "/\\_=<{}|*$@~^&#`"
)

// inCode tells whether tokens first..last sit in code written in prose:
// glued to a path or member separator, a symbol, an opening parenthesis
// (printf()), a file extension (sources.list), or after an option dash
// (--verbose, -exec).
func inCode(toks *lint.Block, first, last int) bool {
	if first > 0 && touch(toks, first-1) {
		switch t := toks.Token(first - 1); {
		case t.Kind == lint.Symbol, t.Kind == lint.Punct && strings.Contains(codeBefore, t.Text):
			return true
		case isHyphen(t):
			option := first < 2 || toks.Kind(first-2) == lint.Space || isHyphen(toks.Token(first-2))
			if option && strings.ToLower(toks.Text(first)) == toks.Text(first) {
				return true
			}
		}
	}
	if last+1 < toks.Len() && touch(toks, last) {
		t := toks.Token(last + 1)
		glued := last+2 < toks.Len() && touch(toks, last+1) && toks.Kind(last+2) != lint.Space
		switch {
		case t.Kind == lint.Symbol, t.Is("("):
			return true
		case t.Kind == lint.Punct && strings.Contains(codeAfter, t.Text):
			return true
		case (t.Is(".") || t.Is(":")) && glued:
			return true
		}
	}
	return false
}

// checkWords checks the lone word or the compound of tokens first..last.
func (s *speller) checkWords(toks *lint.Block, first, last int) {
	var v verdict
	if first == last {
		v = s.classifyAt(toks, first)
	} else {
		v = s.classify(compoundText(toks, first, last))
	}
	if v.kind == misspelled && (first < last && s.partsRight(toks, first, last) || isLowerASCII(v.word) && s.inForeignPhrase(toks, first, last)) {
		return
	}
	span := lint.Span{Start: toks.Span(first).Start, End: toks.Span(last).End}
	s.report(v, span)
}

// inForeignPhrase tells whether the unknown word of tokens first..last
// has an unknown word of plain ASCII letters next to it, one space apart:
// two unknown words in a row are a phrase in another language (Save the
// date, Finding changed files) or code, seldom two typos.
func (s *speller) inForeignPhrase(toks *lint.Block, first, last int) bool {
	for _, side := range [2]struct{ space, word int }{{first - 1, first - 2}, {last + 1, last + 2}} {
		if side.word < 0 || side.word >= toks.Len() || toks.Kind(side.space) != lint.Space || toks.Token(side.space).IsLineBreak() {
			continue
		}
		if toks.Kind(side.word) == lint.Word && isASCII(toks.Text(side.word)) && s.classifyAt(toks, side.word).kind == misspelled {
			return true
		}
	}
	return false
}

// checkNumber reports the number of token k glued to a word of four
// letters or more (123heures), which is neither a unit (10km, 5kWh) nor an
// ordinal (2e, 2ème: see typography.ordinal), outside code.
func (s *speller) checkNumber(toks *lint.Block, k int) {
	text := toks.Text(k)
	i := strings.IndexFunc(text, func(r rune) bool { return !unicode.IsDigit(r) })
	if i <= 0 || utf8.RuneCountInString(text[i:]) < 4 {
		return
	}
	word := text[i:]
	if e, ok := s.dict.Lookup(word); ok && !e.Tags.Any(dictionaries.NoSuggest|dictionaries.Symbol) && !inCode(toks, k, k) {
		s.report(verdict{kind: missingSpace, word: word, right: text[:i] + " " + word}, toks.Span(k))
	}
}

// partsRight tells whether every word of a compound is right.
func (s *speller) partsRight(toks *lint.Block, first, last int) bool {
	for k := first; k <= last; k += 2 {
		if toks.Kind(k) != lint.Word {
			continue
		}
		switch s.classifyAt(toks, k).kind {
		case spelledRight, missingLigature, classicMistake:
		default:
			return false
		}
	}
	return true
}

// report reports a verdict on the text of span, whose elided words are
// left out of the diagnostic.
func (s *speller) report(v verdict, span lint.Span) {
	if v.kind == spelledRight || v.kind == missingLigature || v.kind == classicMistake {
		return
	}
	written := s.pass.Doc.Text[span.Start:span.End]
	span.Start += elidedLen(written, int(v.elided))
	written = s.pass.Doc.Text[span.Start:span.End]
	apostrophe := apostropheFor(s.pass, written)
	switch v.kind {
	case wrongCase:
		right := strings.ReplaceAll(v.right, "'", apostrophe)
		s.pass.Replace(span, fmt.Sprintf("«\u00a0%s\u00a0» s’écrit «\u00a0%s\u00a0».", written, right), right, true)
	case missingSpace:
		s.pass.Report(lint.Diagnostic{Span: span, Message: fmt.Sprintf(
			"Il manque une espace entre le nombre et le mot\u00a0: «\u00a0%s\u00a0».", v.right), Suggestions: []string{v.right}})
	case otherRegion:
		s.pass.Report(lint.Diagnostic{Span: span, Message: fmt.Sprintf(
			"«\u00a0%s\u00a0» est un mot %s, accepté seulement avec le profil %s.", written, regionName(v.region), regionProfile(v.region))})
	default:
		list := s.suggest(v.word)
		if !plausibleTypo(v.word, list) {
			return
		}
		s.pass.Report(lint.Diagnostic{
			Span:        span,
			Message:     fmt.Sprintf("«\u00a0%s\u00a0» est inconnu du dictionnaire.", written),
			Suggestions: suggestionWords(list, apostrophe),
		})
	}
}

// plausibleTypo tells whether an unknown word is worth reporting: the
// dictionary has a correction within one edit (or a split and an accent:
// àseulement), so list holds one, or the word is long, as glued phrases
// are (thisisanerror).
// Other words are taken for names, foreign words or jargon (glibc,
// futex, Falcot), which a team adds to its words when it wants them
// checked: most slips are one edit away from the right word.
func plausibleTypo(word string, list []dictionaries.Suggestion) bool {
	return len(list) > 0 || utf8.RuneCountInString(word) >= longWord
}

// plausibleCost bounds the cost of the best suggestion of a reported word
// (dictionaries.Suggestion.Cost, in tenths of an edit), and longWord is
// the length from which an unknown word is reported whatever its
// suggestions.
const (
	plausibleCost = 12
	longWord      = 12
)

// elidedLen returns the length of the n elided words at the start of a
// word as written: up to its n-th apostrophe.
func elidedLen(written string, n int) int {
	k := 0
	for ; n > 0; n-- {
		i := strings.IndexAny(written[k:], "'’ʼ‘")
		if i < 0 {
			break
		}
		_, size := utf8.DecodeRuneInString(written[k+i:])
		k += i + size
	}
	return k
}

// apostropheFor returns the apostrophe to write in a replacement of
// written: its own, else the profile's.
func apostropheFor(p *lint.Pass, written string) string {
	switch {
	case strings.Contains(written, "’"):
		return "’"
	case strings.Contains(written, "'"), p.Profile.Apostrophe == lint.StraightApostrophe:
		return "'"
	}
	return "’"
}

// regionName and regionProfile name the region of a regional word.
func regionName(r dictionaries.Tags) string {
	switch {
	case r.Any(dictionaries.Canada):
		return "du français du Québec"
	case r.Any(dictionaries.Belgium):
		return "du français de Belgique"
	}
	return "du français de Suisse"
}

func regionProfile(r dictionaries.Tags) string {
	switch {
	case r.Any(dictionaries.Canada):
		return "fr-CA"
	case r.Any(dictionaries.Belgium):
		return "fr-BE"
	}
	return "fr-CH"
}

// checkHashtag checks the words of a hashtag whose capitals split it
// cleanly (#MardiConseil: Mardi, Conseil). A part is reported only when
// the other parts are right and the dictionary has a word very close to
// it, so that English hashtags (#MondayMotivation) and brands
// (#TikTokMadeMeBuyIt) stay silent.
func (s *speller) checkHashtag(t lint.Token) {
	body := s.pass.Doc.Text[t.Start+1 : t.End]
	if s.pass.Words.Contains(body) || s.inVocabulary(body) || strings.ContainsFunc(body, func(r rune) bool { return unicode.Is(unicode.Mn, r) }) {
		return
	}
	if _, ok := s.lookup(body); ok {
		return
	}
	parts := camelParts(body)
	if len(parts) < 2 {
		return
	}
	wrong := -1
	for k, part := range parts {
		if !unicode.IsLetter([]rune(part.text)[0]) {
			continue
		}
		if v := s.classify(part.text); v.kind != spelledRight {
			if wrong >= 0 || v.kind != misspelled {
				return
			}
			wrong = k
		}
	}
	if wrong < 0 || utf8.RuneCountInString(parts[wrong].text) < 3 {
		return
	}
	part := parts[wrong]
	list := s.suggest(part.text)
	if len(list) == 0 || list[0].Cost > slipCost || strings.ContainsAny(list[0].Word, " -") {
		return
	}
	start := t.Start + 1 + part.offset
	s.pass.Report(lint.Diagnostic{
		Span:        lint.Span{Start: start, End: start + len(part.text)},
		Message:     fmt.Sprintf("«\u00a0%s\u00a0», dans le mot-clic «\u00a0%s\u00a0», est inconnu du dictionnaire.", part.text, t.Text),
		Suggestions: suggestionWords(list, "’"),
	})
}

// slipCost bounds the cost (dictionaries.Suggestion.Cost, in tenths of
// an edit) of the suggestion that makes a hashtag's part worth reporting:
// a missing accent, a doubled or single letter, a ligature.
const slipCost = 4

// camelPart is a word of a hashtag and its byte offset in the hashtag's
// body.
type camelPart struct {
	text   string
	offset int
}

// camelParts cuts a hashtag body at its capitals and digits
// (MardiConseil2024: Mardi, Conseil, 2024; JOParis: JO, Paris). It returns
// nil when the cut is not clean: a part that is neither capitalised nor
// in capitals nor a number (only the first may be in lower case:
// mardiConseil), or a sign.
func camelParts(body string) []camelPart {
	var parts []camelPart
	runes := []rune(body)
	start, offset := 0, 0
	for i, r := range runes {
		if i > start && cutsBefore(runes, i) {
			text := string(runes[start:i])
			parts = append(parts, camelPart{text, offset})
			offset += len(text)
			start = i
		}
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			return nil
		}
	}
	parts = append(parts, camelPart{string(runes[start:]), offset})
	for k, part := range parts {
		first, _ := utf8.DecodeRuneInString(part.text)
		rest := part.text[utf8.RuneLen(first):]
		switch {
		case unicode.IsDigit(first):
		case unicode.IsUpper(first):
		case k == 0 && strings.ToLower(part.text) == part.text:
		default:
			return nil
		}
		if unicode.IsUpper(first) && strings.ToLower(rest) != rest && strings.ToUpper(rest) != rest {
			return nil
		}
	}
	return parts
}

// cutsBefore tells whether a hashtag's words change at rune i: a capital
// after a small letter or a digit, a capital followed by a small letter
// after capitals (JOParis), a digit after a letter or a letter after a
// digit.
func cutsBefore(runes []rune, i int) bool {
	prev, r := runes[i-1], runes[i]
	switch {
	case unicode.IsDigit(prev) != unicode.IsDigit(r):
		return true
	case unicode.IsUpper(r) && unicode.IsLower(prev):
		return true
	case unicode.IsUpper(r) && unicode.IsUpper(prev) && i+1 < len(runes) && unicode.IsLower(runes[i+1]):
		return true
	}
	return false
}
