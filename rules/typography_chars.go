package rules

import (
	"strings"

	"github.com/coquille-fr/coquille/lint"
)

// charRules returns the typography rules on single characters: ellipsis,
// quotation marks, apostrophes and ordinal abbreviations.
func charRules() []*lint.Rule {
	return []*lint.Rule{
		{
			ID: "typography.ellipsis", Category: lint.Typography, Severity: lint.Warning,
			Doc:      "Trois points à la suite s’écrivent avec le caractère «\u00a0…\u00a0», et «\u00a0etc.\u00a0» ne prend pas de points de suspension.",
			Examples: []lint.Example{{Bad: "Et puis...", Good: "Et puis…"}},
			Check:    checkEllipsis,
		},
		{
			ID: "typography.straight-quotes", Category: lint.Typography, Severity: lint.Warning,
			Doc:      "Les guillemets droits \" sont remplacés par les guillemets français «\u00a0…\u00a0», ou par les guillemets anglais “…” à l’intérieur d’une citation.",
			Examples: []lint.Example{{Bad: "Le mot \"coquille\" vient de l’imprimerie.", Good: "Le mot «\u00a0coquille\u00a0» vient de l’imprimerie."}},
			Check:    func(p *lint.Pass) { checkQuotes(p, straightQuotes) },
		},
		{
			ID: "typography.english-quotes", Category: lint.Typography, Severity: lint.Info,
			Doc:      "Les guillemets anglais “…” sont réservés aux citations dans une citation\u00a0; ailleurs, on emploie les guillemets français «\u00a0…\u00a0».",
			Examples: []lint.Example{{Bad: "Le mot “coquille” vient de l’imprimerie.", Good: "Le mot «\u00a0coquille\u00a0» vient de l’imprimerie."}},
			Check:    func(p *lint.Pass) { checkQuotes(p, englishQuotes) },
		},
		{
			ID: "typography.apostrophe", Category: lint.Typography, Severity: lint.Info,
			Doc:      "L’apostrophe suit le style du profil\u00a0: courbe (’) en typographie soignée, ou droite (') si le profil le demande.",
			Examples: []lint.Example{{Bad: "L'été arrive.", Good: "L’été arrive."}},
			Check:    checkApostrophe,
		},
		{
			ID: "typography.ordinal", Category: lint.Typography, Severity: lint.Error,
			Doc:      "Les ordinaux abrégés s’écrivent «\u00a02e\u00a0», «\u00a01er\u00a0», «\u00a01re\u00a0», «\u00a0XXIe\u00a0», et non «\u00a02ème\u00a0» ou «\u00a01ère\u00a0».",
			Examples: []lint.Example{{Bad: "Le 2ème épisode sort demain.", Good: "Le 2e épisode sort demain."}},
			Check:    checkOrdinal,
		},
	}
}

// checkEllipsis reports runs of exactly three full stops in prose, and
// any dots after "etc".
func checkEllipsis(p *lint.Pass) {
	// full stops and ellipses are punctuation
	eachOfKind(p, lint.Punct, func(toks *lint.Block, i int) int {
		if !toks.Is(i, ".") && !toks.Is(i, "…") {
			return i
		}
		// tokens of a block are contiguous: a run of dot tokens is a
		// run of dots in the text
		j := i + 1
		for j < toks.Len() && (toks.Is(j, ".") || toks.Is(j, "…")) {
			j++
		}
		span := lint.Span{Start: toks.Span(i).Start, End: toks.Span(j - 1).End}
		run := p.Doc.Text[span.Start:span.End]
		switch {
		case i > 0 && toks.Kind(i-1) == lint.Word && strings.EqualFold(toks.Text(i-1), "etc"):
			if run != "." {
				p.Replace(span, "«\u00a0etc.\u00a0» se termine par un seul point, sans points de suspension.", ".", true)
			}
		case run == "..." && (i == 0 || proseAround(toks.Token(i-1))) && (j == toks.Len() || proseAround(toks.Token(j))):
			// between two words ("Do...Loop", "bon...on") a space may
			// be missing, or it is code: no safe fix
			safe := i == 0 || j == toks.Len() || !toks.Token(i-1).IsWordLike() || !toks.Token(j).IsWordLike()
			p.Replace(span, "Points de suspension\u00a0: écrivez le caractère «\u00a0…\u00a0» plutôt que trois points.", "…", safe)
		}
		return j - 1
	})
}

