package rules

import (
	"unicode"
	"unicode/utf8"

	"github.com/coquille-fr/coquille/lint"
)

// spaceAfterRule reports punctuation glued to the word after it.
func spaceAfterRule() *lint.Rule {
	return &lint.Rule{
		ID: "typography.space-after", Category: lint.Typography, Severity: lint.Error,
		Doc:      "Une espace après la virgule, le point-virgule, le deux-points, le point et les points d’exclamation, d’interrogation ou de suspension quand un mot suit directement" + nnbsp + "; les nombres, les adresses et les abréviations sont épargnés.",
		Examples: []lint.Example{{Bad: "Merci.À demain,Paul.", Good: "Merci. À demain, Paul."}},
		Check:    checkSpaceAfter,
	}
}

// checkSpaceAfter reports the signs that missingSpaceAfter finds.
func checkSpaceAfter(pass *lint.Pass) {
	eachOfKind(pass, lint.Punct, func(b *lint.Block, i int) int {
		t := b.Token(i)
		span, sure, ok := missingSpaceAfter(b, i)
		if !ok {
			return i
		}
		signs := pass.Doc.Text[span.Start:span.End]
		name := t.Text
		if span.Start != t.Start {
			name = "..."
		}
		d := lint.Diagnostic{Message: "Il faut une espace après " + signName(name) + ".",
			Span: span, Suggestions: []string{signs + " "}}
		if sure {
			d.Fix = &lint.Edit{Span: span, Text: signs + " "}
		} else {
			d.Severity = lint.Warning
		}
		pass.Report(d)
		return i
	})
}

// missingSpaceAfter tells whether the sign at i is glued to both the word
// before it and a word after it that should stand apart. It returns the
// span of the sign (a run of dots as a whole) and whether the case is
// certain; uncertain ones are warnings without a safe fix.
//
// The heuristics, to spare numbers, addresses, file names, code and
// abbreviations (false positives are worse than misses). Always: the
// words on both sides stand apart, not tied to other words by signs
// ("a,b,c", "x=1;y", "text/html;text", "&nbsp;x", "19.Jan.09", ":tada:").
// Then:
//   - , and ; before a word, a number, a mention, a hashtag, a URL or
//     code, but not between two one-letter words ("x,y"); numbers such
//     as "3,14" are single tokens already;
//   - ! and ? (the last of a run) before a capitalised word, a mention or
//     a hashtag: "Quoi?Tu";
//   - : only between a lowercase word of three letters or more and a
//     capitalised word ("programme:Musique"; not "Catégorie:Film" and
//     other wiki namespaces, "fr:Paris", "ae:fd", "12:30"), uncertain;
//   - . only before a capitalised word ("Début", not "js", "NET" or
//     "WriteLine"), after a word with no capital past its first letter, a
//     single capital ("M.Dupont", while "U.S.A." has single letters on
//     both sides) or digits ("2024.Le"), uncertain;
//   - … and a run of three dots or more after a word, before a word,
//     uncertain; two dots are left alone ("../dossier", "1..10").
func missingSpaceAfter(b *lint.Block, i int) (span lint.Span, sure, ok bool) {
	t := b.Token(i)
	p, n := wordBefore(b, i), b.Next(i)
	if t.Kind != lint.Punct || p < 0 || n < 0 || b.Kind(n) == lint.Space {
		return lint.Span{}, false, false
	}
	prev, next := b.Token(p), b.Token(n)
	if !apartAfter(b, n) {
		return lint.Span{}, false, false
	}
	span = t.Span()
	switch t.Text {
	case ",", ";":
		ok = gluesBefore(b, p) && startsWord(next) &&
			!(oneRune(prev.Text) && oneRune(next.Text)) && !isSmiley(b, i)
		sure = true
	case "!", "?":
		first := i
		for glued(b, first-1) && (b.Is(first-1, "!") || b.Is(first-1, "?")) {
			first--
		}
		pf := wordBefore(b, first)
		ok = pf >= 0 && gluesBefore(b, pf) && (capitalWord(next) || next.Kind == lint.Mention || next.Kind == lint.Hashtag)
		sure = true
	case ":":
		ok = prev.Kind == lint.Word && isLower(prev.Text) && utf8.RuneCountInString(prev.Text) >= 3 &&
			next.Kind == lint.Word && isCapitalized(next.Text) && apartBefore(b, p)
	case ".":
		first := i
		for glued(b, first-1) && b.Is(first-1, ".") {
			first--
		}
		if first < i-1 {
			pf := b.Prev(first)
			ok = pf >= 0 && gluesBefore(b, pf) &&
				next.Kind == lint.Word && isLetters(next.Text)
			span.Start = b.Span(first).Start
			break
		}
		if first < i {
			break // ".." as in "../dossier" or "a..b"
		}
		ok = next.Kind == lint.Word && isCapitalized(next.Text) && endsSentence(prev) && gluesBefore(b, p)
	case "…":
		ok = gluesBefore(b, p) && next.Kind == lint.Word && isLetters(next.Text)
	}
	return span, sure, ok
}

