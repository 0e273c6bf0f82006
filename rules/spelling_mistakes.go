package rules

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/coquille-fr/coquille/dictionaries"
	"github.com/coquille-fr/coquille/lint"
)

// checkCommonMistakes reports the entries of the list of classic mistakes
// (dictionaries.Mistakes): misspelled words (parmis) and wrong phrases
// (au jour d’aujourd’hui), with a safe fix when the correction is
// certain; an entry whose correction depends on the sense is a warning.
// The spelling.dictionary rule leaves these words alone.
func checkCommonMistakes(p *lint.Pass) {
	list := dictionaries.Mistakes()
	var s *speller // made for the first one-word mistake
	for bi := range p.Doc.Blocks {
		toks := p.Doc.Blocks[bi].Tokens
		for i := 0; i < len(toks); i++ {
			if toks[i].Kind != lint.Word {
				continue
			}
			m, span, last, ok := findMistake(p.Doc.Text, list, toks, i)
			if !ok {
				continue
			}
			if len(m.Words) == 1 {
				if s == nil {
					s = newSpeller(p)
				}
				if s.inForeignPhrase(toks, i, last) {
					continue // "General Public License", "Development Kit": English
				}
			}
			reportMistake(p, m, span)
			i = last
		}
	}
}

// findMistake looks for an entry of the list that starts at Word token i,
// or right after its elided word (j’envoierai), longest first. It returns
// the entry, its span and its last token.
func findMistake(text string, list *dictionaries.MistakeList, toks []lint.Token, i int) (*dictionaries.Mistake, lint.Span, int, bool) {
	key := strings.ToLower(asciiApostrophes(toks[i].Text))
	start := toks[i].Start
	entries := list.Starting(key)
	if len(entries) == 0 {
		rest, ok := cutElision(key)
		if !ok {
			return nil, lint.Span{}, 0, false
		}
		entries = list.Starting(rest)
		start += elidedLen(text[toks[i].Start:toks[i].End], 1)
	}
	for _, m := range entries {
		if last, ok := matchMistake(m, toks, i); ok && !insideCompound(toks, i, last) && !inCode(toks, i, last) {
			return m, lint.Span{Start: start, End: toks[last].End}, last, true
		}
	}
	return nil, lint.Span{}, 0, false
}

// matchMistake matches the words of m after the first one from token i
// on, and returns the index of the last token matched.
func matchMistake(m *dictionaries.Mistake, toks []lint.Token, i int) (int, bool) {
	j := i
	for k, word := range m.Words[1:] {
		if j+2 >= len(toks) {
			return 0, false
		}
		sep, next := toks[j+1], toks[j+2]
		switch m.Joiners[k] {
		case ' ':
			if sep.Kind != lint.Space || strings.Count(sep.Text, "\n") > 1 {
				return 0, false
			}
		default:
			if !isHyphen(sep) || sep.Start != toks[j].End || next.Start != sep.End {
				return 0, false
			}
		}
		if next.Kind != lint.Word || strings.ToLower(asciiApostrophes(next.Text)) != word {
			return 0, false
		}
		j += 2
	}
	return j, true
}

// insideCompound tells whether tokens first..last are glued by hyphens to
// a longer compound ("celui là-bas" does not hold "celui là").
func insideCompound(toks []lint.Token, first, last int) bool {
	before := first >= 2 && isHyphen(toks[first-1]) && toks[first-1].End == toks[first].Start && toks[first-2].End == toks[first-1].Start
	after := last+2 < len(toks) && isHyphen(toks[last+1]) && toks[last].End == toks[last+1].Start && toks[last+1].End == toks[last+2].Start
	return before || after
}

// reportMistake reports an entry of the list found on span.
func reportMistake(p *lint.Pass, m *dictionaries.Mistake, span lint.Span) {
	written := p.Doc.Text[span.Start:span.End]
	apostrophe := apostropheFor(p, written)
	corrections := make([]string, len(m.Corrections))
	quoted := make([]string, len(m.Corrections))
	for k, c := range m.Corrections {
		corrections[k] = withCaseOf(written, strings.ReplaceAll(c, "'", apostrophe))
		quoted[k] = "«\u00a0" + corrections[k] + "\u00a0»"
	}
	alternatives := quoted[0]
	if n := len(quoted); n > 1 {
		alternatives = strings.Join(quoted[:n-1], ", ") + " ou " + quoted[n-1]
	}
	var message string
	if m.Safe {
		message = fmt.Sprintf("«\u00a0%s\u00a0» s’écrit %s.", written, alternatives)
	} else {
		message = fmt.Sprintf("«\u00a0%s\u00a0»\u00a0: vouliez-vous écrire %s\u202f?", written, alternatives)
	}
	if m.Note != "" {
		message += " " + m.Note
	}
	d := lint.Diagnostic{Span: span, Message: message, Suggestions: corrections, Severity: lint.Warning}
	if m.Safe {
		d.Fix = &lint.Edit{Span: span, Text: corrections[0]}
		d.Severity = p.Rule.Severity
	}
	p.Report(d)
}

// withCaseOf gives a correction the case of the text it replaces:
// capitalised (Parmis: Parmi) or in capitals (PARMIS: PARMI).
func withCaseOf(written, correction string) string {
	first, _ := utf8.DecodeRuneInString(written)
	if !unicode.IsUpper(first) {
		return correction
	}
	if letters := strings.Map(keepLetter, written); utf8.RuneCountInString(letters) > 1 && strings.ToUpper(letters) == letters {
		return strings.ToUpper(correction)
	}
	r, n := utf8.DecodeRuneInString(correction)
	return string(unicode.ToUpper(r)) + correction[n:]
}

// keepLetter is a strings.Map function that keeps only letters.
func keepLetter(r rune) rune {
	if unicode.IsLetter(r) {
		return r
	}
	return -1
}
