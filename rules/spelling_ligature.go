package rules

import (
	"fmt"
	"strings"

	"github.com/coquille-fr/coquille/lint"
)

// checkLigature reports the words written with "oe" or "ae" that the
// lexicon knows only with the ligature (coeur: cœur, ex aequo stays).
func checkLigature(p *lint.Pass) {
	sp := newSpeller(p)
	hasPair := func(f int) bool {
		lower := p.Doc.LowerForm(f)
		return strings.Contains(lower, "oe") || strings.Contains(lower, "ae")
	}
	scanForms(p, hasPair, func(s *wordScan, i int) {
		toks := s.toks
		v := sp.classifyAt(toks, i)
		if v.kind != missingLigature || inCode(toks, i, i) {
			return
		}
		span := toks.Span(i)
		span.Start += elidedLen(p.Doc.Text[span.Start:span.End], int(v.elided))
		written := p.Doc.Text[span.Start:span.End]
		p.Replace(span, fmt.Sprintf("«\u00a0%s\u00a0» s’écrit avec la ligature\u00a0: «\u00a0%s\u00a0».", written, v.right), v.right, true)
	})
}