// proseAround tells whether a token glued to three dots leaves them in
// prose; signs such as ";", "=", "&" or "*" make them code or a pattern
// ("a;...;z", "&...", ".*...*").
func proseAround(t lint.Token) bool {
	switch t.Kind {
	case lint.Punct:
		return strings.Contains("?!,()[]«»\"“”'’", t.Text)
	case lint.Symbol:
		return false
	}
	return true
}

// quoteStyle names the quotation marks checkQuotes looks for.
type quoteStyle int

const (
	straightQuotes quoteStyle = iota // " used for both sides
	englishQuotes                    // “ and ”
)

// quoteSide is the side of a quotation a quotation mark stands on.
type quoteSide int

const (
	eitherSide quoteSide = iota
	openingSide
	closingSide
)

// quoteMark is a quotation mark found in a block.
type quoteMark struct {
	tok     int       // token index
	side    quoteSide // side told by the mark itself or its neighbours
	nested  bool      // inside « »
	code    bool      // glued to signs of code: f("x"), "a"&"b", {"k"}
	safe    bool      // the pairing is certain
	partner int       // index of the other mark of the pair, or -1
}

// checkQuotes reports straight or English quotation marks when the
// profile wants guillemets.
func checkQuotes(p *lint.Pass, style quoteStyle) {
	if !p.Profile.Guillemets {
		return
	}
	for bi := range p.Doc.Blocks {
		b := &p.Doc.Blocks[bi]
		marks := findQuoteMarks(b, style)
		pairQuotes(marks)
		for _, m := range marks {
			if !m.code && (m.partner < 0 || !marks[m.partner].code) {
				reportQuote(p, b, m, style)
			}
		}
	}
}

// pairQuotes gives the marks of a block their sides. When the marks are
// balanced and each stands on the side its rank gives it, they pair in
// order and all fixes are safe. Otherwise an opening mark pairs with the
// next mark that does not open, and only pairs whose two sides are clear
// from their neighbours are safe.
func pairQuotes(marks []quoteMark) {
	balanced := len(marks)%2 == 0
	for k, m := range marks {
		if m.side != eitherSide && m.side != rankSide(k) {
			balanced = false
		}
	}
	if balanced {
		for k := range marks {
			m := &marks[k]
			m.side, m.nested, m.safe, m.partner = rankSide(k), marks[k-k%2].nested, true, k^1
		}
		return
	}
	pending := -1
	for k := range marks {
		m := &marks[k]
		switch {
		case pending >= 0 && m.side != openingSide:
			o := &marks[pending]
			o.safe = o.side == openingSide && m.side == closingSide
			m.safe = o.safe
			o.side, m.side, m.nested = openingSide, closingSide, o.nested
			o.partner, m.partner = k, pending
			pending = -1
		case m.side != closingSide:
			pending = k
		}
	}
}

// rankSide is the side of the k-th mark of a block in a balanced text.
func rankSide(k int) quoteSide {
	if k%2 == 0 {
		return openingSide
	}
	return closingSide
}

