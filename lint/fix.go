package lint

import (
	"cmp"
	"slices"
)

// ApplyEdits applies non-overlapping edits to data; an edit that overlaps
// one before it is left out. It returns the new data and the number of
// edits applied.
func ApplyEdits(data []byte, edits []Edit) ([]byte, int) {
	edits = slices.Clone(edits)
	slices.SortStableFunc(edits, func(a, b Edit) int {
		return cmp.Or(cmp.Compare(a.Start, b.Start), cmp.Compare(a.End, b.End))
	})
	out := make([]byte, 0, len(data))
	at, applied := 0, 0
	for _, e := range edits {
		if e.Start < at || e.End < e.Start || e.End > len(data) {
			continue
		}
		out = append(out, data[at:e.Start]...)
		out = append(out, e.Text...)
		at = e.End
		applied++
	}
	out = append(out, data[at:]...)
	return out, applied
}

// maxFixRounds bounds the check-and-fix rounds of Fix.
const maxFixRounds = 8

// Fix applies the safe fixes of every diagnostic, checking again after
// each round until nothing is left to fix, so that fixing the result
// again changes nothing. It returns the fixed data, the number of edits,
// and the last result (its error set when the source cannot be checked).
// Only the source must respect MaxFileSize: fixes may make it longer.
func (c *Checker) Fix(src *Source) ([]byte, int, Result) {
	data, total := src.Data, 0
	grown := *c
	grown.MaxFileSize = MaxDocumentSize
	check := c
	for range maxFixRounds {
		res := check.Check(&Source{Path: src.Path, Data: data, Format: src.Format})
		if res.Err != nil {
			return src.Data, 0, res
		}
		check = &grown
		var edits []Edit
		for _, d := range res.Diagnostics {
			if d.Fix != nil {
				edits = append(edits, *d.Fix)
			}
		}
		if len(edits) == 0 {
			return data, total, res
		}
		var n int
		data, n = ApplyEdits(data, edits)
		total += n
	}
	return data, total, check.Check(&Source{Path: src.Path, Data: data, Format: src.Format})
}
