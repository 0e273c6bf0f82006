package rules

import (
	"strings"
	"unicode/utf8"

	"github.com/coquille-fr/coquille/lint"
)

// numberRules returns the typography rules on numbers: digit grouping,
// the space before units and symbols, and the writing of hours.
func numberRules() []*lint.Rule {
	return []*lint.Rule{
		{
			ID: "typography.thousands-separator", Category: lint.Typography, Severity: lint.Info,
			Doc:      "Les nombres de cinq chiffres ou plus se groupent par tranches de trois chiffres, séparées par une espace insécable (fine en France)\u00a0: «\u00a010\u202f000\u00a0». Les années, codes postaux, numéros de téléphone et références ne sont pas concernés.",
			Examples: []lint.Example{{Bad: "Déjà 12000 abonnés.", Good: "Déjà 12\u202f000 abonnés."}},
			Check:    checkThousands,
		},
		{
			ID: "typography.space-before-unit", Category: lint.Typography, Severity: lint.Warning,
			Doc:      "Un nombre est séparé de son unité, du signe «\u00a0%\u00a0» ou du symbole monétaire par une espace insécable\u00a0: «\u00a05\u00a0kg\u00a0», «\u00a050\u00a0%\u00a0», «\u00a020\u00a0€\u00a0».",
			Examples: []lint.Example{{Bad: "Un sac de 5kg à 20€.", Good: "Un sac de 5\u00a0kg à 20\u00a0€."}},
			Check:    checkUnits,
		},
		{
			ID: "typography.hour-format", Category: lint.Typography, Severity: lint.Info,
			Doc:      "En français, l’heure s’écrit avec le symbole «\u00a0h\u00a0» entre espaces insécables\u00a0: «\u00a018\u00a0h\u00a030\u00a0». La notation «\u00a018:30\u00a0» est acceptée.",
			Examples: []lint.Example{{Bad: "Rendez-vous à 18h30.", Good: "Rendez-vous à 18\u00a0h\u00a030."}},
			Check:    checkHours,
		},
	}
}

// spacingPhrase names a spacing in a French sentence.
func spacingPhrase(s lint.Spacing) string {
	switch s {
	case lint.NoBreak:
		return "une espace insécable"
	case lint.NarrowNoBreak:
		return "une espace fine insécable"
	case lint.PlainSpace:
		return "une espace"
	}
	return "aucune espace"
}

// numberPrefix returns the length of the number at the start of s: digits,
// with single commas or full stops between digits ("3,14", "1.10.2").
func numberPrefix(s string) int {
	n := 0
	for n < len(s) {
		switch c := s[n]; {
		case c >= '0' && c <= '9':
			n++
		case (c == ',' || c == '.') && n > 0 && n+1 < len(s) && s[n+1] >= '0' && s[n+1] <= '9':
			n++
		default:
			return n
		}
	}
	return n
}

// allDigits tells whether s is a non-empty run of ASCII digits.
func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

// identifierWords introduce numbers that are codes, not quantities.
var identifierWords = map[string]bool{
	"n": true, "no": true, "nº": true, "num": true, "numéro": true, "numero": true,
	"réf": true, "ref": true, "référence": true, "reference": true, "code": true,
	"postal": true, "cp": true, "commande": true, "dossier": true, "ticket": true,
	"facture": true, "id": true, "siret": true, "siren": true, "tel": true, "tél": true,
	"téléphone": true, "promo": true, "badge": true, "matricule": true, "lot": true,
	"article": true, "art": true, "version": true, "v": true, "build": true,
	"issue": true, "pr": true, "pin": true, "contrat": true, "client": true, "colis": true,
	"port": true, "vol": true, "train": true, "bus": true, "ligne": true, "chambre": true, "bureau": true,
}

