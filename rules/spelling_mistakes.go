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
	keys := mistakeKeys(p.Doc)
	starts := mistakeStarts(keys, list)
	if starts == nil {
		return
	}
	var s *speller // made for the first one-word mistake
	for bi := range p.Doc.Blocks {
		toks := &p.Doc.Blocks[bi]
		for i := 0; i < toks.Len(); i++ {
			if f := toks.Form(i); f < 0 || !starts[f] || toks.Kind(i) != lint.Word {
				continue
			}
			m, span, last, ok := findMistake(p.Doc.Text, list, keys, toks, i)
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

// mistakeKeys returns the forms of the document (see lint.Document.Form)
// as the list of mistakes writes its words: in lower case, with ASCII
// apostrophes.
func mistakeKeys(doc *lint.Document) []string {
	keys := make([]string, doc.NumForms())
	for f := range keys {
		keys[f] = asciiApostrophes(doc.LowerForm(f))
	}
	return keys
}

// mistakeStarts tells, for each form, whether an entry of the list may
// start with it, as findMistake looks it up; nil when none may. Keys are
// what mistakeKeys returns.
func mistakeStarts(keys []string, list *dictionaries.MistakeList) []bool {
	starts := make([]bool, len(keys))
	any := false
	for f, key := range keys {
		ok := len(list.Starting(key)) > 0
		if !ok {
			if rest, elided := cutElision(key); elided {
				ok = len(list.Starting(rest)) > 0
			}
		}
		starts[f] = ok
		any = any || ok
	}
	if !any {
		return nil
	}
	return starts
}

// findMistake looks for an entry of the list that starts at Word token i,
// or right after its elided word (j’envoierai), longest first. It returns
// the entry, its span and its last token.
func findMistake(text string, list *dictionaries.MistakeList, keys []string, toks *lint.Block, i int) (*dictionaries.Mistake, lint.Span, int, bool) {
	key := keys[toks.Form(i)]
	start := toks.Span(i).Start
	entries := list.Starting(key)
	if len(entries) == 0 {
		rest, ok := cutElision(key)
		if !ok {
			return nil, lint.Span{}, 0, false
		}
		entries = list.Starting(rest)
		start += elidedLen(text[toks.Span(i).Start:toks.Span(i).End], 1)
	}
	for _, m := range entries {
		if last, ok := matchMistake(m, keys, toks, i); ok && !insideCompound(toks, i, last) && !inCode(toks, i, last) {
			return m, lint.Span{Start: start, End: toks.Span(last).End}, last, true
		}
	}
	return nil, lint.Span{}, 0, false
}

// matchMistake matches the words of m after the first one from token i
// on, and returns the index of the last token matched.
func matchMistake(m *dictionaries.Mistake, keys []string, toks *lint.Block, i int) (int, bool) {
	j := i
	for k, word := range m.Words[1:] {
		if j+2 >= toks.Len() || toks.Kind(j+2) != lint.Word || keys[toks.Form(j+2)] != word {
			return 0, false
		}
		switch m.Joiners[k] {
		case ' ':
			if toks.Kind(j+1) != lint.Space || strings.Count(toks.Text(j+1), "\n") > 1 {
				return 0, false
			}
		default:
			if !isHyphenAt(toks, j+1) || !touch(toks, j) || !touch(toks, j+1) {
				return 0, false
			}
		}
		j += 2
	}
	return j, true
}

// insideCompound tells whether tokens first..last are glued by hyphens to
// a longer compound ("celui là-bas" does not hold "celui là").
func insideCompound(toks *lint.Block, first, last int) bool {
	before := first >= 2 && isHyphen(toks.Token(first-1)) && toks.Span(first-1).End == toks.Span(first).Start && toks.Span(first-2).End == toks.Span(first-1).Start
	after := last+2 < toks.Len() && isHyphen(toks.Token(last+1)) && toks.Span(last).End == toks.Span(last+1).Start && toks.Span(last+1).End == toks.Span(last+2).Start
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
