package rules

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/coquille-fr/coquille/dictionaries"
	"github.com/coquille-fr/coquille/lint"
)

// shoutingRule reports words written in capitals.
func shoutingRule() *lint.Rule {
	return &lint.Rule{
		ID: "tone.shouting", Category: lint.Tone, Severity: lint.Warning,
		Doc: fmt.Sprintf("Les mots en capitales («\u00a0VENEZ NOMBREUX\u00a0») se lisent comme des cris, et les lecteurs d’écran les épellent parfois. "+
			"Les sigles (SNCF, PME, ONU), les chiffres romains et les mots acceptés ne comptent pas\u00a0; tone.shouting-words règle le nombre "+
			"de mots en capitales à la suite qui est signalé (%d par défaut, 1 pour signaler chaque mot).", lint.DefaultShoutingWords),
		Examples: []lint.Example{{Bad: "VENEZ NOMBREUX à l’atelier de la SNCF.", Good: "Venez nombreux à l’atelier de la SNCF."}},
		Check:    checkShouting,
	}
}

// capsKind classifies a token for the shouting rule.
type capsKind uint8

const (
	notCaps  capsKind = iota // anything else: it ends a run of capitals
	capsJoin                 // a space or a sign between words in capitals
	capsKeep                 // a word in capitals that does not shout: SNCF, XIV, À
	capsLoud                 // a French word in capitals: VENEZ
)

// checkShouting reports runs of words in capitals holding at least the
// configured number of shouted words.
func checkShouting(p *lint.Pass) {
	threshold := p.Tone.Shouting()
	// the kinds of the words: a text without a shouted word is left at once
	words := make([]capsKind, p.Doc.NumForms())
	loudWords := false
	for f := range words {
		words[f] = capsKindOf(p, lint.Word, p.Doc.Form(f))
		loudWords = loudWords || words[f] == capsLoud
	}
	if !loudWords {
		return
	}
	kindOf := func(b *lint.Block, i int) capsKind {
		switch k := b.Kind(i); k {
		case lint.Markup:
			return capsJoin
		case lint.Word:
			return words[b.Form(i)]
		case lint.Space, lint.Punct:
			return capsKindOf(p, k, b.Text(i))
		}
		return notCaps
	}
	for bi := range p.Doc.Blocks {
		b := &p.Doc.Blocks[bi]
		first, last, loud := -1, -1, 0
		flush := func() {
			if loud >= threshold {
				first, last = widenShouting(p, b, first, last)
			}
			if loud >= threshold && !capsInCode(b, first, last) {
				reportShouting(p, b, first, last)
			}
			first, last, loud = -1, -1, 0
		}
		for i := range b.Len() {
			switch kindOf(b, i) {
			case capsLoud:
				if first < 0 {
					first = i
				}
				// the parts of a compound make one word: SOUS-TOTAUX
				if last < 0 || !b.Is(i-1, "-") {
					loud++
				}
				last = i
			case notCaps:
				flush()
			}
		}
		flush()
	}
}

// capsKindOf classifies a token. A word in capitals shouts when it is a
// French word in lower case and not an acronym: the dictionary knows the
// acronyms in capitals (SNCF, ONU, TGV), tone/acronyms.txt those that are
// also words (RAID, PIN).
func capsKindOf(p *lint.Pass, kind lint.TokenKind, text string) capsKind {
	switch kind {
	case lint.Space:
		if strings.Count(text, "\n") > 1 {
			return notCaps
		}
		return capsJoin
	case lint.Markup:
		return capsJoin
	case lint.Punct:
		if text == "-" || text == "'" || text == "’" {
			return capsJoin
		}
		return notCaps
	case lint.Word:
	default:
		return notCaps
	}
	// most words end in lower case: one byte or one rune tells
	if c := text[len(text)-1]; c >= 'a' && c <= 'z' {
		return notCaps
	}
	if r, _ := utf8.DecodeLastRuneInString(text); !unicode.IsUpper(r) {
		return notCaps
	}
	word := text[afterElision(text):]
	if r, _ := utf8.DecodeRuneInString(word); !unicode.IsUpper(r) || caseOf(word) != upperCase {
		return notCaps
	}
	if countLetters(word) < 2 || strings.ContainsAny(word, "0123456789") ||
		isRomanNumeral(word) || dictionaries.IsAcronym(word) ||
		p.Words.Contains(text) || p.Tone.Accepts(lint.ToneKey(text)) {
		return capsKeep
	}
	if dictionaries.Default().Contains(word) {
		return capsKeep
	}
	if isCommonWord(strings.ReplaceAll(strings.ToLower(text), "’", "'")) || isCommonWord(strings.ToLower(word)) {
		return capsLoud
	}
	return capsKeep // a name, an acronym or a word the dictionary does not know
}

