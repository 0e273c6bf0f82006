package lint

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// naivePosition is Position written the slow and obvious way.
func naivePosition(text string, offset int) Position {
	line, start := 1, 0
	for i := 0; i < offset; i++ {
		switch {
		case text[i] == '\n', text[i] == '\r' && (i+1 == len(text) || text[i+1] != '\n'):
			line, start = line+1, i+1
		}
	}
	if start == 0 && strings.HasPrefix(text, bom) && offset >= len(bom) {
		start = len(bom)
	}
	return Position{line, utf8.RuneCountInString(text[start:offset]) + 1}
}

// checkPositions compares Position with naivePosition at about n offsets
// of text, each at the start of a code point, and at its end.
func checkPositions(t *testing.T, text string, n int) {
	t.Helper()
	doc := &Document{Text: text}
	step := max(len(text)/n, 1)
	for offset := 0; offset <= len(text); offset += step {
		for offset < len(text) && !utf8.RuneStart(text[offset]) {
			offset++
		}
		if got, want := doc.Position(offset), naivePosition(text, offset); got != want {
			t.Fatalf("Position(%d) = %v, want %v", offset, got, want)
		}
	}
	if got, want := doc.Position(len(text)), naivePosition(text, len(text)); got != want {
		t.Fatalf("Position(end) = %v, want %v", got, want)
	}
}

func TestPositionOnLongLines(t *testing.T) {
	line := strings.Repeat("é👩‍💻a\u0301 x", 3*runeStep/10)
	checkPositions(t, "\uFEFFdébut\r\n"+line+"\r"+line+"\n\n"+line, 5000)
	checkPositions(t, "\uFEFF"+line, 1000)
}

// FuzzPosition checks the columns of long lines, where Position counts
// from its checkpoints, against the obvious count.
func FuzzPosition(f *testing.F) {
	for _, s := range []string{"é", "a\r\nb", "👩‍💻 \r", "\uFEFFx", "ligne\n"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if s == "" || !utf8.ValidString(s) {
			return
		}
		checkPositions(t, strings.Repeat(s, 2*runeStep/len(s)+1), 64)
	})
}
