package rules

import (
	"fmt"
	"strings"

	"github.com/coquille-fr/coquille/dictionaries"
	"github.com/coquille-fr/coquille/lint"
)

// lexiconRules returns the tone rules that look words up in the tone
// lexicons of package dictionaries: chat spellings, vulgarity, familiar
// words and anglicisms.
func lexiconRules() []*lint.Rule {
	return []*lint.Rule{
		{
			ID: "tone.sms", Category: lint.Tone, Severity: lint.Warning,
			Doc: "Les abréviations de messagerie («\u00a0mdr\u00a0», «\u00a0stp\u00a0», «\u00a0jsp\u00a0») se lisent mal et donnent une image négligée\u00a0: " +
				"écrivez les mots en toutes lettres. Les formes qui sont aussi des mots ou des symboles («\u00a0g\u00a0», «\u00a0cc\u00a0», «\u00a0ds\u00a0») ne sont signalées qu’à côté d’une abréviation certaine.",
			Examples: []lint.Example{{Bad: "Merci bcp pour vos messages, mdr.", Good: "Merci beaucoup pour vos messages."}},
			Check:    func(p *lint.Pass) { checkLexicon(p, smsLexicon) },
		},
		{
			ID: "tone.vulgar", Category: lint.Tone, Severity: lint.Warning,
			Doc:      "Les gros mots («\u00a0merde\u00a0», «\u00a0putain\u00a0», «\u00a0bordel\u00a0») heurtent une partie du public et engagent l’image de la marque.",
			Examples: []lint.Example{{Bad: "Putain, quelle journée\u202f!", Good: "Mince, quelle journée\u202f!"}},
			Check:    func(p *lint.Pass) { checkLexicon(p, vulgarLexicon) },
		},
		{
			ID: "tone.insult", Category: lint.Tone, Severity: lint.Warning,
			Doc:      "Les insultes («\u00a0connard\u00a0», «\u00a0abruti\u00a0», «\u00a0enfoiré\u00a0») n’ont pas leur place dans une publication, même sur le ton de la plaisanterie.",
			Examples: []lint.Example{{Bad: "Quel abruti a garé sa voiture devant l’entrée\u202f?", Good: "Qui a garé sa voiture devant l’entrée\u202f?"}},
			Check:    func(p *lint.Pass) { checkLexicon(p, insultLexicon) },
		},
		{
			ID: "tone.slur", Category: lint.Tone, Severity: lint.Error,
			Doc:      "Les injures racistes, sexistes, homophobes ou validistes blessent et exposent à des poursuites\u00a0: elles sont toujours signalées comme des erreurs.",
			Examples: []lint.Example{{Bad: "Arrête de faire la tafiole.", Good: "Arrête de te plaindre."}},
			Check:    func(p *lint.Pass) { checkLexicon(p, slurLexicon) },
		},
		{
			ID: "tone.familiar", Category: lint.Tone, Severity: lint.Info,
			Doc: "Les mots familiers («\u00a0bosser\u00a0», «\u00a0fric\u00a0», «\u00a0mec\u00a0», «\u00a0super\u00a0» ou «\u00a0trop\u00a0» pour «\u00a0très\u00a0») " +
				"conviennent entre amis, moins dans la voix d’une marque ou d’une institution\u00a0: un équivalent neutre est proposé.",
			Examples: []lint.Example{{Bad: "On a bossé tout l’été sur ce projet.", Good: "Nous avons travaillé tout l’été sur ce projet."}},
			Check:    func(p *lint.Pass) { checkLexicon(p, familiarLexicon) },
		},
		{
			ID: "tone.anglicism", Category: lint.Tone, Severity: lint.Info,
			Doc: "Les anglicismes («\u00a0deadline\u00a0», «\u00a0feedback\u00a0», «\u00a0checker\u00a0») ont souvent un équivalent français, celui de FranceTerme, " +
				"ou celui de l’OQLF avec le profil fr-CA («\u00a0courriel\u00a0», «\u00a0clavardage\u00a0», «\u00a0mot-clic\u00a0»).",
			Examples: []lint.Example{{Bad: "La deadline approche.", Good: "L’échéance approche."}},
			Check:    func(p *lint.Pass) { checkLexicon(p, anglicismLexicon) },
		},
	}
}

