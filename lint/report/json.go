package report

import (
	"bufio"
	"bytes"
	"encoding/json"
	"io"
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
// made: a large run does not hold it in memory.
type JSON struct{}

// Report implements Reporter.
func (JSON) Report(w io.Writer, results []lint.Result) error {
	var summary bytes.Buffer
	if err := writeJSON(&summary, Summarize(results)); err != nil {
		return err
	}
	out := jsonWriter{w: bufio.NewWriterSize(w, 64<<10)}
	out.raw(`{"files":[`)
	for k, r := range results {
		if k > 0 {
			out.raw(",")
		}
		out.raw(`{"path":`)
		out.string(r.Source.Path)
		if r.Err != nil {
			out.raw(`,"error":`)
			out.string(r.Err.Error())
			out.raw("}")
			continue
		}
		out.raw(`,"diagnostics":[`)
		for n, d := range r.Diagnostics {
			if n > 0 {
				out.raw(",")
			}
			out.diagnostic(r.Doc, d)
		}
		out.raw("]}")
	}
	out.raw(`],"summary":`)
	out.buf = append(out.buf, bytes.TrimSuffix(summary.Bytes(), []byte("\n"))...)
	out.raw("}\n")
	return out.flush()
}

// jsonWriter writes JSON text through a buffer, with the escapes of
// encoding/json (without HTML escaping) and those of escapeInvisible.
type jsonWriter struct {
	w   *bufio.Writer
	buf []byte
	err error
}

func (o *jsonWriter) raw(s string) {
	o.buf = append(o.buf, s...)
	if len(o.buf) >= 32<<10 {
		o.flushBuf()
	}
}

func (o *jsonWriter) int(n int) { o.buf = strconv.AppendInt(o.buf, int64(n), 10) }

func (o *jsonWriter) flushBuf() {
	if o.err == nil {
		_, o.err = o.w.Write(o.buf)
	}
	o.buf = o.buf[:0]
}

func (o *jsonWriter) flush() error {
	o.flushBuf()
	if o.err != nil {
		return o.err
	}
	return o.w.Flush()
}

// diagnostic writes one diagnostic, in the order and form of the
// package documentation.
func (o *jsonWriter) diagnostic(doc *lint.Document, d lint.Diagnostic) {
	start, end := doc.Position(d.Span.Start), doc.Position(d.Span.End)
	o.raw(`{"rule":`)
	o.string(d.Rule)
	o.raw(`,"category":`)
	o.string(string(d.Category))
	o.raw(`,"severity":`)
	o.string(d.Severity.String())
	o.raw(`,"message":`)
	o.string(d.Message)
	o.raw(`,"span":{"start":`)
	o.int(d.Span.Start)
	o.raw(`,"end":`)
	o.int(d.Span.End)
	o.raw(`},"start":{"line":`)
	o.int(start.Line)
	o.raw(`,"column":`)
	o.int(start.Column)
	o.raw(`},"end":{"line":`)
	o.int(end.Line)
	o.raw(`,"column":`)
	o.int(end.Column)
	o.raw(`},"suggestions":[`)
	for k, s := range d.Suggestions {
		if k > 0 {
			o.raw(",")
		}
		o.string(s)
	}
	o.raw("]")
	if d.Fix != nil {
		o.raw(`,"fix":{"start":`)
		o.int(d.Fix.Start)
		o.raw(`,"end":`)
		o.int(d.Fix.End)
		o.raw(`,"text":`)
		o.string(d.Fix.Text)
		o.raw("}")
	}
	o.raw("}")
}

const hexDigits = "0123456789abcdef"

// string writes s as a JSON string: what encoding/json writes without
// HTML escaping (control characters, quotes and backslashes escaped,
// invalid UTF-8 as U+FFFD, U+2028 and U+2029 escaped), with the invisible
// characters escaped as escapeInvisible does.
func (o *jsonWriter) string(s string) {
	b := append(o.buf, '"')
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
		case r == '\u2028' || r == '\u2029' || invisible(r):
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
	o.buf = append(b, '"')
	if len(o.buf) >= 32<<10 {
		o.flushBuf()
	}
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