// findQuoteMarks lists the quotation marks of a block to report. Straight
// marks glued after a number are inch or second signs (27", 5'30"),
// unless they close a quotation left open. English marks inside « » are
// the right second-level quotes and are left out.
func findQuoteMarks(b *lint.Block, style quoteStyle) []quoteMark {
	var marks []quoteMark
	depth := 0
	for i := range b.Len() {
		if b.Kind(i) != lint.Punct {
			continue
		}
		t := b.Token(i)
		switch t.Text {
		case "«":
			depth++
		case "»":
			depth = max(depth-1, 0)
		case "\"":
			if style != straightQuotes {
				continue
			}
			if i > 0 && b.Kind(i-1) == lint.Number {
				open := len(marks)%2 == 1
				if !open || strings.ContainsAny(b.Text(i-1), "'’") {
					continue
				}
			}
			marks = append(marks, quoteMark{tok: i, side: quoteSideOf(b, i), nested: depth > 0, code: isCodeQuote(b, i), partner: -1})
		case "“", "”":
			if style != englishQuotes || depth > 0 {
				continue
			}
			side := quoteSideOf(b, i) // some write ”…” or “…“
			if side == eitherSide {
				side = openingSide
				if t.Text == "”" {
					side = closingSide
				}
			}
			marks = append(marks, quoteMark{tok: i, side: side, code: isCodeQuote(b, i), partner: -1})
		}
	}
	return marks
}

// isCodeQuote tells whether the quotation mark at token i is glued to a
// sign of code, or opens the argument of a function: INDIRECT("A"&B1).
func isCodeQuote(b *lint.Block, i int) bool {
	codeSign := func(t lint.Token) bool {
		return t.Kind == lint.Symbol || t.Kind == lint.Punct && strings.Contains("{}&*\\#", t.Text)
	}
	if i > 0 && codeSign(b.Token(i-1)) || i+1 < b.Len() && codeSign(b.Token(i+1)) {
		return true
	}
	return i > 1 && b.Is(i-1, "(") && (b.Kind(i-2) == lint.Word || b.Kind(i-2) == lint.Number)
}

// quoteSideOf tells the side of a quotation mark from its
// neighbours: after a space or an opening sign and before a word, it
// opens; after a word and before a space or a closing sign, it closes.
func quoteSideOf(b *lint.Block, i int) quoteSide {
	prev, next := b.Prev(i), b.Next(i)
	leftOpen := prev < 0 || b.Kind(prev) == lint.Space ||
		b.Kind(prev) == lint.Punct && strings.Contains("([{«“‘'’—–-/", b.Text(prev))
	rightOpen := next < 0 || b.Kind(next) == lint.Space ||
		b.Kind(next) == lint.Punct && strings.Contains(",.;:!?)]}…»", b.Text(next))
	switch {
	case leftOpen && !rightOpen:
		return openingSide
	case !leftOpen && rightOpen:
		return closingSide
	case !leftOpen:
		switch b.Kind(next) {
		case lint.Punct, lint.Symbol, lint.Emoji:
			return closingSide
		}
	}
	return eitherSide
}

// reportQuote reports a mark. The span takes in the space inside the
// quotation, if any, since the replacement brings the space the profile
// wants. A mark whose side is unknown gets no suggestion.
func reportQuote(p *lint.Pass, b *lint.Block, m quoteMark, style quoteStyle) {
	i, nested := m.tok, m.nested
	span := b.Span(i)
	inside := p.Profile.Want(lint.InsideGuillemets).Text()
	var repl string
	switch m.side {
	case openingSide:
		if i+1 < b.Len() && isInlineSpace(b.Token(i+1)) {
			span.End = b.Span(i + 1).End
		}
		repl = "«" + inside
		if nested {
			repl = "“"
		}
	case closingSide:
		if i > 0 && isInlineSpace(b.Token(i-1)) {
			span.Start = b.Span(i - 1).Start
		}
		repl = inside + "»"
		if nested {
			repl = "”"
		}
	}
	d := lint.Diagnostic{Span: span}
	switch {
	case style == englishQuotes:
		d.Message = "Guillemets anglais\u00a0: en français, employez les guillemets «\u00a0…\u00a0»\u00a0; les guillemets “…” servent aux citations dans une citation."
	case nested:
		d.Message = "Guillemets droits dans une citation\u00a0: employez les guillemets anglais “…”."
	default:
		d.Message = "Guillemets droits\u00a0: en français, employez les guillemets «\u00a0…\u00a0»."
	}
	if repl != "" {
		d.Suggestions = []string{repl}
		if m.safe {
			d.Fix = &lint.Edit{Span: span, Text: repl}
		}
	}
	p.Report(d)
}

