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
		toks := &p.Doc.Blocks[bi]
		for i := range toks.Len() {
			f := toks.Form(i)
			if f < 0 || toks.Kind(i) != lint.Word {
				continue
			}
			if lower := p.Doc.LowerForm(f); !strings.Contains(lower, "oe") && !strings.Contains(lower, "ae") {
				continue
			}
			v := s.classifyAt(toks, i)
			if v.kind != missingLigature || inCode(toks, i, i) {
				continue
			}
			span := toks.Span(i)
			span.Start += elidedLen(p.Doc.Text[span.Start:span.End], int(v.elided))
			written := p.Doc.Text[span.Start:span.End]
			p.Replace(span, fmt.Sprintf("«\u00a0%s\u00a0» s’écrit avec la ligature\u00a0: «\u00a0%s\u00a0».", written, v.right), v.right, true)
		}
	}
}