// isCodeContext tells whether the number at token i is glued to a sign
// that makes it a code (#12345, n°12345, 12345-A) or follows words that
// announce one ("réf. : 12345", "code promo 54321").
func isCodeContext(b *lint.Block, i int) bool {
	if prev := b.Prev(i); prev >= 0 {
		t := b.Token(prev)
		if t.Kind != lint.Space && !t.Is("+") && !(t.Kind == lint.Punct && strings.Contains("([«\"“", t.Text)) {
			return true
		}
	}
	if next := b.Next(i); next >= 0 {
		t := b.Token(next)
		switch t.Kind {
		case lint.Space:
		case lint.Punct:
			if strings.Contains("-/_'’", t.Text) {
				return true
			}
		case lint.Symbol:
			if !isCurrency(t.Text) {
				return true
			}
		default:
			return true
		}
	}
	// the two closest words before, over a few spaces and signs
	words := 0
	for k, seen := b.Prev(i), 0; k >= 0 && seen < 6 && words < 2; k, seen = b.Prev(k), seen+1 {
		switch t := b.Token(k); t.Kind {
		case lint.Space, lint.Punct, lint.Symbol:
		case lint.Word:
			if identifierWords[strings.ToLower(t.Text)] {
				return true
			}
			words++
		default:
			return false
		}
	}
	return false
}

// numberGroup is a Number token that may be a group of digits: three
// digits, or up to three for the first group; the last group may carry
// decimals ("000,50").
func numberGroup(t lint.Token, first bool) (ok, decimals bool) {
	if t.Kind != lint.Number {
		return false, false
	}
	intPart, frac, hasFrac := strings.Cut(t.Text, ",")
	if !allDigits(intPart) || hasFrac && !allDigits(frac) {
		return false, false
	}
	if first {
		return len(intPart) <= 3 && intPart[0] != '0', hasFrac
	}
	return len(intPart) == 3, hasFrac
}

// spacedNumber returns the index of the Number token after token i when
// only one space character separates them, or -1.
func spacedNumber(toks *lint.Block, i int) int {
	if i+2 < toks.Len() && isGroupSpace(toks.Token(i+1)) && toks.Kind(i+2) == lint.Number {
		return i + 2
	}
	return -1
}

// isGroupSpace tells whether t is one space character, as between groups
// of digits.
func isGroupSpace(t lint.Token) bool {
	if t.Kind != lint.Space || t.IsLineBreak() || strings.ContainsRune(t.Text, '\t') {
		return false
	}
	return utf8.RuneCountInString(t.Text) == 1
}

// checkThousands reports long numbers written without grouping, and groups
// of digits separated by a breakable space.
func checkThousands(p *lint.Pass) {
	want := p.Profile.Want(lint.Thousands)
	eachOfKind(p, lint.Number, func(b *lint.Block, i int) int {
		// a number after another one over a space belongs to a series
		// (telephone, score, list) that is not a grouped number
		if i >= 2 && isGroupSpace(b.Token(i-1)) && b.Kind(i-2) == lint.Number {
			return i
		}
		if last := groupedNumber(b, i); last > i {
			reportGroups(p, b, i, last, want)
			return last
		}
		if spacedNumber(b, i) < 0 && !p.Profile.Accepts(lint.Thousands, lint.NoSpace) {
			reportUngrouped(p, b, i, want)
		}
		return i
	})
}

// groupedNumber returns the index of the last group of the number written
// in groups from token i ("10 000", "1 234 567,89"), or -1.
func groupedNumber(toks *lint.Block, i int) int {
	ok, decimals := numberGroup(toks.Token(i), true)
	if !ok || decimals {
		return -1
	}
	last := -1
	for j := spacedNumber(toks, i); j > 0; j = spacedNumber(toks, j) {
		ok, decimals := numberGroup(toks.Token(j), false)
		if !ok {
			return -1 // "514 555 1234": not one number
		}
		last = j
		if decimals {
			break
		}
	}
	if last > 0 && spacedNumber(toks, last) > 0 {
		return -1
	}
	return last
}