// wordBefore returns the index of the token before token k, past a
// no-break space, or -1: after an ordinary space, a sign glued to the next
// word may be code (":param", "!important"); after a no-break space, it is
// French punctuation.
func wordBefore(b *lint.Block, k int) int {
	p := b.Prev(k)
	if p < 0 || b.Kind(p) != lint.Space {
		return p
	}
	if s := lint.SpacingOf(b.Text(p)); s != lint.NoBreak && s != lint.NarrowNoBreak || b.Span(p).End != b.Span(k).Start {
		return -1
	}
	return b.Prev(p)
}

// startsWord tells whether t can start the word after a comma: a word of
// letters (not "iso9660"), a number, a mention, a hashtag, a URL or code.
func startsWord(t lint.Token) bool {
	switch t.Kind {
	case lint.Word:
		return isLetters(t.Text)
	case lint.Number, lint.Mention, lint.Hashtag, lint.Opaque, lint.URL, lint.Email:
		return true
	}
	return false
}

// capitalWord tells whether t is a word that starts with a capital.
func capitalWord(t lint.Token) bool {
	return t.Kind == lint.Word && startsUpperCase(t.Text)
}

// endsSentence tells whether a full stop glued after t and before a
// capitalised word is likely a missing space: t is a word with no capital
// past its first letter ("fin", "Paris"), a single capital ("M.Dupont"),
// or digits ("2024.Le").
func endsSentence(t lint.Token) bool {
	switch t.Kind {
	case lint.Word:
		if oneRune(t.Text) {
			r, _ := utf8.DecodeRuneInString(t.Text)
			return unicode.IsUpper(r)
		}
		return hasLowerTail(t.Text)
	case lint.Number:
		return allDigits(t.Text)
	}
	return false
}

// isLetters tells whether s has only letters and apostrophes.
func isLetters(s string) bool {
	for _, r := range s {
		if !unicode.IsLetter(r) && r != '’' && r != '\'' {
			return false
		}
	}
	return s != ""
}

// isCapitalized tells whether s is a capital letter followed by at least
// one lowercase letter and nothing else: "Début", not "D", "DVD" or "WriteLine".
func isCapitalized(s string) bool {
	r, size := utf8.DecodeRuneInString(s)
	if !unicode.IsUpper(r) || size == len(s) {
		return false
	}
	for _, r := range s[size:] {
		if !unicode.IsLower(r) {
			return false
		}
	}
	return true
}

// hasLowerTail tells whether s is letters with no capital after its first
// rune: "fin", "Paris", "aujourd’hui".
func hasLowerTail(s string) bool {
	if !isLetters(s) {
		return false
	}
	_, size := utf8.DecodeRuneInString(s)
	for _, r := range s[size:] {
		if unicode.IsUpper(r) {
			return false
		}
	}
	return true
}

// isLower tells whether s has only lowercase letters.
func isLower(s string) bool {
	for _, r := range s {
		if !unicode.IsLower(r) {
			return false
		}
	}
	return s != ""
}

// oneRune tells whether s is a single character.
func oneRune(s string) bool {
	_, size := utf8.DecodeRuneInString(s)
	return size == len(s)
}
