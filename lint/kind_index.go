package lint

import "sync"

// TokenAt locates a token of a document: the index of its block in
// Document.Blocks and its index in the block.
type TokenAt struct {
	Block, Index int32
}

// kindIndex holds, for each kind of token, where the tokens of that kind
// are, computed on first use.
type kindIndex struct {
	once [endOfBlock]sync.Once
	at   [endOfBlock][]TokenAt
}

// TokensOf returns where the tokens of kind k are, in the order of the
// document. Rules that look at a rare kind of token (numbers, hashtags)
// visit those only, instead of every token. The list is computed once for
// the document and shared: callers must not modify it. It is safe for
// concurrent use.
func (d *Document) TokensOf(k TokenKind) []TokenAt {
	d.byKind.once[k].Do(func() {
		var at []TokenAt
		for bi := range d.Blocks {
			for i, t := range d.Blocks[bi].tokens {
				if t.kind() == k {
					at = append(at, TokenAt{int32(bi), int32(i)})
				}
			}
		}
		d.byKind.at[k] = at
	})
	return d.byKind.at[k]
}
