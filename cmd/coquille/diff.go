package main

import (
	"bufio"
	"fmt"
	"io"
	"strings"
)

// diffContext is the number of unchanged lines around each change.
const diffContext = 3

// maxDiffEdits bounds the work of the line diff; past it, the changed
// region is shown as one block of removed then added lines, which is still
// a correct diff.
const maxDiffEdits = 2000

// lineOp is one line of a diff: ' ' kept, '-' removed, '+' added.
type lineOp struct {
	kind byte
	line string // with its line end, if it has one
}

// writeDiff writes the unified diff that turns a into b, or nothing when
// they are equal. Both sides are named path.
func writeDiff(w io.Writer, path string, a, b []byte) error {
	if string(a) == string(b) {
		return nil
	}
	ops := diffLines(splitLines(string(a)), splitLines(string(b)))
	bw := bufio.NewWriter(w)
	fmt.Fprintf(bw, "--- %s\n+++ %s\n", path, path)
	for _, h := range hunks(ops) {
		writeHunk(bw, ops, h)
	}
	return bw.Flush()
}

// splitLines cuts s after each "\n"; the last line may have no line end.
func splitLines(s string) []string {
	var lines []string
	for s != "" {
		n := strings.IndexByte(s, '\n') + 1
		if n == 0 {
			n = len(s)
		}
		lines = append(lines, s[:n])
		s = s[n:]
	}
	return lines
}

// diffLines returns the operations that turn a into b: the common head
// and tail are kept, the middle is diffed with Myers' algorithm.
func diffLines(a, b []string) []lineOp {
	head := 0
	for head < len(a) && head < len(b) && a[head] == b[head] {
		head++
	}
	tail := 0
	for tail < len(a)-head && tail < len(b)-head && a[len(a)-1-tail] == b[len(b)-1-tail] {
		tail++
	}
	ops := make([]lineOp, 0, len(a)+len(b))
	for _, l := range a[:head] {
		ops = append(ops, lineOp{' ', l})
	}
	ops = append(ops, myers(a[head:len(a)-tail], b[head:len(b)-tail])...)
	for _, l := range a[len(a)-tail:] {
		ops = append(ops, lineOp{' ', l})
	}
	return ops
}

// myers returns a shortest edit script from a to b (Myers, "An O(ND)
// Difference Algorithm", 1986), or removes all of a and adds all of b when
// that would take more than maxDiffEdits edits.
func myers(a, b []string) []lineOp {
	n, m := len(a), len(b)
	maxD := min(n+m, maxDiffEdits)
	off := maxD + 1
	v := make([]int, 2*maxD+3)
	var trace [][]int // trace[d] holds v[k] for k in [-d-1, d+1] before step d
	for d := 0; d <= maxD; d++ {
		trace = append(trace, append([]int(nil), v[off-d-1:off+d+2]...))
		for k := -d; k <= d; k += 2 {
			x := v[off+k-1] + 1
			if k == -d || k != d && v[off+k-1] < v[off+k+1] {
				x = v[off+k+1]
			}
			y := x - k
			for x < n && y < m && a[x] == b[y] {
				x, y = x+1, y+1
			}
			v[off+k] = x
			if x >= n && y >= m {
				return backtrack(a, b, trace)
			}
		}
	}
	ops := make([]lineOp, 0, n+m)
	for _, l := range a {
		ops = append(ops, lineOp{'-', l})
	}
	for _, l := range b {
		ops = append(ops, lineOp{'+', l})
	}
	return ops
}

// backtrack follows the trace of myers back from the end to the start.
func backtrack(a, b []string, trace [][]int) []lineOp {
	var rev []lineOp
	x, y := len(a), len(b)
	for d := len(trace) - 1; d >= 0; d-- {
		v := func(k int) int { return trace[d][k+d+1] }
		k := x - y
		prev := k - 1
		if k == -d || k != d && v(k-1) < v(k+1) {
			prev = k + 1
		}
		px := v(prev)
		py := px - prev
		for x > px && y > py {
			rev = append(rev, lineOp{' ', a[x-1]})
			x, y = x-1, y-1
		}
		if d > 0 {
			if x == px {
				rev = append(rev, lineOp{'+', b[y-1]})
			} else {
				rev = append(rev, lineOp{'-', a[x-1]})
			}
		}
		x, y = px, py
	}
	for i, j := 0, len(rev)-1; i < j; i, j = i+1, j-1 {
		rev[i], rev[j] = rev[j], rev[i]
	}
	return rev
}

// hunk is a range [from, to) of operations shown together.
type hunk struct{ from, to int }

// hunks groups the changes of ops with their context; changes closer than
// twice the context share a hunk.
func hunks(ops []lineOp) []hunk {
	var hs []hunk
	for i := 0; i < len(ops); i++ {
		if ops[i].kind == ' ' {
			continue
		}
		from, to := max(i-diffContext, 0), min(i+1+diffContext, len(ops))
		if n := len(hs); n > 0 && from <= hs[n-1].to {
			hs[n-1].to = to
		} else {
			hs = append(hs, hunk{from, to})
		}
	}
	return hs
}

// writeHunk writes one hunk with its "@@ -l,s +l,s @@" header.
func writeHunk(w *bufio.Writer, ops []lineOp, h hunk) {
	aStart, bStart := 0, 0
	for _, op := range ops[:h.from] {
		if op.kind != '+' {
			aStart++
		}
		if op.kind != '-' {
			bStart++
		}
	}
	aLen, bLen := 0, 0
	for _, op := range ops[h.from:h.to] {
		if op.kind != '+' {
			aLen++
		}
		if op.kind != '-' {
			bLen++
		}
	}
	fmt.Fprintf(w, "@@ -%s +%s @@\n", hunkRange(aStart, aLen), hunkRange(bStart, bLen))
	for _, op := range ops[h.from:h.to] {
		w.WriteByte(op.kind)
		w.WriteString(op.line)
		if !strings.HasSuffix(op.line, "\n") {
			w.WriteString("\n\\ No newline at end of file\n")
		}
	}
}

// hunkRange writes the range of a hunk on one side, from the number of
// lines before it and its length, the way GNU diff does.
func hunkRange(before, n int) string {
	switch n {
	case 0:
		return fmt.Sprintf("%d,0", before)
	case 1:
		return fmt.Sprintf("%d", before+1)
	}
	return fmt.Sprintf("%d,%d", before+1, n)
}
