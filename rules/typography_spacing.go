package rules

import (
	"strings"
	"unicode/utf8"

	"github.com/coquille-fr/coquille/lint"
)

// The no-break spaces, as they appear in messages.
const (
	nbsp  = "\u00a0"
	nnbsp = "\u202f"
)

// spacingRules returns the rules on the spaces around punctuation.
func spacingRules() []*lint.Rule {
	return []*lint.Rule{
		spaceBeforeRule("typography.space-before-colon", ":", lint.BeforeColon,
			"Espace avant le deux-points selon le profil (insécable en France et au Québec, fine insécable en Suisse)"+nnbsp+"; une espace manquante, ordinaire ou en trop est signalée.",
			lint.Example{Bad: "Attention: fragile.", Good: "Attention" + nbsp + ": fragile."}),
		spaceBeforeRule("typography.space-before-semicolon", ";", lint.BeforeSemicolon,
			"Espace avant le point-virgule selon le profil (fine insécable en France et en Suisse, aucune au Québec)"+nnbsp+"; une espace manquante, ordinaire ou en trop est signalée.",
			lint.Example{Bad: "Il pleut; on reste.", Good: "Il pleut" + nnbsp + "; on reste."}),
		spaceBeforeRule("typography.space-before-exclamation", "!", lint.BeforeExclamation,
			"Espace avant le point d’exclamation selon le profil (fine insécable en France et en Suisse, aucune au Québec)"+nnbsp+"; une espace manquante, ordinaire ou en trop est signalée.",
			lint.Example{Bad: "Bonjour à tous!", Good: "Bonjour à tous" + nnbsp + "!"}),
		spaceBeforeRule("typography.space-before-question", "?", lint.BeforeQuestion,
			"Espace avant le point d’interrogation selon le profil (fine insécable en France et en Suisse, aucune au Québec)"+nnbsp+"; une espace manquante, ordinaire ou en trop est signalée.",
			lint.Example{Bad: "Vous venez ?", Good: "Vous venez" + nnbsp + "?"}),
		{
			ID: "typography.guillemets-spacing", Category: lint.Typography, Severity: lint.Error,
			Doc:      "Une espace insécable, selon le profil, suit le guillemet ouvrant et précède le guillemet fermant, pour «" + nbsp + "…" + nbsp + "» comme pour ‹" + nbsp + "…" + nbsp + "›.",
			Examples: []lint.Example{{Bad: "Il a dit «oui».", Good: "Il a dit «" + nbsp + "oui" + nbsp + "»."}},
			Check:    checkGuillemets,
		},
		{
			ID: "typography.no-space-before", Category: lint.Typography, Severity: lint.Error,
			Doc:      "Pas d’espace avant la virgule, le point, la parenthèse ou le crochet fermants, ni avant des points de suspension en fin de ligne.",
			Examples: []lint.Example{{Bad: "Merci , à demain .", Good: "Merci, à demain."}},
			Check:    checkNoSpaceBefore,
		},
		{
			ID: "typography.no-space-after-opening", Category: lint.Typography, Severity: lint.Error,
			Doc:      "Pas d’espace après une parenthèse ou un crochet ouvrants.",
			Examples: []lint.Example{{Bad: "Le lancement ( enfin) approche.", Good: "Le lancement (enfin) approche."}},
			Check:    checkNoSpaceAfterOpening,
		},
		spaceAfterRule(),
	}
}

// spaceBeforeRule checks the space before sign at place: missing, breakable
// where a no-break one is wanted, of the wrong kind, or not wanted at all.
func spaceBeforeRule(id, sign string, place lint.Place, doc string, example lint.Example) *lint.Rule {
	return &lint.Rule{ID: id, Category: lint.Typography, Severity: lint.Error, Doc: doc, Examples: []lint.Example{example},
		Check: func(pass *lint.Pass) {
			prof := pass.Profile
			want := prof.Want(place)
			where := "avant " + quoted(sign)
			eachOfKind(pass, lint.Punct, func(b *lint.Block, i int) int {
				if !b.Is(i, sign) {
					return i
				}
				span, found, sure, ok := spaceBeforeSign(b, i)
				if !ok || prof.Accepts(place, lint.SpacingOf(found)) {
					return i
				}
				msg := spacingMessage(prof, found, want, where, "le signe se retrouve seul en début de ligne")
				d := lint.Diagnostic{Message: msg, Span: span, Suggestions: []string{want.Text() + sign}}
				if sure {
					d.Fix = &lint.Edit{Span: span, Text: want.Text() + sign}
				} else {
					d.Severity = lint.Warning
				}
				pass.Report(d)
				return i
			})
		}}
}

