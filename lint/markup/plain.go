package markup

// Plain splits plain text into paragraphs separated by blank lines. Line
// ends inside a paragraph become Break segments.
func Plain(src []byte) []Block {
	var blocks []Block
	var cur []Segment
	flush := func() {
		if n := len(cur); n > 0 && cur[n-1].Kind == Break {
			cur = cur[:n-1]
		}
		if len(cur) > 0 {
			blocks = append(blocks, Block{Segments: cur})
			cur = nil
		}
	}
	for i := 0; i < len(src); {
		eol, next := lineAt(src, i)
		if isBlank(src[i:eol]) {
			flush()
		} else {
			cur = append(cur, Segment{Start: i, End: eol, Kind: Prose})
			if next > eol {
				cur = append(cur, Segment{Start: eol, End: next, Kind: Break})
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

func isBlank(line []byte) bool {
	for _, c := range line {
		if c != ' ' && c != '\t' {
			return false
		}
	}
	return true
}
