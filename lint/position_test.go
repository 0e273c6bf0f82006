package lint

import (
	"math/rand/v2"
	"slices"
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
// of text, each at the start of a code point, and at its end; then a
// Cursor at the same offsets in increasing order, in an order that goes
// back and forth as the ends of sorted spans do, and shuffled.
func checkPositions(t *testing.T, text string, n int) {
	t.Helper()
	doc := &Document{Text: text}
	step := max(len(text)/n, 1)
	var offsets []int
	for offset := 0; offset <= len(text); offset += step {
		for offset < len(text) && !utf8.RuneStart(text[offset]) {
			offset++
		}
		offsets = append(offsets, offset)
	}
	offsets = append(offsets, len(text))
	want := make(map[int]Position)
	for _, offset := range offsets {
		want[offset] = naivePosition(text, offset)
		if got := doc.Position(offset); got != want[offset] {
			t.Fatalf("Position(%d) = %v, want %v", offset, got, want[offset])
		}
	}
	var spans []int
	for k := range offsets {
		spans = append(spans, offsets[k], offsets[min(k+3, len(offsets)-1)])
	}
	shuffled := slices.Clone(offsets)
	rand.New(rand.NewPCG(1, uint64(len(text)))).Shuffle(len(shuffled), func(i, j int) {
		shuffled[i], shuffled[j] = shuffled[j], shuffled[i]
	})
	for _, order := range [][]int{offsets, spans, shuffled} {
		c := doc.Cursor()
		for _, offset := range order {
			if got := c.Position(offset); got != want[offset] {
				t.Fatalf("Cursor.Position(%d) = %v, want %v", offset, got, want[offset])
			}
		}
	}
}

func TestCursorPastTheEnd(t *testing.T) {
	doc := &Document{Text: "\uFEFFun\r\ndeux\rtrois\n"}
	c := doc.Cursor()
	for _, offset := range []int{100, 0, 1, 3, len(doc.Text) + 1, 4, len(doc.Text)} {
		if got, want := c.Position(offset), doc.Position(offset); got != want {
			t.Errorf("Cursor.Position(%d) = %v, want %v", offset, got, want)
		}
	}
}

func TestPositionOnShortLines(t *testing.T) {
	checkPositions(t, "\uFEFF\nun\r\n\r\ndeux é\rtrois 👩‍💻\n\nquatre", 1000)
	checkPositions(t, "", 1)
	checkPositions(t, "\uFEFF", 3)
	checkPositions(t, strings.Repeat("Ligne à l’heure, sans retour chariot.\n", 200), 3000)
}

func TestPositionOnLongLines(t *testing.T) {
	line := strings.Repeat("é👩‍💻a\u0301 x", 3*runeStep/10)
	checkPositions(t, "\uFEFFdébut\r\n"+line+"\r"+line+"\n\n"+line, 5000)
	checkPositions(t, "\uFEFF"+line, 1000)
}

// FuzzPosition checks the columns of long lines, where Position and
// cursors count from checkpoints, against the obvious count.
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