// isInlineSpace tells whether t is white space within a line.
func isInlineSpace(t lint.Token) bool {
	return t.Kind == lint.Space && !t.IsLineBreak()
}

// checkApostrophe reports the apostrophes that do not follow the
// profile's style: those inside words, and those that end an elided word
// before a space or a sign ("l' ami"). Single quotation marks around a
// word are not apostrophes and are left alone.
func checkApostrophe(p *lint.Pass) {
	var wrong, right, msg string
	switch p.Profile.Apostrophe {
	case lint.TypographicApostrophe:
		wrong, right = "'", "’"
		msg = "Apostrophe droite\u00a0: en typographie soignée, écrivez l’apostrophe courbe «\u00a0’\u00a0»."
	case lint.StraightApostrophe:
		wrong, right = "’", "'"
		msg = "Apostrophe courbe\u00a0: le profil demande l’apostrophe droite «\u00a0'\u00a0»."
	default:
		return
	}
	// NFC leaves apostrophes alone: a form holds one when its bytes do.
	holds := make([]bool, p.Doc.NumForms())
	for f := range holds {
		holds[f] = strings.Contains(p.Doc.Form(f), wrong)
	}
	for bi := range p.Doc.Blocks {
		toks := &p.Doc.Blocks[bi]
		for i := range toks.Len() {
			switch k := toks.Kind(i); {
			case k == lint.Word && !holds[toks.Form(i)], k != lint.Word && k != lint.Punct:
				continue
			}
			t := toks.Token(i)
			switch {
			case t.Kind == lint.Word:
				// positions come from the original bytes, not the NFC text
				text := p.Doc.Text[t.Start:t.End]
				for at := 0; ; {
					k := strings.Index(text[at:], wrong)
					if k < 0 {
						break
					}
					at += k
					p.Replace(lint.Span{Start: t.Start + at, End: t.Start + at + len(wrong)}, msg, right, true)
					at += len(wrong)
				}
			case t.Kind == lint.Punct && t.Text == wrong && endsElision(toks, i):
				p.Replace(t.Span(), msg, right, true)
			}
		}
	}
}

// elidedWords are the words that end with an apostrophe when elided.
var elidedWords = map[string]bool{
	"c": true, "ç": true, "d": true, "j": true, "l": true, "m": true, "n": true,
	"s": true, "t": true, "qu": true, "jusqu": true, "lorsqu": true,
	"puisqu": true, "quoiqu": true, "presqu": true, "quelqu": true,
}

// endsElision tells whether the apostrophe token i ends an elided word,
// as in "l' ami", and is not the closing quote of a quoted letter ('l').
func endsElision(toks *lint.Block, i int) bool {
	if i == 0 || toks.Kind(i-1) != lint.Word || !elidedWords[strings.ToLower(toks.Text(i-1))] {
		return false
	}
	return i < 2 || toks.Kind(i-2) != lint.Punct || !strings.Contains("'‘’", toks.Text(i-2))
}

// Ordinal suffixes written wrong, lowercased, with their right form.
var (
	wrongOrdinals = map[string]string{
		"ème": "e", "ième": "e", "ieme": "e", "eme": "e", "éme": "e", "è": "e",
		"èmes": "es", "ièmes": "es", "iemes": "es", "emes": "es", "émes": "es",
	}
	wrongFirstOrdinals = map[string]string{
		"ère": "re", "ere": "re", "ière": "re", "iere": "re", "ére": "re",
		"ères": "res", "eres": "res", "ières": "res", "ieres": "res", "éres": "res",
		"ier": "er", "iers": "ers",
	}
)