// lexicon describes what one lexicon rule reads and says.
type lexicon struct {
	// name names the lexicons the rule reads: the rules that read the
	// same ones share what they find.
	name string
	// extras are the lists of tone.extra the rule reads, with the grade
	// each gives its entries.
	extras map[string]dictionaries.Grade
	// embedded returns the built-in lexicons, the first one first.
	embedded func(p *lint.Pass) []*dictionaries.Lexicon
	// grade is the grade of the phrases the rule reports.
	grade dictionaries.Grade
	// what says what the word is, after «word»: "est un anglicisme".
	what string
	// instead introduces the suggestions: "préférez", "écrivez".
	instead string
}

// vulgarity are the lists of vulgar.tsv: its three rules read them all, so
// that a phrase of one grade hides the words of another inside it.
var vulgarity = map[string]dictionaries.Grade{
	"vulgar": dictionaries.Vulgar, "insult": dictionaries.Insult, "slur": dictionaries.Slur,
}

func vulgarityLexicons(*lint.Pass) []*dictionaries.Lexicon {
	return []*dictionaries.Lexicon{dictionaries.Vulgarity()}
}

var (
	smsLexicon = &lexicon{
		name:     "sms",
		extras:   map[string]dictionaries.Grade{"sms": dictionaries.Ordinary},
		embedded: func(*lint.Pass) []*dictionaries.Lexicon { return []*dictionaries.Lexicon{dictionaries.SMS()} },
		what:     "est une abréviation de messagerie, peu lisible dans une publication",
		instead:  "écrivez",
	}
	vulgarLexicon = &lexicon{
		name:   "vulgarity",
		extras: vulgarity, embedded: vulgarityLexicons, grade: dictionaries.Vulgar,
		what:    "est un mot grossier, qui heurte une partie du public",
		instead: "préférez",
	}
	insultLexicon = &lexicon{
		name:   "vulgarity",
		extras: vulgarity, embedded: vulgarityLexicons, grade: dictionaries.Insult,
		what:    "est une insulte, qui n’a pas sa place dans une publication",
		instead: "préférez",
	}
	slurLexicon = &lexicon{
		name:   "vulgarity",
		extras: vulgarity, embedded: vulgarityLexicons, grade: dictionaries.Slur,
		what:    "est une injure discriminatoire, qui blesse et expose à des poursuites",
		instead: "préférez",
	}
	familiarLexicon = &lexicon{
		name:     "familiar",
		extras:   map[string]dictionaries.Grade{"familiar": dictionaries.Ordinary},
		embedded: func(*lint.Pass) []*dictionaries.Lexicon { return []*dictionaries.Lexicon{dictionaries.Familiar()} },
		what:     "relève du registre familier",
		instead:  "dans une publication soignée, préférez",
	}
	anglicismLexicon = &lexicon{
		name:   "anglicism",
		extras: map[string]dictionaries.Grade{"anglicism": dictionaries.Ordinary},
		embedded: func(p *lint.Pass) []*dictionaries.Lexicon {
			if p.Profile.Name == "fr-CA" {
				return []*dictionaries.Lexicon{dictionaries.AnglicismsCanada(), dictionaries.Anglicisms()}
			}
			return []*dictionaries.Lexicon{dictionaries.Anglicisms()}
		},
		what:    "est un anglicisme",
		instead: "en français, on dit",
	}
)

// lexicons returns what a rule reads, the configuration's entries first.
func (l *lexicon) lexicons(p *lint.Pass) []*dictionaries.Lexicon {
	var phrases []dictionaries.Phrase
	for _, list := range lint.ToneLexicons {
		grade, ok := l.extras[list]
		if !ok {
			continue
		}
		for _, e := range p.Tone.Extra[list] {
			phrases = append(phrases, dictionaries.Phrase{
				Words: strings.Split(e.Phrase, " "), Suggestions: e.Suggestions, Lemma: e.Phrase, Grade: grade,
			})
		}
	}
	embedded := l.embedded(p)
	if len(phrases) == 0 {
		return embedded
	}
	return append([]*dictionaries.Lexicon{dictionaries.NewLexicon(phrases)}, embedded...)
}