// reportGroups reports the number of tokens first..last when one of its
// spaces is not what the profile accepts.
func reportGroups(p *lint.Pass, b *lint.Block, first, last int, want lint.Spacing) {
	if isCodeContext(b, first) || isCodeContext(b, last) {
		return
	}
	var fixed strings.Builder
	bad, digits := false, 0
	for k := first; k <= last; k++ {
		t := b.Token(k)
		if t.Kind == lint.Space {
			bad = bad || !p.Profile.Accepts(lint.Thousands, lint.SpacingOf(t.Text))
			fixed.WriteString(want.Text())
		} else {
			digits += len(t.Text)
			fixed.WriteString(p.Doc.Text[t.Start:t.End])
		}
	}
	if !bad || digits == 5 && isPostcode(b, first, last) { // "29 200 Brest"
		return
	}
	span := lint.Span{Start: b.Span(first).Start, End: b.Span(last).End}
	p.Replace(span, "Séparateur de milliers\u00a0: séparez les tranches de trois chiffres par "+spacingPhrase(want)+", qui ne se coupe pas en fin de ligne.", fixed.String(), true)
}

// reportUngrouped reports a number of five to nine digits written in one
// piece, unless it looks like a code: leading zero, postcode next to a
// town, glued to a sign, announced by a word like "réf" or an acronym
// ("ISO 10646"), or quoted alone ("« 12345 »").
func reportUngrouped(p *lint.Pass, b *lint.Block, i int, want lint.Spacing) {
	t := b.Token(i)
	intPart, frac, hasFrac := strings.Cut(t.Text, ",")
	if len(intPart) < 5 || len(intPart) > 9 || intPart[0] == '0' || !allDigits(intPart) || hasFrac && !allDigits(frac) {
		return
	}
	if len(t.Text) == 5 && isPostcode(b, i, i) || isCodeContext(b, i) || isQuotedAlone(b, i) || afterAcronym(b, i) {
		return
	}
	var fixed strings.Builder
	for k := range len(intPart) {
		if k > 0 && (len(intPart)-k)%3 == 0 {
			fixed.WriteString(want.Text())
		}
		fixed.WriteByte(intPart[k])
	}
	if hasFrac {
		fixed.WriteString("," + frac)
	}
	p.Report(lint.Diagnostic{
		Span:        t.Span(),
		Message:     "Nombre difficile à lire\u00a0: groupez les chiffres par tranches de trois, séparées par " + spacingPhrase(want) + ".",
		Suggestions: []string{fixed.String()},
	})
}

// isQuotedAlone tells whether token i is all there is between quotation
// marks, spaces aside.
func isQuotedAlone(b *lint.Block, i int) bool {
	prev, next := b.Prev(i), b.Next(i)
	if prev >= 0 && b.Kind(prev) == lint.Space {
		prev = b.Prev(prev)
	}
	if next >= 0 && b.Kind(next) == lint.Space {
		next = b.Next(next)
	}
	return prev >= 0 && next >= 0 && b.Kind(prev) == lint.Punct && b.Kind(next) == lint.Punct &&
		strings.Contains("«\"“", b.Text(prev)) && strings.Contains("»\"”", b.Text(next))
}

// afterAcronym tells whether token i follows an acronym over one space:
// "ISO 10646", "l’ISO 10646", "RFC 12345".
func afterAcronym(b *lint.Block, i int) bool {
	if i < 2 || !isInlineSpace(b.Token(i-1)) || b.Kind(i-2) != lint.Word {
		return false
	}
	w := b.Text(i - 2)
	if k := strings.LastIndexAny(w, "'’"); k >= 0 {
		_, size := utf8.DecodeRuneInString(w[k:])
		w = w[k+size:]
	}
	return len(w) >= 2 && strings.ToUpper(w) == w && strings.ToLower(w) != w
}