// spaceBeforeSign finds the space before the sign ; : ! or ? at i when the
// sign ends a clause of prose. It returns the span to replace (the space
// and the sign), the space ("" when the sign is glued to what precedes),
// whether the case is certain, and false when the place is not prose
// punctuation: the start of a block or of a line, a smiley, a time or a
// ratio ("12:30"), the later signs of a run ("?!"), a sign quoted, in
// brackets or in code ("(?)", "[!NOTE]", "« ! »", "$ :"), a sign glued to
// a word that is itself tied to another (an emoji shortcode ":tada:", an
// HTML entity "&nbsp;", "a/b:"), a sign glued to an emoji, or a sign glued
// to the word after it (":param", "!important", "C:\") unless
// missingSpaceAfter finds a typo there ("Quoi?Tu").
func spaceBeforeSign(b *lint.Block, i int) (span lint.Span, found string, sure, ok bool) {
	t := b.Token(i)
	p := b.Prev(i)
	if p < 0 || isSmiley(b, i) {
		return
	}
	if prev := b.Token(p); prev.Kind == lint.Space {
		pp := b.Prev(p)
		if prev.End != t.Start || prev.IsLineBreak() || pp < 0 || !endsClause(b, i) {
			return
		}
		if before := b.Token(pp); !before.IsWordLike() && !closes(before) && !closesSentence(b, pp) {
			return // "« ! »", "$ :", "+ ?": a sign quoted or in code
		}
		return lint.Span{Start: prev.Start, End: t.End}, prev.Text, true, true
	}
	if !gluesBefore(b, p) {
		return
	}
	sure = true
	if !endsClause(b, i) {
		if _, sure, ok = missingSpaceAfter(b, i); !ok {
			return
		}
	}
	return t.Span(), "", sure, true
}

// endsClause tells whether what follows the sign at i is what follows
// punctuation in prose: nothing, a space, an emoji, a closing sign or
// another sign of a run.
func endsClause(b *lint.Block, i int) bool {
	n := b.Next(i)
	if n < 0 {
		return true
	}
	switch t := b.Token(n); t.Kind {
	case lint.Space, lint.Emoji:
		return true
	case lint.Punct:
		switch t.Text {
		case "!", "?", ".", "…", ")", "]", "}", "»", "”", "’", "\"", "'", "*", "_":
			return true
		}
	}
	return false
}

// gluesBefore tells whether a sign glued after token p wants a space
// between them: p is a word or a number that stands apart, a URL, inline
// code, a closing bracket or quote, or a percent sign. An emoji is
// decoration: "🎉!" is left alone.
func gluesBefore(b *lint.Block, p int) bool {
	t := b.Token(p)
	switch t.Kind {
	case lint.Word, lint.Number:
		return apartBefore(b, p)
	case lint.URL, lint.Email, lint.Mention, lint.Hashtag, lint.Opaque:
		return true
	case lint.Punct:
		return closes(t) || t.Is("\"") && !opensQuote(b, p)
	}
	return false
}

// closesSentence tells whether token j is a closing straight quote or a
// sign that ends a sentence, after which another sign may follow: "Quoi ? !".
func closesSentence(b *lint.Block, j int) bool {
	switch t := b.Token(j); {
	case t.Is("\""):
		return !opensQuote(b, j)
	case t.Kind == lint.Punct:
		return t.Text == "." || t.Text == "…" || t.Text == "!" || t.Text == "?"
	}
	return false
}

// closes tells whether t closes a bracket, a quotation or an emphasis, or
// is a percent sign: a sign after it is glued to the clause.
func closes(t lint.Token) bool {
	if t.Kind != lint.Punct {
		return false
	}
	switch t.Text {
	case ")", "]", "}", "»", "”", "%", "*", "_":
		return true
	}
	return false
}

// apartBefore tells whether the word or number k is not tied to another
// word by a sign before it, as in "a/b", "x=b", "q:b" or "M.b": only an
// opening bracket or quote, an ellipsis, the hyphen of a compound word
// ("peut-être") or the separator of a number ("12:30") may touch it.
func apartBefore(b *lint.Block, k int) bool {
	g := b.Prev(k)
	if g < 0 {
		return true
	}
	sep := b.Token(g)
	switch {
	case sep.Kind == lint.Space, opensQuote(b, g), sep.Is("-"), sep.Is("…"):
		return true
	case sep.Is(":") || sep.Is(".") || sep.Is(","):
		w := b.Prev(g)
		return w >= 0 && b.Kind(w) == lint.Number && b.Kind(k) == lint.Number
	}
	return false
}

