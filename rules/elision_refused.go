package rules

import (
	"strings"

	"github.com/coquille-fr/coquille/dictionaries"
	"github.com/coquille-fr/coquille/lint"
)

// refusedElisionRule reports an elision before a word that refuses it:
// an aspirated h ("l’héros"), "onze", "oui", "yaourt"…, and "presque"
// elided elsewhere than in "presqu’île".
func refusedElisionRule() *lint.Rule {
	return &lint.Rule{
		ID: "elision.refused", Category: lint.Elision, Severity: lint.Error,
		Doc: "Devant un h aspiré («\u00a0le héros\u00a0», «\u00a0la hache\u00a0») et devant «\u00a0onze\u00a0», «\u00a0oui\u00a0», «\u00a0yaourt\u00a0»…, on n’élide pas. " +
			"Le dictionnaire le sait mot par mot («\u00a0le héros\u00a0» mais «\u00a0l’héroïne\u00a0»)\u202f; là où il ne dit rien, la règle se tait. «\u00a0Presque\u00a0» ne s’élide que dans «\u00a0presqu’île\u00a0».",
		Examples: []lint.Example{{Bad: "L’héros du jour a mangé des haricots.", Good: "Le héros du jour a mangé des haricots."}},
		Check:    checkRefusedElision,
	}
}

// wholeForms gives the whole form of each elided word.
var wholeForms = map[string]string{
	"d": "de", "j": "je", "m": "me", "t": "te", "s": "se", "n": "ne", "c": "ce",
	"qu": "que", "jusqu": "jusque", "lorsqu": "lorsque", "puisqu": "puisque", "quoiqu": "quoique",
	"l": "", // le or la, after the gender of the next word
}

// bothElisionsAccepted are the words that dictionaries and usage give
// with and without elision alike: "la ouate" and "l’ouate", "le hindi"
// and "l’hindi".
var bothElisionsAccepted = map[string]bool{"ouate": true, "ouates": true, "hindi": true}

// checkRefusedElision reports "l’héros", "j’hais", "l’onze",
// "presqu’exacte".
func checkRefusedElision(p *lint.Pass) {
	refuses := map[string]bool{} // the verdict on each word after an elision, as the same words come back
	scanWords(p, hasApostrophe, func(s *wordScan, i int) {
		text := s.toks.Text(i)
		elided, rest, ok := splitElided(text)
		if !ok || rest == "" || startsUpperCase(rest) || strings.ContainsAny(rest, "'’") || bothElisionsAccepted[rest] {
			return
		}
		var suggestions []string
		switch whole, known := wholeForms[elided]; {
		case elided == "presqu":
			if rest == "île" || rest == "îles" || s.dict.Contains(strings.ToLower(strings.ReplaceAll(text, "’", "'"))) {
				return
			}
			suggestions = []string{"presque"}
		case !known:
			return
		default:
			refused, seen := refuses[rest]
			if seen && !refused {
				return
			}
			e, ok := s.entry(rest)
			refuses[rest] = ok && e.Tags.Elision() == dictionaries.ElisionRefuses
			if !refuses[rest] || s.dict.Contains(strings.ReplaceAll(text, "’", "'")) {
				return
			}
			suggestions = []string{whole}
			if whole == "" {
				suggestions = articlesFor(e)
			}
		}
		if s.mention(i) {
			return
		}
		head := text[:len(elided)]
		_, written, _ := splitElided(s.original(i))
		for k, w := range suggestions {
			suggestions[k] = sameCase(head, w) + " " + written
		}
		d := lint.Diagnostic{
			Span:        s.toks.Span(i),
			Message:     refusedMessage(elided, rest, suggestions),
			Suggestions: suggestions,
		}
		if len(suggestions) == 1 {
			d.Fix = &lint.Edit{Span: d.Span, Text: suggestions[0]}
		}
		p.Report(d)
	})
}

// refusedMessage explains the fault in French.
func refusedMessage(elided, rest string, suggestions []string) string {
	if elided == "presqu" {
		return quoted("presque") + " ne s’élide que dans " + quoted("presqu’île") + "\u00a0: écrivez " + quoted(suggestions[0]) + "."
	}
	fix := quoted(suggestions[0])
	if len(suggestions) > 1 {
		fix += " ou " + quoted(suggestions[1])
	}
	return quoted(rest) + " refuse l’élision\u00a0: écrivez " + fix + "."
}

// articlesFor returns the article that replaces "l’" before a word that
// refuses elision: "le" or "la" after its gender, both when the lexicon
// says both or nothing (a verb: "je l’hais").
func articlesFor(e dictionaries.Entry) []string {
	masculine, feminine := false, false
	for _, r := range e.Readings() {
		switch {
		case r.Any(dictionaries.Numeral):
			masculine = true // le onze, le huit
		case r.Any(dictionaries.Noun | dictionaries.Adjective | dictionaries.Pronoun):
			masculine = masculine || r.Any(dictionaries.Masculine)
			feminine = feminine || r.Any(dictionaries.Feminine)
		}
	}
	switch {
	case masculine && !feminine:
		return []string{"le"}
	case feminine && !masculine:
		return []string{"la"}
	}
	return []string{"le", "la"}
}