// isPostcode tells whether the five digits of tokens first..last sit next
// to a town name: "75001 Paris", "Brest 29200", "BREST 29200". A
// capitalised word that starts a sentence is not taken for a town.
func isPostcode(b *lint.Block, first, last int) bool {
	if last+2 < b.Len() && isInlineSpace(b.Token(last+1)) && isTownName(b.Token(last+2)) {
		return true
	}
	if first < 2 || !isInlineSpace(b.Token(first-1)) || !isTownName(b.Token(first-2)) {
		return false
	}
	k := first - 3
	if k >= 0 && isInlineSpace(b.Token(k)) {
		k--
	}
	return k >= 0 && !b.Token(k).IsLineBreak() && !(b.Kind(k) == lint.Punct && strings.Contains(".!?…", b.Text(k)))
}

// isTownName tells whether t may be the name of a town: a capitalised
// word that is not a unit ("Go", "Mo").
func isTownName(t lint.Token) bool {
	_, unit := unitSymbols[t.Text]
	return t.Kind == lint.Word && startsUpperCase(t.Text) && !unit
}

// unitSymbols maps the unit and currency symbols written after a number
// to the profile place that sets the space before them.
var unitSymbols = map[string]lint.Place{
	"%": lint.BeforePercent,
	"€": lint.BeforeCurrency, "$": lint.BeforeCurrency, "£": lint.BeforeCurrency,
	"¥": lint.BeforeCurrency, "¢": lint.BeforeCurrency, "CHF": lint.BeforeCurrency,
	"EUR": lint.BeforeCurrency, "USD": lint.BeforeCurrency, "CAD": lint.BeforeCurrency,
	"GBP": lint.BeforeCurrency, "FCFA": lint.BeforeCurrency,
	"km": lint.BeforeUnit, "m": lint.BeforeUnit, "dm": lint.BeforeUnit, "cm": lint.BeforeUnit,
	"mm": lint.BeforeUnit, "µm": lint.BeforeUnit, "μm": lint.BeforeUnit, "nm": lint.BeforeUnit,
	"kg": lint.BeforeUnit, "g": lint.BeforeUnit, "mg": lint.BeforeUnit, "µg": lint.BeforeUnit,
	"μg": lint.BeforeUnit,
	"l":  lint.BeforeUnit, "L": lint.BeforeUnit, "hl": lint.BeforeUnit, "dl": lint.BeforeUnit,
	"cl": lint.BeforeUnit, "ml": lint.BeforeUnit, "dL": lint.BeforeUnit, "cL": lint.BeforeUnit,
	"mL": lint.BeforeUnit,
	"Ko": lint.BeforeUnit, "ko": lint.BeforeUnit, "Mo": lint.BeforeUnit, "Go": lint.BeforeUnit,
	"To": lint.BeforeUnit, "kB": lint.BeforeUnit, "KB": lint.BeforeUnit, "MB": lint.BeforeUnit,
	"GB": lint.BeforeUnit, "TB": lint.BeforeUnit, "Mb": lint.BeforeUnit, "Gb": lint.BeforeUnit,
	"Hz": lint.BeforeUnit, "kHz": lint.BeforeUnit, "MHz": lint.BeforeUnit, "GHz": lint.BeforeUnit,
	"W": lint.BeforeUnit, "kW": lint.BeforeUnit, "MW": lint.BeforeUnit, "GW": lint.BeforeUnit,
	"Wh": lint.BeforeUnit, "kWh": lint.BeforeUnit, "MWh": lint.BeforeUnit,
	"V": lint.BeforeUnit, "mV": lint.BeforeUnit, "kV": lint.BeforeUnit,
	"mA": lint.BeforeUnit, "mAh": lint.BeforeUnit, "dB": lint.BeforeUnit,
	"kcal": lint.BeforeUnit, "min": lint.BeforeUnit, "ms": lint.BeforeUnit,
	"°C": lint.BeforeUnit, "°F": lint.BeforeUnit,
}