// apartAfter tells whether the word k is not tied to another word by a
// sign after it, as in "b,c" of "a,b,c", "b=1", "b/c" or "b.Json": only
// punctuation that ends a clause or the hyphen of a compound word may
// touch it.
func apartAfter(b *lint.Block, k int) bool {
	f := b.Next(k)
	if f < 0 {
		return true
	}
	switch t := b.Token(f); {
	case t.Kind == lint.Space, t.Kind == lint.Emoji, t.Is("-"):
		return true
	case t.Kind == lint.Punct && strings.Contains(".,;:!?…)]}»”\"'’", t.Text):
		g := b.Next(f)
		return g < 0 || !b.Token(g).IsWordLike()
	}
	return false
}

// opensQuote tells whether token j opens a quotation or a bracket: "(",
// "[", "«", "“", or a straight quote that is not glued to what precedes.
func opensQuote(b *lint.Block, j int) bool {
	t := b.Token(j)
	if t.Kind != lint.Punct {
		return false
	}
	switch t.Text {
	case "(", "[", "«", "‹", "“", "‘":
		return true
	case "\"", "'":
		p := b.Prev(j)
		return p < 0 || b.Kind(p) == lint.Space || opensQuote(b, p)
	}
	return false
}

// glued tells whether tokens j and j+1 touch, without even markup between.
func glued(b *lint.Block, j int) bool {
	return j >= 0 && j+1 < b.Len() && b.Span(j).End == b.Span(j+1).Start &&
		b.Kind(j) != lint.Space && b.Kind(j+1) != lint.Space
}

// isSmiley tells whether the colon or semicolon at i starts a smiley:
// ":)", ":-)", ";)", ":D", ":p", ":'(", ":/", ":3", ":))".
func isSmiley(b *lint.Block, i int) bool {
	if t := b.Text(i); t != ":" && t != ";" {
		return false
	}
	j := i + 1
	if glued(b, i) && (b.Is(j, "-") || b.Is(j, "'") || b.Is(j, "’")) {
		j++
	}
	if !glued(b, j-1) {
		return false
	}
	m := b.Token(j)
	switch m.Kind {
	case lint.Punct, lint.Symbol:
		if !strings.Contains(")(][/\\|*$@", m.Text) {
			return false
		}
	case lint.Word, lint.Number:
		r, _ := utf8.DecodeRuneInString(m.Text)
		if !strings.ContainsRune("DPpOoXxSs3", r) || strings.Trim(m.Text, string(r)) != "" {
			return false
		}
	default:
		return false
	}
	// The mouth ends the smiley: ":Dupont" and ":/chemin" are not smileys.
	return !glued(b, j) || !b.Token(j+1).IsWordLike()
}

// endsSmiley tells whether token k is the mouth of a smiley: the ")" of
// ":)" or ":-)".
func endsSmiley(b *lint.Block, k int) bool {
	for j := k - 1; j >= k-2 && glued(b, j); j-- {
		if t := b.Token(j); t.Is(":") || t.Is(";") {
			return isSmiley(b, j)
		}
	}
	return false
}

// quoted returns s between guillemets, as messages write a sign: « ! ».
func quoted(s string) string { return "«" + nbsp + s + nbsp + "»" }

// spacingMessage explains why the space found at a place is wrong: where
// says the place ("avant « ! »"), alone what a no-break space prevents.
func spacingMessage(prof *lint.Profile, found string, want lint.Spacing, where, alone string) string {
	switch {
	case found == "":
		return "Il faut " + spacingPhrase(want) + " " + where + "."
	case want == lint.NoSpace:
		return "Pas d’espace " + where + " selon le profil " + prof.Name + "."
	case found == " " && want != lint.PlainSpace:
		return "Espace ordinaire " + where + nbsp + ": " + spacingPhrase(want) + " évite que " + alone + "."
	}
	var what string
	switch lint.SpacingOf(found) {
	case lint.NoBreak:
		what = "Espace insécable"
	case lint.NarrowNoBreak:
		what = "Espace fine insécable"
	default:
		what = "Espacement irrégulier"
	}
	return what + " " + where + nbsp + ": le profil " + prof.Name + " demande " + spacingPhrase(want) + "."
}

