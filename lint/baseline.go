package lint

import (
	"bytes"
	"cmp"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"slices"
	"unicode"
	"unicode/utf16"
	"unicode/utf8"
)

// Baseline records the findings of a run, so that a later run reports only
// the new ones. A finding is known by its file, its rule, the text of its
// span and a short context around it on its line, never by its line
// number: edits elsewhere in the file keep it known. Findings that share
// all that are counted.
type Baseline struct {
	counts map[BaselineKey]int
}

// BaselineKey identifies a finding in a baseline.
type BaselineKey struct {
	Path    string `json:"path"`    // the file, as the caller names it
	Rule    string `json:"rule"`    // the rule ID
	Text    string `json:"text"`    // the text of the span
	Context string `json:"context"` // the span with a few characters around it, on its line
}

// baselineContext is how many characters of the line around a span a key
// keeps on each side.
const baselineContext = 20

// baselineVersion is the version of the baseline file format.
const baselineVersion = 1

// baselineFile is the JSON form of a baseline.
type baselineFile struct {
	Version  int             `json:"version"`
	Findings []baselineEntry `json:"findings"`
}

type baselineEntry struct {
	BaselineKey
	Count int `json:"count"`
}

// NewBaseline returns an empty baseline.
func NewBaseline() *Baseline {
	return &Baseline{counts: map[BaselineKey]int{}}
}

// Add records the diagnostics of res under path.
func (b *Baseline) Add(path string, res Result) {
	for _, d := range res.Diagnostics {
		b.counts[KeyOf(path, res.Doc, d)]++
	}
}

// Len returns the number of findings recorded.
func (b *Baseline) Len() int {
	n := 0
	for _, c := range b.counts {
		n += c
	}
	return n
}

// Filter returns res without the diagnostics that the baseline records
// under path, and how many it left out. When a key is recorded n times,
// its first n diagnostics in the file are left out.
func (b *Baseline) Filter(path string, res Result) (Result, int) {
	seen := map[BaselineKey]int{}
	kept := make([]Diagnostic, 0, len(res.Diagnostics))
	for _, d := range res.Diagnostics {
		key := KeyOf(path, res.Doc, d)
		seen[key]++
		if seen[key] > b.counts[key] {
			kept = append(kept, d)
		}
	}
	hidden := len(res.Diagnostics) - len(kept)
	res.Diagnostics = kept
	return res, hidden
}

// KeyOf returns the key of a diagnostic of doc in a file named path. A
// span longer than twice the context keeps only its ends, joined by "…".
func KeyOf(path string, doc *Document, d Diagnostic) BaselineKey {
	text := doc.Text
	start := min(d.Span.Start, len(text))
	end := min(max(d.Span.End, start), len(text))
	span := abbreviate(text[start:end])
	before := text[backOnLine(text, start, baselineContext):start]
	after := text[end:forwardOnLine(text, end, baselineContext)]
	return BaselineKey{Path: path, Rule: d.Rule, Text: span, Context: before + span + after}
}

// backOnLine returns the offset n characters before offset, or where its
// line starts if that is nearer.
func backOnLine(text string, offset, n int) int {
	for ; n > 0 && offset > 0; n-- {
		_, size := utf8.DecodeLastRuneInString(text[:offset])
		if c := text[offset-size]; c == '\n' || c == '\r' {
			break
		}
		offset -= size
	}
	return offset
}

// forwardOnLine returns the offset n characters after offset, or where
// its line ends if that is nearer.
func forwardOnLine(text string, offset, n int) int {
	for ; n > 0 && offset < len(text); n-- {
		if c := text[offset]; c == '\n' || c == '\r' {
			break
		}
		_, size := utf8.DecodeRuneInString(text[offset:])
		offset += size
	}
	return offset
}

// abbreviate keeps the first and last baselineContext characters of a
// longer text, joined by "…".
func abbreviate(s string) string {
	if utf8.RuneCountInString(s) <= 2*baselineContext+1 {
		return s
	}
	head, tail := 0, len(s)
	for range baselineContext {
		_, size := utf8.DecodeRuneInString(s[head:])
		head += size
		_, size = utf8.DecodeLastRuneInString(s[:tail])
		tail -= size
	}
	return s[:head] + "…" + s[tail:]
}

// ReadBaseline reads a baseline written by Write.
func ReadBaseline(r io.Reader) (*Baseline, error) {
	var f baselineFile
	dec := json.NewDecoder(r)
	dec.DisallowUnknownFields()
	if err := dec.Decode(&f); err != nil {
		var syntax *json.SyntaxError
		var typ *json.UnmarshalTypeError
		switch {
		case errors.As(err, &syntax):
			return nil, fmt.Errorf("JSON invalide à l’octet %d", syntax.Offset)
		case errors.As(err, &typ):
			return nil, fmt.Errorf("valeur inattendue pour «\u00a0%s\u00a0»", typ.Field)
		case errors.Is(err, io.EOF):
			return nil, errors.New("fichier vide")
		case errors.Is(err, io.ErrUnexpectedEOF):
			return nil, errors.New("JSON incomplet")
		}
		return nil, err
	}
	if f.Version != baselineVersion {
		return nil, fmt.Errorf("version %d inconnue (attendu\u00a0: %d)", f.Version, baselineVersion)
	}
	b := NewBaseline()
	for _, e := range f.Findings {
		if e.Count > 0 {
			b.counts[e.BaselineKey] += e.Count
		}
	}
	return b, nil
}

// Write writes the baseline as indented JSON, its findings sorted by
// path, rule, context and text, and invisible characters escaped so that
// a review shows them.
func (b *Baseline) Write(w io.Writer) error {
	f := baselineFile{Version: baselineVersion, Findings: make([]baselineEntry, 0, len(b.counts))}
	for key, count := range b.counts {
		f.Findings = append(f.Findings, baselineEntry{key, count})
	}
	slices.SortFunc(f.Findings, func(x, y baselineEntry) int {
		return cmp.Or(cmp.Compare(x.Path, y.Path), cmp.Compare(x.Rule, y.Rule),
			cmp.Compare(x.Context, y.Context), cmp.Compare(x.Text, y.Text))
	})
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(f); err != nil {
		return err
	}
	_, err := w.Write(escapeInvisibleJSON(buf.Bytes()))
	return err
}

// escapeInvisibleJSON rewrites the spaces other than U+0020 and the format
// characters of JSON text as \u escapes. JSON syntax is ASCII, so every
// such character sits in a string, where the escape means the same.
func escapeInvisibleJSON(data []byte) []byte {
	out := make([]byte, 0, len(data))
	for _, r := range string(data) {
		if r == ' ' || !unicode.In(r, unicode.Zs, unicode.Cf) {
			out = utf8.AppendRune(out, r)
			continue
		}
		r1, r2 := utf16.EncodeRune(r)
		if r1 == utf8.RuneError {
			out = fmt.Appendf(out, `\u%04x`, r)
		} else {
			out = fmt.Appendf(out, `\u%04x\u%04x`, r1, r2)
		}
	}
	return out
}