// isCurrency tells whether s is a currency symbol.
func isCurrency(s string) bool { return unitSymbols[s] == lint.BeforeCurrency }

// unit is a unit or sign written after a number: its text, where it
// ends, and the profile place that sets the space before it.
type unit struct {
	text  string
	end   int
	place lint.Place
}

// unitAt reads the unit or sign that starts at token j and ends there
// ("kg", "%", "°C", "m²").
func unitAt(doc *lint.Document, toks *lint.Block, j int) (unit, bool) {
	t := toks.Token(j)
	last := j
	switch {
	case t.Is("°") && j+1 < toks.Len() && toks.Kind(j+1) == lint.Word:
		last = j + 1
	case t.Kind != lint.Word && t.Kind != lint.Punct && t.Kind != lint.Symbol:
		return unit{}, false
	}
	return unitEnd(doc, toks, last, t.Start, toks.Span(last).End)
}

// unitEnd reads the unit doc.Text[start:end], whose last token is j,
// taking in a glued "²" or "³", and makes sure no word, number or sign
// goes on after it ("l'", "5€50", "205V+229B").
func unitEnd(doc *lint.Document, toks *lint.Block, j, start, end int) (unit, bool) {
	u := unit{text: doc.Text[start:end], end: end}
	place, ok := unitSymbols[u.text]
	if !ok {
		return unit{}, false
	}
	u.place = place
	if j+1 < toks.Len() && (toks.Is(j+1, "²") || toks.Is(j+1, "³")) && place == lint.BeforeUnit {
		j++
		u.end = toks.Span(j).End
		u.text = doc.Text[start:u.end]
	}
	if j+1 < toks.Len() {
		switch n := toks.Token(j + 1); {
		case n.Kind == lint.Word, n.Kind == lint.Number, n.Kind == lint.Symbol, n.Kind == lint.Punct && strings.Contains("'’-", n.Text):
			return unit{}, false
		}
	}
	return u, true
}

// checkUnits reports a unit, percent sign or currency symbol glued to a
// number or separated from it by a breakable space: "5kg", "50%", "20 €".
func checkUnits(p *lint.Pass) {
	eachOfKind(p, lint.Number, func(toks *lint.Block, i int) int {
		checkUnitAt(p, toks, i)
		return i
	})
}

// checkUnitAt checks the unit after Number token i.
func checkUnitAt(p *lint.Pass, toks *lint.Block, i int) {
	doc := p.Doc
	t := toks.Token(i)
	n := numberPrefix(t.Text)
	if n == 0 {
		return
	}
	var gap lint.Span // the space before the unit, maybe empty
	var u unit
	ok := false
	switch {
	case n < len(t.Text): // "5kg", "100m²"
		gap = lint.Span{Start: t.Start + n, End: t.Start + n}
		u, ok = unitEnd(doc, toks, i, gap.Start, t.End)
	case i+1 < toks.Len() && toks.Kind(i+1) != lint.Space: // "50%"
		gap = lint.Span{Start: t.End, End: t.End}
		u, ok = unitAt(doc, toks, i+1)
	case i+2 < toks.Len() && isInlineSpace(toks.Token(i+1)): // "20 €"
		gap = toks.Span(i + 1)
		u, ok = unitAt(doc, toks, i+2)
	}
	if !ok {
		return
	}
	have := lint.SpacingOf(doc.Text[gap.Start:gap.End])
	if p.Profile.Accepts(u.place, have) {
		return
	}
	want := p.Profile.Want(u.place)
	var msg string
	switch {
	case want == lint.NoSpace:
		msg = "Collez «\u00a0" + u.text + "\u00a0» au nombre, sans espace."
	case have == lint.NoSpace:
		msg = "Séparez le nombre de «\u00a0" + u.text + "\u00a0» par " + spacingPhrase(want) + "."
	default:
		msg = "Entre le nombre et «\u00a0" + u.text + "\u00a0», employez " + spacingPhrase(want) + ", qui ne se coupe pas en fin de ligne."
	}
	p.Replace(lint.Span{Start: gap.Start, End: u.end}, msg, want.Text()+u.text, true)
}

