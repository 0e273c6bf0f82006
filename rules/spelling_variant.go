package rules

import (
	"fmt"

	"github.com/coquille-fr/coquille/dictionaries"
	"github.com/coquille-fr/coquille/lint"
)

// checkVariant reports, when the configuration prefers one spelling
// variant, the words written in the other one: évènement for a team that
// writes the classic spelling, événement for one that follows the 1990
// reform.
func checkVariant(p *lint.Pass) {
	var unwanted dictionaries.Variant
	var message string
	switch p.Profile.Variant {
	case lint.ClassicVariant:
		unwanted, message = dictionaries.VariantReform, "«\u00a0%s\u00a0» suit l’orthographe de 1990\u202f; la configuration demande l’orthographe classique."
	case lint.ReformVariant:
		unwanted, message = dictionaries.VariantClassic, "«\u00a0%s\u00a0» suit l’orthographe d’avant 1990\u202f; la configuration demande l’orthographe rectifiée."
	default:
		return
	}
	s := newSpeller(p)
	for bi := range p.Doc.Blocks {
		toks := &p.Doc.Blocks[bi]
		for i := 0; i < toks.Len(); i++ {
			if toks.Kind(i) != lint.Word {
				continue
			}
			last := compoundEnd(toks, i)
			if v := s.classify(compoundText(toks, i, last)); v.inLexicon {
				s.reportVariant(lint.Span{Start: toks.Span(i).Start, End: toks.Span(last).End}, v, unwanted, message)
			} else {
				for k := i; k <= last; k += 2 {
					if v := s.classify(toks.Text(k)); v.inLexicon {
						s.reportVariant(toks.Span(k), v, unwanted, message)
					}
				}
			}
			i = last
		}
	}
}

// reportVariant reports a word of the lexicon in the unwanted variant,
// with the preferred spellings as suggestions.
func (s *speller) reportVariant(span lint.Span, v verdict, unwanted dictionaries.Variant, message string) {
	if v.variant != unwanted {
		return
	}
	span.Start += elidedLen(s.pass.Doc.Text[span.Start:span.End], int(v.elided))
	written := s.pass.Doc.Text[span.Start:span.End]
	s.pass.Report(lint.Diagnostic{
		Span:        span,
		Message:     fmt.Sprintf(message, written),
		Suggestions: suggestionWords(s.suggest(v.word), apostropheFor(s.pass, written)),
	})
}
