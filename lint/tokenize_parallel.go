package lint

import (
	"maps"
	"slices"
	"sync"

	"github.com/coquille-fr/coquille/lint/markup"
)

// parallelMin is the size of text from which NewDocument tokenizes on
// every processor. Below it, the fixed costs of a run (waking a thread, a
// table of forms, the merge) weigh more, and small files are checked in
// parallel with each other anyway.
const parallelMin = 256 << 10

// tokenize sets the tokens, forms and norms of doc from blocks, the text
// of which starts at offset. It cuts blocks into at most parts runs of
// about equal bytes, tokenizes the runs in parallel and merges them into
// what one tokenizer would give: the same tokens, with forms numbered in
// the order of their first use in the document. It returns where the
// tokens of each block start, followed by len(doc.tokens).
func tokenize(doc *Document, blocks []markup.Block, offset, parts int) []int {
	firsts := make([]int, len(blocks)+1)
	cuts := cutRuns(blocks, parts)
	runs := make([]*tokenizer, len(cuts)-1)
	var wg sync.WaitGroup
	for k := len(runs) - 1; k >= 0; k-- {
		from, to := cuts[k], cuts[k+1]
		run := func() {
			size := len(doc.Text) - offset // room for all: the first run receives the others
			if k > 0 {
				size = blocks[to-1].End() - blocks[from].Start()
			}
			runs[k] = newTokenizer(doc.Text, size)
			runs[k].blocks(blocks[from:to], offset, firsts[from:to])
		}
		if k == 0 {
			run()
		} else {
			wg.Go(run)
		}
	}
	wg.Wait()

	total := 0
	for _, u := range runs {
		total += len(u.tokens)
	}
	t := runs[0]
	n := len(t.tokens)
	t.tokens = slices.Grow(t.tokens, total-n)[:total]
	for k := 1; k < len(runs); k++ {
		u := runs[k]
		renum := make([]uint32, len(u.forms.forms))
		for f, s := range u.forms.forms {
			renum[f] = t.forms.intern(s)
		}
		dst := t.tokens[n : n+len(u.tokens)]
		wg.Go(func() { renumber(dst, u.tokens, renum) })
		for i := cuts[k]; i < cuts[k+1]; i++ {
			firsts[i] += n
		}
		n += len(u.tokens)
		if u.norms != nil {
			if t.norms == nil {
				t.norms = u.norms
			} else {
				maps.Copy(t.norms, u.norms)
			}
		}
	}
	wg.Wait()
	firsts[len(blocks)] = total
	doc.tokens, doc.forms, doc.norms = t.tokens, t.forms.forms, t.norms
	return firsts
}

// cutRuns cuts blocks into at most parts runs of consecutive blocks, of
// about equal bytes and never empty, and returns the index of the first
// block of each run followed by len(blocks).
func cutRuns(blocks []markup.Block, parts int) []int {
	cuts := []int{0}
	if len(blocks) > 1 && parts > 1 {
		first := blocks[0].Start()
		step := max((blocks[len(blocks)-1].End()-first)/parts, 1)
		for i := 1; i < len(blocks) && len(cuts) < parts; i++ {
			if blocks[i].Start()-first >= len(cuts)*step {
				cuts = append(cuts, i)
			}
		}
	}
	return append(cuts, len(blocks))
}

// renumber copies src to dst, giving form renum[f] to the tokens of form f.
func renumber(dst, src []token, renum []uint32) {
	for i, tok := range src {
		if f := tok.info >> infoFormShift; f != 0 {
			tok.info = tok.info&(1<<infoFormShift-1) | (renum[f-1]+1)<<infoFormShift
		}
		dst[i] = tok
	}
}
