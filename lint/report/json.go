package report

import (
	"bufio"
	"bytes"
	"encoding/json"
	"io"
	"runtime"
	"strconv"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/coquille-fr/coquille/lint"
)

// JSON writes one JSON document for the whole run:
//
//	{"files":[{"path":…,"diagnostics":[…]}, {"path":…,"error":…}],"summary":{…}}
//
// Offsets are bytes into the file, end exclusive; lines and columns are
// 1-based, columns count code points. Invisible characters are escaped.
// Each diagnostic is
//
//	{"rule":…,"category":…,"severity":…,"message":…,"span":{"start":…,"end":…},
//	 "start":{"line":…,"column":…},"end":{"line":…,"column":…},"suggestions":[…],"fix":{"start":…,"end":…,"text":…}}
//
// on one line, "fix" only for a safe fix. The report is written as it is
// made, the diagnostics of a large result encoded in chunks on every
// processor: a large run holds only a few chunks in memory.
type JSON struct{}

// Report implements Reporter.
func (JSON) Report(w io.Writer, results []lint.Result) error {
	var summary bytes.Buffer
	if err := writeJSON(&summary, Summarize(results)); err != nil {
		return err
	}
	bw := bufio.NewWriterSize(w, 64<<10)
	out := []byte(`{"files":[`)
	for k, r := range results {
		if k > 0 {
			out = append(out, ',')
		}
		out = append(out, `{"path":`...)
		out = appendJSONString(out, r.Source.Path)
		if r.Err != nil {
			out = append(out, `,"error":`...)
			out = appendJSONString(out, r.Err.Error())
			out = append(out, '}')
			continue
		}
		out = append(out, `,"diagnostics":[`...)
		if len(r.Diagnostics) > 0 {
			cursor := r.Doc.Cursor()
			var err error
			out, err = writeInOrder(bw, out, len(r.Diagnostics), func(b []byte, from, to int) []byte {
				c := cursor
				for n := from; n < to; n++ {
					if n > 0 {
						b = append(b, ',')
					}
					b = appendDiagnostic(b, &c, r.Diagnostics[n])
				}
				return b
			})
			if err != nil {
				return err
			}
		}
		out = append(out, "]}"...)
	}
	out = append(out, `],"summary":`...)
	out = append(out, bytes.TrimSuffix(summary.Bytes(), []byte("\n"))...)
	out = append(out, "}\n"...)
	if _, err := bw.Write(out); err != nil {
		return err
	}
	return bw.Flush()
}

// chunkSize is the number of diagnostics that writeInOrder encodes at
// once, and flushSize how much text it gathers before writing.
const (
	chunkSize = 512
	flushSize = 32 << 10
)

// writeInOrder writes pending, then the text that encode appends for
// items [0, n), to w in order. With several processors and more than one
// chunk of items, the chunks are encoded on every processor at once, at
// most a few per processor held in memory. It returns the text left to
// write, which begins with pending when nothing was written.
func writeInOrder(w io.Writer, pending []byte, n int, encode func(b []byte, from, to int) []byte) ([]byte, error) {
	procs := runtime.GOMAXPROCS(0)
	if procs == 1 || n <= chunkSize {
		for from := 0; from < n; from += chunkSize {
			pending = encode(pending, from, min(from+chunkSize, n))
			if len(pending) >= flushSize {
				if _, err := w.Write(pending); err != nil {
					return nil, err
				}
				pending = pending[:0]
			}
		}
		return pending, nil
	}
	if _, err := w.Write(pending); err != nil {
		return nil, err
	}
	// queue holds the chunks in flight, oldest first; free the buffers of
	// chunks written, for the next ones.
	queue := make(chan chan []byte, 2*procs)
	free := make(chan []byte, 2*procs+2)
	stop := make(chan struct{})
	go func() {
		defer close(queue)
		for from := 0; from < n; from += chunkSize {
			done := make(chan []byte, 1)
			select {
			case queue <- done:
			case <-stop:
				return
			}
			var b []byte
			select {
			case b = <-free:
			default:
			}
			go func() { done <- encode(b, from, min(from+chunkSize, n)) }()
		}
	}()
	var err error
	for done := range queue {
		b := <-done
		if err == nil {
			if _, err = w.Write(b); err != nil {
				close(stop)
			}
		}
		select {
		case free <- b[:0]:
		default:
		}
	}
	return pending[:0], err
}

