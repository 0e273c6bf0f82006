package markup

import "bytes"

// Plain splits plain text into paragraphs separated by blank lines. Line
// ends inside a paragraph become Break segments. The segments of all the
// blocks share one array, sized for two segments a line; the blocks
// themselves are at most one every other line.
func Plain(src []byte) []Block {
	lines, crs := bytes.Count(src, []byte{'\n'})+1, bytes.Count(src, []byte{'\r'})
	if crs > 0 {
		lines += crs - bytes.Count(src, []byte("\r\n"))
	}
	blocks := make([]Block, 0, (lines+1)/2)
	segs := make([]Segment, 0, 2*lines)
	from := 0 // the first segment of the current block
	flush := func() {
		if n := len(segs); n > from && segs[n-1].Kind == Break {
			segs = segs[:n-1]
		}
		if len(segs) > from {
			blocks = append(blocks, Block{Segments: segs[from:len(segs):len(segs)]})
			from = len(segs)
		}
	}
	for i := 0; i < len(src); {
		var eol, next int
		if crs == 0 {
			eol, next = lfLineAt(src, i)
		} else {
			eol, next = lineAt(src, i)
		}
		if isBlank(src[i:eol]) {
			flush()
		} else {
			segs = append(segs, Segment{Start: i, End: eol, Kind: Prose})
			if next > eol {
				segs = append(segs, Segment{Start: eol, End: next, Kind: Break})
			}
		}
		i = next
	}
	flush()
	return blocks
}

// lineAt returns the end of the line that starts at i and the start of
// the next line. Lines end with LF, CRLF or a lone CR.
func lineAt(src []byte, i int) (eol, next int) {
	eol = i
	for eol < len(src) && src[eol] != '\n' && src[eol] != '\r' {
		eol++
	}
	next = eol
	if next < len(src) && src[next] == '\r' {
		next++
	}
	if next < len(src) && src[next] == '\n' {
		next++
	}
	return eol, next
}

// lfLineAt is lineAt for a src without CR.
func lfLineAt(src []byte, i int) (eol, next int) {
	if n := bytes.IndexByte(src[i:], '\n'); n >= 0 {
		return i + n, i + n + 1
	}
	return len(src), len(src)
}

func isBlank(line []byte) bool {
	for _, c := range line {
		if c != ' ' && c != '\t' {
			return false
		}
	}
	return true
}
