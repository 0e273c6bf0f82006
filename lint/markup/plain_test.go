package markup

import (
	"slices"
	"testing"
)

func TestPlain(t *testing.T) {
	tests := []struct {
		name string
		src  string
		want [][]Segment
	}{
		{"empty", "", nil},
		{"blank lines", " \n\t\r\n\r", nil},
		{"one line", "Bonjour.", [][]Segment{{{0, 8, Prose}}}},
		{"line end dropped", "Un\n", [][]Segment{{{0, 2, Prose}}}},
		{"two lines", "Un\ndeux", [][]Segment{{{0, 2, Prose}, {2, 3, Break}, {3, 7, Prose}}}},
		{"paragraphs", "Un\n\ndeux\n", [][]Segment{{{0, 2, Prose}}, {{4, 8, Prose}}}},
		{"crlf", "Un\r\ndeux\r\n\r\ntrois\r\n", [][]Segment{
			{{0, 2, Prose}, {2, 4, Break}, {4, 8, Prose}},
			{{12, 17, Prose}},
		}},
		{"lone cr", "Un\rdeux\r\rtrois", [][]Segment{
			{{0, 2, Prose}, {2, 3, Break}, {3, 7, Prose}},
			{{9, 14, Prose}},
		}},
		{"lf cr", "Un\n\rdeux", [][]Segment{{{0, 2, Prose}}, {{4, 8, Prose}}}},
		{"white space lines", "  \nUn  \n \t \ndeux\n   ", [][]Segment{{{3, 7, Prose}}, {{12, 16, Prose}}}},
		{"indented line", "Un\n  deux", [][]Segment{{{0, 2, Prose}, {2, 3, Break}, {3, 9, Prose}}}},
		{"nbsp is not blank", "Un\n\u00a0\ndeux", [][]Segment{{{0, 2, Prose}, {2, 3, Break}, {3, 5, Prose}, {5, 6, Break}, {6, 10, Prose}}}},
		{"french", "« Bonjour\u202f! »\n", [][]Segment{{{0, 17, Prose}}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			src := []byte(tt.src)
			blocks := Plain(src)
			checkBlocks(t, src, blocks)
			var got [][]Segment
			for _, b := range blocks {
				got = append(got, b.Segments)
			}
			if !slices.EqualFunc(got, tt.want, slices.Equal) {
				t.Errorf("Plain(%q)\n got %v\nwant %v", tt.src, got, tt.want)
			}
		})
	}
}

func FuzzPlain(f *testing.F) {
	f.Add([]byte("Un\r\ndeux\rtrois\n\n  \nquatre \n"))
	f.Fuzz(func(t *testing.T, src []byte) {
		checkBlocks(t, src, Plain(src))
	})
}