// appendDiagnostic appends one diagnostic, in the order and form of the
// package documentation, its positions found by c.
func appendDiagnostic(b []byte, c *lint.Cursor, d lint.Diagnostic) []byte {
	start := c.Position(d.Span.Start)
	end := c.Position(d.Span.End)
	b = append(b, `{"rule":`...)
	b = appendJSONString(b, d.Rule)
	b = append(b, `,"category":`...)
	b = appendJSONString(b, string(d.Category))
	b = append(b, `,"severity":`...)
	b = appendJSONString(b, d.Severity.String())
	b = append(b, `,"message":`...)
	b = appendJSONString(b, d.Message)
	b = append(b, `,"span":{"start":`...)
	b = strconv.AppendInt(b, int64(d.Span.Start), 10)
	b = append(b, `,"end":`...)
	b = strconv.AppendInt(b, int64(d.Span.End), 10)
	b = append(b, `},"start":{"line":`...)
	b = strconv.AppendInt(b, int64(start.Line), 10)
	b = append(b, `,"column":`...)
	b = strconv.AppendInt(b, int64(start.Column), 10)
	b = append(b, `},"end":{"line":`...)
	b = strconv.AppendInt(b, int64(end.Line), 10)
	b = append(b, `,"column":`...)
	b = strconv.AppendInt(b, int64(end.Column), 10)
	b = append(b, `},"suggestions":[`...)
	for k, s := range d.Suggestions {
		if k > 0 {
			b = append(b, ',')
		}
		b = appendJSONString(b, s)
	}
	b = append(b, ']')
	if d.Fix != nil {
		b = append(b, `,"fix":{"start":`...)
		b = strconv.AppendInt(b, int64(d.Fix.Start), 10)
		b = append(b, `,"end":`...)
		b = strconv.AppendInt(b, int64(d.Fix.End), 10)
		b = append(b, `,"text":`...)
		b = appendJSONString(b, d.Fix.Text)
		b = append(b, '}')
	}
	return append(b, '}')
}

const hexDigits = "0123456789abcdef"

// appendJSONString appends s as a JSON string: what encoding/json writes
// without HTML escaping (control characters, quotes and backslashes
// escaped, invalid UTF-8 as U+FFFD, U+2028 and U+2029 escaped), with the
// invisible characters escaped as escapeInvisible does.
func appendJSONString(b []byte, s string) []byte {
	b = append(b, '"')
	start := 0
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if c >= 0x20 && c != '"' && c != '\\' {
				i++
				continue
			}
			b = append(b, s[start:i]...)
			switch c {
			case '\\', '"':
				b = append(b, '\\', c)
			case '\b':
				b = append(b, '\\', 'b')
			case '\f':
				b = append(b, '\\', 'f')
			case '\n':
				b = append(b, '\\', 'n')
			case '\r':
				b = append(b, '\\', 'r')
			case '\t':
				b = append(b, '\\', 't')
			default:
				b = append(b, '\\', 'u', '0', '0', hexDigits[c>>4], hexDigits[c&0xF])
			}
			i++
			start = i
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && size == 1:
			b = append(b, s[start:i]...)
			b = append(b, `\ufffd`...)
		case escapedRune(r):
			b = append(b, s[start:i]...)
			if r > 0xFFFF {
				r1, r2 := utf16.EncodeRune(r)
				b = appendEscape(appendEscape(b, r1), r2)
			} else {
				b = appendEscape(b, r)
			}
		default:
			i += size
			continue
		}
		i += size
		start = i
	}
	b = append(b, s[start:]...)
	return append(b, '"')
}

// escapedRune tells whether appendJSONString escapes r, a code point
// from U+0080 on: U+2028, U+2029 and the invisible characters, of which
// only U+00A0 and U+00AD come before U+0600.
func escapedRune(r rune) bool {
	if r < 0x600 {
		return r == '\u00a0' || r == '\u00ad'
	}
	return r == '\u2028' || r == '\u2029' || invisible(r)
}

// appendEscape appends the JSON escape \uXXXX of r, below 0x10000.
func appendEscape(b []byte, r rune) []byte {
	return append(b, '\\', 'u', hexDigits[r>>12&0xF], hexDigits[r>>8&0xF], hexDigits[r>>4&0xF], hexDigits[r&0xF])
}

// writeJSON writes v on one line, keeping non-ASCII text as UTF-8 but
// escaping invisible characters.
func writeJSON(w io.Writer, v any) error {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return err
	}
	_, err := w.Write(escapeInvisible(buf.Bytes()))
	return err
}