// widenShouting widens a run of shouted words, from first to last, to
// the words in capitals around it that are common words too: in "ET JE
// SUIS LE TEST", "ET" (an acronym, E.T.) does not shout, but is part of
// the run.
func widenShouting(p *lint.Pass, b *lint.Block, first, last int) (int, int) {
	edge := first
	for i := first - 1; i >= 0; i-- {
		k := capsKindOf(p, b.Kind(i), b.Text(i))
		if k == notCaps || k == capsKeep && !lowerInSuggestion(p, b.Token(i)) {
			break
		}
		if k == capsKeep {
			edge = i
		}
	}
	first, edge = edge, last
	for i := last + 1; i < b.Len(); i++ {
		k := capsKindOf(p, b.Kind(i), b.Text(i))
		if k == notCaps || k == capsKeep && !lowerInSuggestion(p, b.Token(i)) {
			break
		}
		if k == capsKeep {
			edge = i
		}
	}
	return first, edge
}

// isCommonWord tells whether the dictionary knows a lower-case word as
// something else than a symbol or a proper noun ("http" is a symbol).
func isCommonWord(word string) bool {
	e, ok := dictionaries.Default().Lookup(word)
	return ok && e.Tags.Any(dictionaries.POSMask&^(dictionaries.Symbol|dictionaries.ProperNoun))
}

// capsInCode tells whether the tokens first to last of a block are glued to
// a sign of code or of a name: "<OPTION VALUE=", "ORIGINE.DETERMAT".
func capsInCode(b *lint.Block, first, last int) bool {
	const code = "./\\_=@:~#<>[]{}$%*+|"
	if first > 0 {
		if t := b.Token(first - 1); t.Kind == lint.Word || (t.Kind == lint.Punct || t.Kind == lint.Symbol) && strings.Contains(code, t.Text) {
			return true
		}
	}
	if last+1 < b.Len() {
		t := b.Token(last + 1)
		if t.Kind == lint.Word || (t.Kind == lint.Punct || t.Kind == lint.Symbol) && strings.Contains(code, t.Text) && t.Text != "." {
			return true
		}
		if t.Is(".") && last+2 < b.Len() && b.Token(last+2).IsWordLike() {
			return true
		}
	}
	return false
}

// lowerInSuggestion tells whether a word in capitals of a shouted run is
// written in lower case in the suggestion: the shouted words, and those
// acronyms that are also common words ("ET", "CE"), but not the other
// acronyms ("SNCF"), the listed ones ("RAID") and Roman numerals.
func lowerInSuggestion(p *lint.Pass, t lint.Token) bool {
	word := t.Text[afterElision(t.Text):]
	return capsKindOf(p, t.Kind, t.Text) == capsLoud || !isRomanNumeral(word) && !dictionaries.IsAcronym(word) &&
		!p.Words.Contains(t.Text) && isCommonWord(strings.ToLower(word))
}

// maxShoutingSuggestion bounds the length in bytes of a shouted run that
// gets a suggestion: rewriting a whole page in lower case is no help.
const maxShoutingSuggestion = 400

// reportShouting reports the tokens first to last of a block, with the
// words in lower case as the suggestion: acronyms stay as written, and a
// run that opens a sentence keeps its first capital.
func reportShouting(p *lint.Pass, b *lint.Block, first, last int) {
	span := lint.Span{Start: b.Span(first).Start, End: b.Span(last).End}
	d := lint.Diagnostic{
		Message: "Mots en capitales\u00a0: ils se lisent comme des cris, et les lecteurs d’écran les épellent parfois\u00a0; " +
			"écrivez-les en minuscules et mettez l’accent autrement (une phrase courte, un émoji).",
		Span: span,
	}
	if span.End-span.Start <= maxShoutingSuggestion {
		d.Suggestions = []string{lowerCaseRun(p, b, first, last)}
	}
	p.Report(d)
}

// lowerCaseRun returns the suggestion for a shouted run.
func lowerCaseRun(p *lint.Pass, b *lint.Block, first, last int) string {
	var s strings.Builder
	for i := first; i <= last; i++ {
		t := b.Token(i)
		text := p.Doc.Text[t.Start:t.End]
		if t.Kind == lint.Word && lowerInSuggestion(p, t) || countLetters(text) < 2 {
			text = strings.ToLower(text)
		}
		s.WriteString(text)
	}
	suggestion := s.String()
	if atSentenceStart(b, first) {
		suggestion = withCase(suggestion, titleCase)
	}
	return suggestion
}
