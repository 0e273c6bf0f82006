package lint

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
	"unicode"
)

// Inline suppressions silence diagnostics from the checked text itself.
//
// In Markdown, in HTML comments written outside code:
//
//	<!-- coquille-disable [IDS] -->            from the end of the comment…
//	<!-- coquille-enable [IDS] -->             …to the start of this one, or to the end of the file
//	<!-- coquille-disable-next-line [IDS] -->  the line after the comment
//
// In any text, a line that ends with the marker "coquille:ignore [IDS]",
// written as prose or in an HTML comment, is silenced.
//
// IDS are rule IDs or category names, separated by spaces or commas; none
// means every rule. What follows "--" is a free reason. coquille-enable
// without IDs ends every region, with IDs the regions opened for those IDs.
//
// The document finds its directives once, when it is read: the Markdown
// reader reports the comments, and the tokenizer makes the prose marker a
// single Opaque token, which rules never read as words or punctuation.
// Checker.Check drops the diagnostics they silence after the rules ran, so
// that check, fix and the language server honour them alike, and the
// engine's rule suppression.unknown reports the IDs that name nothing.

// ignoreMarker ends a line to silence it.
const ignoreMarker = "coquille:ignore"

// directivePrefix starts every directive.
const directivePrefix = "coquille"

// directiveKind says what a directive silences.
type directiveKind uint8

const (
	disableRegion    directiveKind = iota // from here to the matching enable
	enableRegion                          // ends disable regions
	disableNextLine                       // the next line
	ignoreLine                            // its own line
	unknownDirective                      // "coquille-…" that means nothing
)

var directiveKinds = map[string]directiveKind{
	"coquille-disable":           disableRegion,
	"coquille-enable":            enableRegion,
	"coquille-disable-next-line": disableNextLine,
	ignoreMarker:                 ignoreLine,
}

// directive is one inline suppression.
type directive struct {
	kind directiveKind
	name string // as written: "coquille-disable"
	ids  []idRef
	span Span // the comment or the marker
}

// idRef is a rule ID or a category written in a directive.
type idRef struct {
	id   string
	span Span
}

// findDirectives returns the directives of a document in text order.
func findDirectives(doc *Document) []directive {
	if !strings.Contains(doc.Text, directivePrefix) {
		return nil
	}
	var dirs []directive
	for _, c := range doc.comments {
		if d, ok := commentDirective(doc.Text, c); ok {
			dirs = append(dirs, d)
		}
	}
	for bi := range doc.Blocks {
		b := &doc.Blocks[bi]
		for i := range b.Len() {
			if b.Kind(i) != Opaque {
				continue
			}
			if t := b.Token(i); strings.HasPrefix(t.Text, ignoreMarker) && endsLine(doc.Text, t.End) {
				at := t.Start + len(ignoreMarker)
				dirs = append(dirs, directive{kind: ignoreLine, name: ignoreMarker, ids: splitIDs(doc.Text[at:t.End], at), span: t.Span()})
			}
		}
	}
	slices.SortFunc(dirs, func(a, b directive) int { return cmp.Compare(a.span.Start, b.span.Start) })
	return dirs
}

// commentDirective reads the directive of an HTML comment, if it holds
// one. A comment that starts with "coquille-" or "coquille:" but names no
// directive is an unknownDirective.
func commentDirective(text string, c Span) (directive, bool) {
	if c.End-c.Start < len("<!---->") {
		return directive{}, false // "<!-->" and "<!--->" are empty comments
	}
	inner := c.Start + len("<!--")
	body := text[inner : c.End-len("-->")]
	trimmed := strings.TrimLeftFunc(body, unicode.IsSpace)
	inner += len(body) - len(trimmed)
	if len(trimmed) <= len(directivePrefix) || !strings.HasPrefix(trimmed, directivePrefix) ||
		trimmed[len(directivePrefix)] != '-' && trimmed[len(directivePrefix)] != ':' {
		return directive{}, false
	}
	name := trimmed
	if i := strings.IndexFunc(trimmed, unicode.IsSpace); i >= 0 {
		name = trimmed[:i]
	}
	kind, ok := directiveKinds[name]
	if !ok {
		return directive{kind: unknownDirective, name: name, span: c}, true
	}
	if kind == ignoreLine && !endsLine(text, c.End) {
		return directive{}, false
	}
	at := inner + len(name)
	return directive{kind: kind, name: name, ids: splitIDs(trimmed[len(name):], at), span: c}, true
}

// splitIDs splits the IDs of a directive, written at offset at, up to the
// "--" that starts a reason.
func splitIDs(s string, at int) []idRef {
	s, _, _ = strings.Cut(s, "--")
	var ids []idRef
	for i := 0; i < len(s); {
		if isIDSeparator(s[i]) {
			i++
			continue
		}
		j := i
		for j < len(s) && !isIDSeparator(s[j]) {
			j++
		}
		ids = append(ids, idRef{id: s[i:j], span: Span{at + i, at + j}})
		i = j
	}
	return ids
}

func isIDSeparator(c byte) bool {
	return c == ' ' || c == '\t' || c == ',' || c == '\n' || c == '\r'
}

// endsLine tells whether only spaces and tabs follow offset at on its line.
func endsLine(text string, at int) bool {
	for ; at < len(text); at++ {
		switch text[at] {
		case ' ', '\t':
		case '\n', '\r':
			return true
		default:
			return false
		}
	}
	return true
}