// lexiconMatch is a phrase found in a block.
type lexiconMatch struct {
	phrase      *dictionaries.Phrase
	span        lint.Span
	block       int // the index of the block in Document.Blocks
	first, last int // indexes of its first and last tokens
}

// checkLexicon reports the phrases of l's grade in every block.
func checkLexicon(p *lint.Pass, l *lexicon) {
	found := sharedPhrases(p, l)
	for len(found) > 0 {
		n := 1 // the phrases of one block
		for n < len(found) && found[n].block == found[0].block {
			n++
		}
		b := &p.Doc.Blocks[found[0].block]
		chat := false
		for _, m := range found[:n] {
			chat = chat || l == smsLexicon && m.phrase.Context == dictionaries.Anywhere &&
				caseOf(p.Doc.Text[m.span.Start:m.span.End]) != upperCase
		}
		for _, m := range found[:n] {
			if m.phrase.Grade != l.grade || !reportable(p, l, b, m, chat) {
				continue
			}
			reportPhrase(p, l, b, m)
		}
		found = found[n:]
	}
}

// phrasesKey identifies the phrases that the rules reading the same
// lexicons find in a document, with the same settings.
type phrasesKey struct {
	lexicons string
	profile  string
	tone     *lint.ToneSettings
}

// sharedPhrases returns the phrases of the lexicons of l found in the
// document, block after block, computed once for the rules that read
// them (see lint.Document.Shared).
func sharedPhrases(p *lint.Pass, l *lexicon) []lexiconMatch {
	key := phrasesKey{l.name, p.Profile.Name, p.Tone}
	return p.Doc.Shared(key, func() any {
		lexicons := l.lexicons(p)
		starts := phraseStarts(p.Doc, lexicons)
		if starts == nil {
			return []lexiconMatch(nil)
		}
		var found []lexiconMatch
		for bi := range p.Doc.Blocks {
			found = findPhrases(p, bi, lexicons, starts, found)
		}
		return found
	}).([]lexiconMatch)
}