// checkGuillemets checks the spaces inside « » and ‹ ›. A closing
// guillemet is checked only when it closes one opened in the block, so
// that "Accueil » Blog" breadcrumbs stay silent; a space at a line end is
// left alone, and so are empty pairs.
func checkGuillemets(pass *lint.Pass) {
	prof := pass.Profile
	want := prof.Want(lint.InsideGuillemets)
	for bi := range pass.Doc.Blocks {
		b := &pass.Doc.Blocks[bi]
		var open [2]int // depth of « and of ‹
		for i := range b.Len() {
			if b.Kind(i) != lint.Punct {
				continue
			}
			t := b.Token(i)
			var span lint.Span
			var found string
			var ok bool
			switch t.Text {
			case "«", "‹":
				open[pairOf(t.Text)]++
				if span, found, ok = spaceAfterGuillemet(b, i); ok && !prof.Accepts(lint.InsideGuillemets, lint.SpacingOf(found)) {
					msg := spacingMessage(prof, found, want, "après le guillemet ouvrant", "le guillemet reste seul en fin de ligne")
					pass.Replace(span, msg, t.Text+want.Text(), true)
				}
			case "»", "›":
				if open[pairOf(t.Text)] == 0 {
					continue
				}
				open[pairOf(t.Text)]--
				if span, found, ok = spaceBeforeGuillemet(b, i); ok && !prof.Accepts(lint.InsideGuillemets, lint.SpacingOf(found)) {
					msg := spacingMessage(prof, found, want, "avant le guillemet fermant", "le guillemet se retrouve seul en début de ligne")
					pass.Replace(span, msg, want.Text()+t.Text, true)
				}
			}
		}
	}
}

// pairOf returns 0 for « and », 1 for ‹ and ›.
func pairOf(s string) int {
	if s == "‹" || s == "›" {
		return 1
	}
	return 0
}

// closingOf returns the closing guillemet of an opening one.
func closingOf(s string) string {
	if s == "‹" {
		return "›"
	}
	return "»"
}

// spaceAfterGuillemet returns the span of the opening guillemet at i and
// of the space after it, and that space ("" if none); false for an empty
// pair or a guillemet that ends a line or the block.
func spaceAfterGuillemet(b *lint.Block, i int) (lint.Span, string, bool) {
	t := b.Token(i)
	n := b.Next(i)
	if n < 0 {
		return lint.Span{}, "", false
	}
	switch next := b.Token(n); {
	case next.Kind == lint.Space:
		if next.Start != t.End || next.IsLineBreak() || b.Next(n) < 0 {
			return lint.Span{}, "", false
		}
		return lint.Span{Start: t.Start, End: next.End}, next.Text, true
	case next.Is(closingOf(t.Text)):
		return lint.Span{}, "", false
	}
	return t.Span(), "", true
}

// spaceBeforeGuillemet returns the span of the space before the closing
// guillemet at i and of the guillemet, and that space ("" if none); false
// for an empty pair or a guillemet that starts a line or the block.
func spaceBeforeGuillemet(b *lint.Block, i int) (lint.Span, string, bool) {
	t := b.Token(i)
	p := b.Prev(i)
	if p < 0 {
		return lint.Span{}, "", false
	}
	prev := b.Token(p)
	if prev.Kind == lint.Space {
		if prev.End != t.Start || prev.IsLineBreak() {
			return lint.Span{}, "", false
		}
		if p = b.Prev(p); p < 0 {
			return lint.Span{}, "", false
		}
	}
	if b.Is(p, "«") || b.Is(p, "‹") {
		return lint.Span{}, "", false
	}
	if prev.Kind == lint.Space {
		return lint.Span{Start: prev.Start, End: t.End}, prev.Text, true
	}
	return t.Span(), "", true
}

// signName names a sign in messages.
func signName(s string) string {
	switch s {
	case ",":
		return "la virgule"
	case ".":
		return "le point"
	case "…", "...":
		return "les points de suspension"
	case ";":
		return "le point-virgule"
	case ":":
		return "le deux-points"
	case "!":
		return "le point d’exclamation"
	case "?":
		return "le point d’interrogation"
	case ")":
		return "la parenthèse fermante"
	case "]":
		return "le crochet fermant"
	case "(":
		return "la parenthèse ouvrante"
	case "[":
		return "le crochet ouvrant"
	}
	return quoted(s)
}