// ignoreMarkerLen measures the marker "coquille:ignore" that opens s, with
// the IDs and the reason that follow it, when nothing else follows on the
// line; otherwise it returns 0. The tokenizer makes it one Opaque token.
func ignoreMarkerLen(s string) int {
	if !strings.HasPrefix(s, ignoreMarker) {
		return 0
	}
	n := len(ignoreMarker)
	eol := strings.IndexAny(s[n:], "\r\n")
	if eol < 0 {
		eol = len(s)
	} else {
		eol += n
	}
	rest := s[n:eol]
	if rest == "" {
		return n
	}
	if rest[0] != ' ' && rest[0] != '\t' {
		return 0 // "coquille:ignored"
	}
	ids, _, _ := strings.Cut(rest, "--")
	for i := 0; i < len(ids); i++ {
		if c := ids[i]; !isIDSeparator(c) && !isIDByte(c) {
			return 0
		}
	}
	return n + len(strings.TrimRight(rest, " \t"))
}

// isIDByte tells whether c may be part of a rule ID as written by people.
func isIDByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '.' || c == '-' || c == '_'
}

// silence is a byte range where the diagnostics of a rule or a category
// ("" for all) are dropped.
type silence struct {
	from, to int
	id       string
}

// silences turns the directives of a document into byte ranges.
func silences(doc *Document) []silence {
	var out []silence
	lineRange := func(line int) (int, int) {
		starts := doc.lineStarts()
		if line > len(starts) {
			return len(doc.Text), len(doc.Text)
		}
		end := len(doc.Text)
		if line < len(starts) {
			end = starts[line]
		}
		return starts[line-1], end
	}
	add := func(from, to int, ids []idRef) {
		if len(ids) == 0 {
			out = append(out, silence{from, to, ""})
		}
		for _, id := range ids {
			out = append(out, silence{from, to, id.id})
		}
	}
	var open []silence // regions not yet ended, to = -1
	for _, d := range doc.directives {
		switch d.kind {
		case ignoreLine:
			from, to := lineRange(doc.Position(d.span.End - 1).Line)
			add(from, to, d.ids)
		case disableNextLine:
			from, to := lineRange(doc.Position(d.span.End-1).Line + 1)
			add(from, to, d.ids)
		case disableRegion:
			if len(d.ids) == 0 {
				open = append(open, silence{d.span.End, -1, ""})
			}
			for _, id := range d.ids {
				open = append(open, silence{d.span.End, -1, id.id})
			}
		case enableRegion:
			open = slices.DeleteFunc(open, func(s silence) bool {
				if len(d.ids) > 0 && !slices.ContainsFunc(d.ids, func(r idRef) bool { return r.id == s.id }) {
					return false
				}
				out = append(out, silence{s.from, d.span.Start, s.id})
				return true
			})
		}
	}
	for _, s := range open {
		out = append(out, silence{s.from, len(doc.Text), s.id})
	}
	return out
}

// applySuppressions drops the diagnostics that the directives of doc
// silence and returns the others with the number dropped.
func applySuppressions(doc *Document, diags []Diagnostic) ([]Diagnostic, int) {
	if len(doc.directives) == 0 || len(diags) == 0 {
		return diags, 0
	}
	sil := silences(doc)
	kept := diags[:0]
	for _, d := range diags {
		if !slices.ContainsFunc(sil, func(s silence) bool { return s.covers(d) }) {
			kept = append(kept, d)
		}
	}
	return kept, len(diags) - len(kept)
}

// covers tells whether the silence drops d.
func (s silence) covers(d Diagnostic) bool {
	return d.Span.Start >= s.from && d.Span.Start < s.to &&
		(s.id == "" || s.id == d.Rule || s.id == string(d.Category))
}

// EngineRules returns the rules of the engine itself, which every Checker
// runs beside the rules it is given.
func EngineRules() []*Rule {
	return []*Rule{unknownSuppressionRule, limitRule}
}

var unknownSuppressionRule = &Rule{
	ID: "suppression.unknown", Category: Suppression, Severity: Warning,
	Doc: "Une suppression en ligne (coquille-disable, coquille:ignore…) nomme une règle ou une catégorie qui n’existe pas, " +
		"ou une directive mal écrite\u00a0: elle ne masque rien.",
	Examples: []Example{{
		Bad:  "Prix\u00a0: 10€ coquille:ignore typography.space-before-units",
		Good: "Prix\u00a0: 10€ coquille:ignore typography.space-before-unit",
	}},
	Check: checkSuppressions,
}

// checkSuppressions reports the directives that name an unknown rule or
// category, and the comments that look like a directive but are none.
func checkSuppressions(p *Pass) {
	for _, d := range p.Doc.directives {
		if d.kind == unknownDirective {
			p.Report(Diagnostic{Span: d.span, Message: fmt.Sprintf("directive inconnue «\u00a0%s\u00a0» "+
				"(attendu\u00a0: coquille-disable, coquille-enable, coquille-disable-next-line ou coquille:ignore)", d.name)})
			continue
		}
		for _, id := range d.ids {
			if !p.checker.known[id.id] {
				p.Report(Diagnostic{Span: id.span, Message: fmt.Sprintf("règle ou catégorie inconnue «\u00a0%s\u00a0» dans %s (voir coquille rules)", id.id, d.name)})
			}
		}
	}
}
