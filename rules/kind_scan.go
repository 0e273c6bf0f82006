package rules

import "github.com/coquille-fr/coquille/lint"

// eachOfKind calls visit with the tokens of kind k of the document, in
// order (see lint.Document.TokensOf). Visit returns the index of the
// last token of its block that it has dealt with, i itself or more: the
// tokens of kind k up to it are skipped.
func eachOfKind(p *lint.Pass, k lint.TokenKind, visit func(b *lint.Block, i int) (last int)) {
	visitMerged(p, p.Doc.TokensOf(k), nil, visit)
}

// eachOfKinds is eachOfKind for the tokens of two kinds, a and b, taken
// together in the order of the document.
func eachOfKinds(p *lint.Pass, a, b lint.TokenKind, visit func(b *lint.Block, i int) (last int)) {
	visitMerged(p, p.Doc.TokensOf(a), p.Doc.TokensOf(b), visit)
}

// visitMerged calls visit with the tokens of as and bs, two lists in the
// order of the document, merged in that order, skipping those up to the
// index visit returns in the same block.
func visitMerged(p *lint.Pass, as, bs []lint.TokenAt, visit func(b *lint.Block, i int) (last int)) {
	block, last := int32(-1), -1
	for len(as) > 0 || len(bs) > 0 {
		var at lint.TokenAt
		if len(bs) == 0 || len(as) > 0 && (as[0].Block < bs[0].Block || as[0].Block == bs[0].Block && as[0].Index < bs[0].Index) {
			at, as = as[0], as[1:]
		} else {
			at, bs = bs[0], bs[1:]
		}
		if at.Block == block && int(at.Index) <= last {
			continue
		}
		block, last = at.Block, visit(&p.Doc.Blocks[at.Block], int(at.Index))
	}
}