// hourParts reads "18h30", "18h", "18H30": the hour and the minutes (""
// if none), for plausible times only. "8H" alone is left out: it is also
// a Swiss school year.
func hourParts(s string) (hour, minutes string, ok bool) {
	k := strings.IndexAny(s, "hH")
	if k < 1 || k > 2 || !allDigits(s[:k]) {
		return "", "", false
	}
	hour, minutes = s[:k], s[k+1:]
	if minutes == "" && s[k] == 'H' || minutes != "" && (len(minutes) != 2 || !allDigits(minutes) || minutes[0] > '5') {
		return "", "", false
	}
	return hour, minutes, plausibleHour(hour)
}

// plausibleHour tells whether s is an hour from 0 to 24.
func plausibleHour(s string) bool {
	return len(s) == 1 || len(s) == 2 && (s[0] <= '1' || s[0] == '2' && s[1] <= '4')
}

// checkHours reports hours written "18h30" or with breakable spaces
// ("18 h 30"); the digital "18:30" is accepted.
func checkHours(p *lint.Pass) {
	want := p.Profile.Want(lint.BeforeUnit)
	eachOfKind(p, lint.Number, func(toks *lint.Block, i int) int {
		t := toks.Token(i)
		hour, minutes, ok := hourParts(t.Text)
		span := t.Span()
		bad := false
		last := i
		if ok {
			bad = !p.Profile.Accepts(lint.BeforeUnit, lint.NoSpace)
		} else {
			hour, minutes, last, bad = spacedHour(p, toks, i)
			if last < 0 {
				return i
			}
			span.End = toks.Span(last).End
		}
		if !bad {
			return last
		}
		fixed := hour + want.Text() + "h"
		msg := "Notation de l’heure\u00a0: écrivez «\u00a0" + fixed + "\u00a0», avec " + spacingPhrase(want) + " avant le «\u00a0h\u00a0»."
		if minutes != "" {
			fixed += want.Text() + minutes
			msg = "Notation de l’heure\u00a0: écrivez «\u00a0" + fixed + "\u00a0», avec " + spacingPhrase(want) + " de part et d’autre du «\u00a0h\u00a0»."
		}
		p.Replace(span, msg, fixed, true)
		return last
	})
}

// spacedHour reads an hour written in tokens from token i, "18 h",
// "18 h 30" or "18 H 30": its hour and minutes, its last token (-1 if
// none), and whether it is wrong: a space the profile does not accept, or
// an uppercase H.
func spacedHour(p *lint.Pass, toks *lint.Block, i int) (hour, minutes string, last int, bad bool) {
	hour = toks.Text(i)
	if !allDigits(hour) || !plausibleHour(hour) || i+2 >= toks.Len() || !isInlineSpace(toks.Token(i+1)) ||
		toks.Kind(i+2) != lint.Word || toks.Text(i+2) != "h" && toks.Text(i+2) != "H" {
		return "", "", -1, false
	}
	last = i + 2
	spaces := []lint.Token{toks.Token(i + 1)}
	if j := last + 2; j < toks.Len() && isInlineSpace(toks.Token(last+1)) && toks.Kind(j) == lint.Number &&
		len(toks.Text(j)) == 2 && allDigits(toks.Text(j)) && toks.Text(j)[0] <= '5' {
		spaces = append(spaces, toks.Token(last+1))
		minutes, last = toks.Text(j), j
	}
	if minutes == "" && toks.Text(i+2) == "H" { // "8 H" is not clearly an hour
		return "", "", -1, false
	}
	bad = toks.Text(i+2) == "H"
	for _, s := range spaces {
		bad = bad || !p.Profile.Accepts(lint.BeforeUnit, lint.SpacingOf(s.Text))
	}
	return hour, minutes, last, bad
}