// checkOrdinal reports ordinal abbreviations such as "2ème", "1ère" or
// "XXIème", in numbers and in Roman numerals.
func checkOrdinal(p *lint.Pass) {
	eachOfKind(p, lint.Number, func(b *lint.Block, i int) int {
		t := b.Token(i)
		n := 0
		for n < len(t.Text) && t.Text[n] >= '0' && t.Text[n] <= '9' {
			n++
		}
		reportOrdinal(p, t, correctOrdinal(t.Text[:n], strings.ToLower(t.Text[n:])))
		return i
	})
	// Roman numerals: "XIÈME" is a shouted "xième", they need a lowercase
	// suffix
	fixes := make([][]string, p.Doc.NumForms())
	any := false
	for f := range fixes {
		w := p.Doc.Form(f)
		n := 0
		for n < len(w) && strings.IndexByte("IVXLCDM", w[n]) >= 0 {
			n++
		}
		if isOrdinalSuffix(w[n:]) && isRomanNumeral(w[:n]) {
			fixes[f] = correctOrdinal(w[:n], w[n:])
			any = any || fixes[f] != nil
		}
	}
	if !any {
		return
	}
	for bi := range p.Doc.Blocks {
		b := &p.Doc.Blocks[bi]
		for i := range b.Len() {
			if f := b.Form(i); f >= 0 && fixes[f] != nil && b.Kind(i) == lint.Word {
				reportOrdinal(p, b.Token(i), fixes[f])
			}
		}
	}
}

// reportOrdinal reports the ordinal of token t when it has right forms.
func reportOrdinal(p *lint.Pass, t lint.Token, fixed []string) {
	switch len(fixed) {
	case 1:
		p.Replace(t.Span(), "Abréviation d’ordinal fautive\u00a0: écrivez «\u00a0"+fixed[0]+"\u00a0».", fixed[0], true)
	case 2:
		p.Report(lint.Diagnostic{
			Span:        t.Span(),
			Message:     "Abréviation d’ordinal fautive\u00a0: écrivez «\u00a0" + fixed[0] + "\u00a0» (premier) ou «\u00a0" + fixed[1] + "\u00a0» (première).",
			Suggestions: fixed,
		})
	}
}

// correctOrdinal returns the right forms of the ordinal num+suffix, or
// nil when it is right or not an ordinal. "1ème" has two: 1er and 1re.
func correctOrdinal(num, suffix string) []string {
	if num == "" {
		return nil
	}
	first := num == "1" || num == "I"
	if right, ok := wrongOrdinals[suffix]; ok {
		if first {
			return []string{num + "er", num + "re"}
		}
		return []string{num + right}
	}
	if right, ok := wrongFirstOrdinals[suffix]; ok && first {
		return []string{num + right}
	}
	return nil
}

// isOrdinalSuffix tells whether s is one of the wrong ordinal suffixes.
func isOrdinalSuffix(s string) bool {
	_, wrong := wrongOrdinals[s]
	_, wrongFirst := wrongFirstOrdinals[s]
	return wrong || wrongFirst
}

// isRomanNumeral tells whether s is a Roman numeral. A single letter
// counts only for I and V: "Xème" is more often "x-ième" than "dixième",
// and C, D, L, M start ordinary words.
func isRomanNumeral(s string) bool {
	if len(s) == 1 {
		return s == "I" || s == "V"
	}
	return isCanonicalRoman(s)
}

var romanValues = []struct {
	value  int
	symbol string
}{
	{1000, "M"}, {900, "CM"}, {500, "D"}, {400, "CD"}, {100, "C"}, {90, "XC"},
	{50, "L"}, {40, "XL"}, {10, "X"}, {9, "IX"}, {5, "V"}, {4, "IV"}, {1, "I"},
}

// isCanonicalRoman tells whether s is a Roman numeral in its usual form
// ("XIV", not "XIIII" nor "IVI"), which rules out most uppercase words.
func isCanonicalRoman(s string) bool {
	value, rest := 0, s
	for _, rv := range romanValues {
		for strings.HasPrefix(rest, rv.symbol) {
			value += rv.value
			rest = rest[len(rv.symbol):]
		}
	}
	if rest != "" || value == 0 || value >= 4000 {
		return false
	}
	var canon strings.Builder
	for _, rv := range romanValues {
		for ; value >= rv.value; value -= rv.value {
			canon.WriteString(rv.symbol)
		}
	}
	return canon.String() == s
}
