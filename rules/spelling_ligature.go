package rules

import (
	"fmt"
	"strings"

	"github.com/coquille-fr/coquille/lint"
)

// checkLigature reports the words written with "oe" or "ae" that the
// lexicon knows only with the ligature (coeur: cœur, ex aequo stays).
func checkLigature(p *lint.Pass) {
	s := newSpeller(p)
	for bi := range p.Doc.Blocks {
		toks := p.Doc.Blocks[bi].Tokens
		for i, t := range toks {
			if t.Kind != lint.Word || !strings.Contains(strings.ToLower(t.Text), "oe") && !strings.Contains(strings.ToLower(t.Text), "ae") {
				continue
			}
			v := s.classify(t.Text)
			if v.kind != missingLigature || inCode(toks, i, i) {
				continue
			}
			span := t.Span()
			span.Start += elidedLen(p.Doc.Text[span.Start:span.End], v.elided)
			written := p.Doc.Text[span.Start:span.End]
			p.Replace(span, fmt.Sprintf("«\u00a0%s\u00a0» s’écrit avec la ligature\u00a0: «\u00a0%s\u00a0».", written, v.right), v.right, true)
		}
	}
}