// checkNoSpaceBefore reports a space before , . ) ] and before an ellipsis
// that ends a paragraph or a line. It stays silent after a line break, after a URL
// (a space there keeps the sign out of the link), after a smiley or an
// emoji, before a full stop or comma glued to what follows (".NET", ".md",
// " ,5"), before a full stop that does not end a sentence (". . .",
// "find . -name", "cd .."), and before an ellipsis inside a line, where
// it may stand for omitted words ("Il a dit … rien", "« apt install … »").
func checkNoSpaceBefore(pass *lint.Pass) {
	eachOfKind(pass, lint.Punct, func(b *lint.Block, i int) int {
		t := b.Token(i)
		end, name := i, t.Text
		switch t.Text {
		case ",", ")", "]", "…":
		case ".":
			if glued(b, i-1) && b.Is(i-1, ".") {
				return i // not the first dot of a run
			}
			for end+1 < b.Len() && glued(b, end) && b.Is(end+1, ".") {
				end++
			}
			switch end - i {
			case 0:
			case 1:
				return i // ".." as in "cd .."
			default:
				name = "..."
			}
		default:
			return i
		}
		p := b.Prev(i)
		if p < 0 || b.Kind(p) != lint.Space {
			return i
		}
		space := b.Token(p)
		pp := b.Prev(p)
		if space.End != t.Start || space.IsLineBreak() || pp < 0 || !spaceBeforeIsWrong(b, pp, end, name) {
			return i
		}
		signs := pass.Doc.Text[t.Start:b.Span(end).End]
		pass.Replace(lint.Span{Start: space.Start, End: b.Span(end).End},
			"Pas d’espace avant "+signName(name)+".", signs, true)
		return i
	})
}

// spaceBeforeIsWrong tells whether the space between token pp and the sign
// that ends at token end (named as by signName) is a mistake.
func spaceBeforeIsWrong(b *lint.Block, pp, end int, name string) bool {
	switch prev := b.Token(pp); prev.Kind {
	case lint.Word, lint.Number, lint.Mention, lint.Hashtag, lint.Opaque:
	case lint.Punct:
		switch prev.Text {
		case ")", "]", "»", "”":
			if endsSmiley(b, pp) {
				return false
			}
		case ".", "!", "?", "…":
			if name != ")" && name != "]" {
				return false
			}
		default:
			return false
		}
	default:
		return false
	}
	n := b.Next(end)
	if n < 0 {
		return true
	}
	next := b.Token(n)
	switch name {
	case ",", ".":
		if next.Kind != lint.Space {
			// " .)" is a typo; ".NET", ",5", "./dossier" are not.
			return !glued(b, end) || next.Is(")") || next.Is("]") || next.Is("»") || next.Is("”")
		}
		nn := b.Next(n)
		return name == "," || next.IsLineBreak() || nn < 0 || startsSentence(b, nn)
	case "…", "...":
		return next.IsLineBreak()
	}
	return true
}

// startsSentence tells whether token j may start a sentence: a capitalised
// word, an emoji, a mention, a hashtag, or an opening bracket or quote.
// After " ." anything else is rather code: "find . -name", "cp a .".
func startsSentence(b *lint.Block, j int) bool {
	switch t := b.Token(j); t.Kind {
	case lint.Word:
		return capitalWord(t)
	case lint.Emoji, lint.Mention, lint.Hashtag:
		return true
	}
	return opensQuote(b, j)
}

// checkNoSpaceAfterOpening reports a space after ( or [ that opens a
// bracket before a word, not an empty pair ("[ ]" of task lists) nor a
// smiley (":( mais").
func checkNoSpaceAfterOpening(pass *lint.Pass) {
	eachOfKind(pass, lint.Punct, func(b *lint.Block, i int) int {
		if !b.Is(i, "(") && !b.Is(i, "[") {
			return i
		}
		t := b.Token(i)
		if p := b.Prev(i); p >= 0 && b.Kind(p) != lint.Space && !opensQuote(b, p) {
			return i
		}
		n := b.Next(i)
		if n < 0 {
			return i
		}
		space := b.Token(n)
		if space.Kind != lint.Space || space.Start != t.End || space.IsLineBreak() {
			return i
		}
		nn := b.Next(n)
		if nn < 0 {
			return i
		}
		if next := b.Token(nn); next.Kind == lint.Emoji || !next.IsWordLike() && !opensQuote(b, nn) {
			return i
		}
		pass.Replace(lint.Span{Start: t.Start, End: space.End},
			"Pas d’espace après "+signName(t.Text)+".", t.Text, true)
		return i
	})
}
