package lint

// DropTokens frees the tokens of a document whose rules have run, for a
// caller that keeps it only to report on it: a long file's tokens weigh
// several times its text. Blocks and Posts are then empty and TokensOf
// and Shared give nothing more, while Text, Position and the suppressions
// applied stay as they were.
func (d *Document) DropTokens() {
	d.tokens, d.Blocks, d.Posts = nil, nil, nil
	d.norms, d.forms, d.lower = nil, nil, nil
	for k := range d.byKind.at {
		d.byKind.once[k].Do(func() {})
		d.byKind.at[k] = nil
	}
	d.shared.mu.Lock()
	clear(d.shared.values)
	d.shared.mu.Unlock()
}