// phraseStarts tells, for each form of the document (see
// lint.Document.Form), whether a phrase of the lexicons may start with
// it, as findPhrases looks it up; nil when none may.
func phraseStarts(doc *lint.Document, lexicons []*dictionaries.Lexicon) []bool {
	starts := make([]bool, doc.NumForms())
	any := false
	has := func(key string) bool {
		for _, lex := range lexicons {
			if len(lex.Phrases(key)) > 0 {
				return true
			}
		}
		return false
	}
	for f := range starts {
		key, shape := lexiconKey(doc.Form(f))
		ok := has(key)
		if !ok && shape&shapeElided != 0 {
			if k := afterElision(key); k < len(key) {
				ok = has(key[k:])
			}
		}
		if !ok && shape&shapeRepeats != 0 {
			if squeezed, sq := squeezeRepeats(key); sq {
				ok = has(squeezed)
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

// findPhrases appends the phrases of the lexicons found in block number
// block of the document, from left to right, the longest at each place.
// Phrases accepted by the configuration and innocent look-alikes are left
// out, but the words they cover are not searched again. Starts is what
// phraseStarts returns.
func findPhrases(p *lint.Pass, block int, lexicons []*dictionaries.Lexicon, starts []bool, found []lexiconMatch) []lexiconMatch {
	b := &p.Doc.Blocks[block]
	for i := 0; i < b.Len(); i++ {
		if f := b.Form(i); f < 0 || !starts[f] {
			continue // not a word or a number, or nothing starts with it
		}
		t := b.Token(i)
		key, shape := lexiconKey(t.Text)
		m, ok := matchAt(b, i, key, t.Start, lexicons)
		if !ok && shape&shapeElided != 0 {
			// "l’ami": what follows the apostrophe
			if k := afterElision(key); k < len(key) {
				m, ok = matchAt(b, i, key[k:], t.Start+afterElision(p.Doc.Text[t.Start:t.End]), lexicons)
			}
		}
		if !ok && shape&shapeRepeats != 0 {
			if squeezed, sq := squeezeRepeats(key); sq {
				m, ok = matchAt(b, i, squeezed, t.Start, lexicons)
			}
		}
		if !ok {
			continue
		}
		i, m.block = m.last, block
		if m.phrase.Grade == dictionaries.Innocent || p.Tone.Accepts(lint.ToneKey(p.Doc.Text[m.span.Start:m.span.End])) {
			continue
		}
		found = append(found, m)
	}
	return found
}

// squeezeRepeats writes once the letters repeated three times or more in
// a row ("mdrrr": "mdr", "merdeeee": "merde"), and tells whether that
// left a word of three letters or more ("pppd" is a name, not "pd").
func squeezeRepeats(word string) (string, bool) {
	var out []rune
	run, prev := 0, rune(0)
	for _, r := range word {
		if r == prev {
			run++
		} else {
			prev, run = r, 1
		}
		switch {
		case run < 3:
			out = append(out, r)
		case run == 3:
			out = out[:len(out)-1]
		}
	}
	return string(out), len(out) >= 3 && len(out) < len(word)
}

// matchAt finds the longest phrase whose first word is key, at token i.
func matchAt(b *lint.Block, i int, key string, start int, lexicons []*dictionaries.Lexicon) (lexiconMatch, bool) {
	var best lexiconMatch
	for _, lex := range lexicons {
		for _, ph := range lex.Phrases(key) {
			if best.phrase != nil && len(ph.Words) <= len(best.phrase.Words) {
				break
			}
			if last, ok := matchRest(b, i, ph.Words[1:]); ok {
				best = lexiconMatch{phrase: ph, span: lint.Span{Start: start, End: b.Span(last).End}, first: i, last: last}
				break
			}
		}
	}
	return best, best.phrase != nil
}

// matchRest tells whether words follow token i, joined to it and to one
// another by spaces or hyphens, and returns the index of the last one.
func matchRest(b *lint.Block, i int, words []string) (int, bool) {
	for _, w := range words {
		j := i + 1
		for j < b.Len() && (b.Kind(j) == lint.Space || b.Kind(j) == lint.Markup || b.Is(j, "-")) {
			j++
		}
		if j == b.Len() || j == i+1 || b.Kind(j) != lint.Word || lexiconKeyOnly(b.Text(j)) != w {
			return 0, false
		}
		i = j
	}
	return i, true
}

// lexiconKeyOnly returns the lexicon key of a word that follows the first
// of a phrase, with the ASCII apostrophe of the lexicons.
func lexiconKeyOnly(word string) string {
	key, shape := lexiconKey(word)
	if shape&shapeElided != 0 {
		key = strings.ReplaceAll(key, "’", "'")
	}
	return key
}

// reportable tells whether a phrase found stands in prose and in a case
// and context where it is what the lexicon says. Chat tells whether the
// block holds an unambiguous chat spelling.
func reportable(p *lint.Pass, l *lexicon, b *lint.Block, m lexiconMatch, chat bool) bool {
	text := p.Doc.Text[m.span.Start:b.Span(m.first).End]
	switch caseOf(text) {
	case mixedCase:
		return false // a brand or a name: "LinkedIn", "McDo"
	case upperCase:
		// an acronym or a name in code ("PQ", "CV", "EMAIL", "LIKE"), but
		// "MDR" and "SVP" are shouted chat spellings, and "MERDE" a
		// shouted swear word; "BCP 47" is a standard
		n := countLetters(text)
		switch {
		case n <= 2, l == familiarLexicon, l == anglicismLexicon:
			return false
		case n == 3 && (l != smsLexicon || m.phrase.Context != dictionaries.Anywhere):
			return false
		case l == smsLexicon && nextIsNumber(b, m.last):
			return false
		}
	case titleCase:
		if !atSentenceStart(b, m.first) || m.span.Start != b.Span(m.first).Start {
			return false // a proper noun: "Super U", "l’Abruti"
		}
	}
	if p.Words.Contains(p.Doc.Text[m.span.Start:m.span.End]) {
		return false
	}
	if len(m.phrase.Words) == 1 && inName(b, m.first, m.last) {
		return false
	}
	if l == anglicismLexicon && englishAround(b, m.first, m.last) {
		return false
	}
	switch m.phrase.Context {
	case dictionaries.AmongChat:
		return chat && apart(b, m.first)
	case dictionaries.BeforeAdjective:
		return beforeAdjective(b, m.last)
	}
	return true
}

// nextIsNumber tells whether a number follows token i, after a space.
func nextIsNumber(b *lint.Block, i int) bool {
	j := b.Next(i)
	if j >= 0 && b.Kind(j) == lint.Space {
		j = b.Next(j)
	}
	return j >= 0 && b.Kind(j) == lint.Number
}

// englishAround tells whether the word before or after tokens first to
// last is English rather than French: an anglicism is then part of an
// English phrase ("release team", "mail filter"), not of a French one.
func englishAround(b *lint.Block, first, last int) bool {
	for _, j := range []int{prevWord(b, first), nextWord(b, last)} {
		if j >= 0 && isEnglishWord(b.Text(j)) {
			return true
		}
	}
	return false
}

// isEnglishWord tells whether a word of ASCII letters is unknown to the
// French dictionary, in its case or in lower case.
func isEnglishWord(w string) bool {
	for i := 0; i < len(w); i++ {
		if c := w[i] | 0x20; c < 'a' || c > 'z' {
			return false
		}
	}
	dict := dictionaries.Default()
	return !dict.Contains(w) && !dict.Contains(strings.ToLower(w))
}

// apart tells whether the token at i stands alone between spaces, or at
// an edge of the block, or before a punctuation mark that ends a clause.
func apart(b *lint.Block, i int) bool {
	if i > 0 && b.Kind(i-1) != lint.Space {
		return false
	}
	if i+1 == b.Len() {
		return true
	}
	next := b.Token(i + 1)
	return next.Kind == lint.Space || next.Kind == lint.Punct && strings.Contains(",.!?…", next.Text)
}

// beforeAdjective tells whether the word after token i is an adjective
// or an adverb in lower case: "super sympa", not "super héros".
func beforeAdjective(b *lint.Block, i int) bool {
	j := nextWord(b, i)
	if j < 0 || caseOf(b.Text(j)) != lowerCase {
		return false
	}
	e, ok := dictionaries.Default().Lookup(b.Text(j))
	return ok && e.HasReading(dictionaries.Adjective) || ok && e.HasReading(dictionaries.Adverb)
}

// reportPhrase reports a phrase found, with its suggestions in the case
// of the text unless they are only a hint.
func reportPhrase(p *lint.Pass, l *lexicon, b *lint.Block, m lexiconMatch) {
	text := p.Doc.Text[m.span.Start:m.span.End]
	ph := m.phrase
	msg := quoted(text) + " " + l.what
	if ph.Hint && lint.ToneKey(text) != ph.Lemma {
		msg = quoted(text) + " (de " + quoted(ph.Lemma) + ") " + l.what
	}
	var suggestions []string
	switch {
	case len(ph.Suggestions) == 0 && l.grade == dictionaries.Ordinary:
		msg += "\u00a0; écrivez-le autrement."
	case len(ph.Suggestions) == 0:
		msg += "\u00a0: reformulez."
	case ph.Hint:
		msg += fmt.Sprintf("\u00a0; préférez une forme de %s.", alternatives(ph.Suggestions))
	default:
		c := caseOf(p.Doc.Text[m.span.Start:b.Span(m.first).End])
		for _, s := range ph.Suggestions {
			suggestions = append(suggestions, withCase(s, c))
		}
		msg += fmt.Sprintf("\u00a0; %s %s.", l.instead, alternatives(suggestions))
	}
	p.Report(lint.Diagnostic{Message: msg, Span: m.span, Suggestions: suggestions})
}

// alternatives quotes words and joins them with "ou".
func alternatives(words []string) string {
	q := make([]string, len(words))
	for i, w := range words {
		q[i] = quoted(w)
	}
	if len(q) == 1 {
		return q[0]
	}
	return strings.Join(q[:len(q)-1], ", ") + " ou " + q[len(q)-1]
}
