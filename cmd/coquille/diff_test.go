package main

import (
	"bytes"
	"math/rand/v2"
	"strings"
	"testing"
)

func TestWriteDiff(t *testing.T) {
	cases := []struct{ name, a, b, want string }{
		{"equal", "a\nb\n", "a\nb\n", ""},
		{"one line", "a\n", "b\n", "--- f\n+++ f\n@@ -1 +1 @@\n-a\n+b\n"},
		{"context and two hunks",
			"1\n2\n3\n4\n5\n6\n7\n8\n9\n10\n11\n12\n",
			"1\nDEUX\n3\n4\n5\n6\n7\n8\n9\n10\nONZE\n12\n",
			"--- f\n+++ f\n@@ -1,5 +1,5 @@\n 1\n-2\n+DEUX\n 3\n 4\n 5\n@@ -8,5 +8,5 @@\n 8\n 9\n 10\n-11\n+ONZE\n 12\n"},
		{"merged hunks", "1\n2\n3\n4\n5\n6\n7\n8\n", "1\nx\n3\n4\n5\n6\ny\n8\n",
			"--- f\n+++ f\n@@ -1,8 +1,8 @@\n 1\n-2\n+x\n 3\n 4\n 5\n 6\n-7\n+y\n 8\n"},
		{"insert at start", "b\n", "a\nb\n", "--- f\n+++ f\n@@ -1 +1,2 @@\n+a\n b\n"},
		{"into empty", "", "a\n", "--- f\n+++ f\n@@ -0,0 +1 @@\n+a\n"},
		{"delete all", "a\nb\n", "", "--- f\n+++ f\n@@ -1,2 +0,0 @@\n-a\n-b\n"},
		{"no newline at end", "a\nb", "a\nc", "--- f\n+++ f\n@@ -1,2 +1,2 @@\n a\n-b\n\\ No newline at end of file\n+c\n\\ No newline at end of file\n"},
		{"newline added at end", "a", "a\n", "--- f\n+++ f\n@@ -1 +1 @@\n-a\n\\ No newline at end of file\n+a\n"},
		{"crlf kept", "a !\r\nb\r\n", "a\u202f!\r\nb\r\n", "--- f\n+++ f\n@@ -1,2 +1,2 @@\n-a !\r\n+a\u202f!\r\n b\r\n"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			var out bytes.Buffer
			if err := writeDiff(&out, "f", []byte(c.a), []byte(c.b)); err != nil {
				t.Fatal(err)
			}
			if out.String() != c.want {
				t.Errorf("got\n%q\nwant\n%q", out.String(), c.want)
			}
		})
	}
}

// TestDiffLinesRebuildsBothSides checks on random texts that the kept and
// removed lines give a, the kept and added lines give b, and that the
// script is no longer than a plain longest-common-subsequence one.
func TestDiffLinesRebuildsBothSides(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	randomLines := func() []string {
		lines := make([]string, r.IntN(30))
		for i := range lines {
			lines[i] = string(rune('a'+r.IntN(4))) + "\n"
		}
		return lines
	}
	for range 500 {
		a, b := randomLines(), randomLines()
		ops := diffLines(a, b)
		var gotA, gotB []string
		edits := 0
		for _, op := range ops {
			if op.kind != '+' {
				gotA = append(gotA, op.line)
			}
			if op.kind != '-' {
				gotB = append(gotB, op.line)
			}
			if op.kind != ' ' {
				edits++
			}
		}
		if strings.Join(gotA, "") != strings.Join(a, "") || strings.Join(gotB, "") != strings.Join(b, "") {
			t.Fatalf("diff of %q and %q does not rebuild them: %v", a, b, ops)
		}
		if want := len(a) + len(b) - 2*lcs(a, b); edits != want {
			t.Fatalf("diff of %q and %q has %d edits, want %d", a, b, edits, want)
		}
	}
}

// lcs is the length of the longest common subsequence, by dynamic
// programming.
func lcs(a, b []string) int {
	prev := make([]int, len(b)+1)
	for i := range a {
		cur := make([]int, len(b)+1)
		for j := range b {
			if a[i] == b[j] {
				cur[j+1] = prev[j] + 1
			} else {
				cur[j+1] = max(cur[j], prev[j+1])
			}
		}
		prev = cur
	}
	return prev[len(b)]
}

func TestMyersFallsBackOnHugeDiffs(t *testing.T) {
	a := make([]string, maxDiffEdits)
	b := make([]string, maxDiffEdits)
	for i := range a {
		a[i], b[i] = "a\n", "b\n"
	}
	ops := myers(a, b)
	if len(ops) != 2*maxDiffEdits || ops[0].kind != '-' || ops[len(ops)-1].kind != '+' {
		t.Errorf("got %d ops", len(ops))
	}
}
