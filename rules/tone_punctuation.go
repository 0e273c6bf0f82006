package rules

import (
	"strings"

	"github.com/coquille-fr/coquille/lint"
)

// punctuationRule reports runs of exclamation and question marks, and of
// four dots or more.
func punctuationRule() *lint.Rule {
	return &lint.Rule{
		ID: "tone.repeated-punctuation", Category: lint.Tone, Severity: lint.Warning,
		Doc: "La ponctuation en rafale («\u00a0!!!\u00a0», «\u00a0??\u00a0», «\u00a0?!?!\u00a0») donne un ton criard\u00a0: un seul signe suffit, " +
			"et «\u00a0?!\u00a0» marque l’étonnement. Les points de suspension sont toujours trois («\u00a0…\u00a0»), jamais quatre.",
		Examples: []lint.Example{{Bad: "Bonjour à tous\u202f!!!", Good: "Bonjour à tous\u202f!"}},
		Check:    checkRepeatedPunctuation,
	}
}

// marksOf spells out the exclamation and question marks of a token, the
// doubled ones of Unicode included ("‼" is "!!"), or returns "".
func marksOf(t lint.Token) string {
	if t.Kind != lint.Punct {
		return ""
	}
	switch t.Text {
	case "!", "?":
		return t.Text
	case "‼":
		return "!!"
	case "⁇":
		return "??"
	case "⁈":
		return "?!"
	case "⁉":
		return "!?"
	}
	return ""
}

// dotsOf spells out the dots of a token: "." for a full stop, "..." for
// an ellipsis, "" for anything else.
func dotsOf(t lint.Token) string {
	switch {
	case t.Is("."):
		return "."
	case t.Is("…"):
		return "..."
	}
	return ""
}

// checkRepeatedPunctuation reports the runs of marks, and of dots.
func checkRepeatedPunctuation(p *lint.Pass) {
	// dots and marks are punctuation or symbols
	eachOfKinds(p, lint.Punct, lint.Symbol, func(b *lint.Block, i int) int {
		dots := dotsOf(b.Token(i)) != ""
		if !dots && marksOf(b.Token(i)) == "" {
			return i
		}
		var run strings.Builder
		j := i
		for ; j < b.Len() && (j == i || b.Span(j).Start == b.Span(j-1).End); j++ {
			m := marksOf(b.Token(j))
			if dots {
				m = dotsOf(b.Token(j))
			}
			if m == "" {
				break
			}
			run.WriteString(m)
		}
		span := lint.Span{Start: b.Span(i).Start, End: b.Span(j - 1).End}
		switch {
		case !endsProse(b, i, j, dots):
		case dots:
			reportDots(p, b, i, j, run.String(), span)
		default:
			reportMarks(p, run.String(), span)
		}
		return j - 1
	})
}

// reportMarks reports a run of two marks or more, but "?!" and "!?".
func reportMarks(p *lint.Pass, marks string, span lint.Span) {
	if len(marks) < 2 || marks == "?!" || marks == "!?" {
		return
	}
	written := p.Doc.Text[span.Start:span.End]
	var msg, want string
	switch {
	case !strings.Contains(marks, "?"):
		msg, want = "Points d’exclamation répétés («\u00a0"+written+"\u00a0»)\u00a0: un seul suffit, la ponctuation en rafale donne un ton criard.", "!"
	case !strings.Contains(marks, "!"):
		msg, want = "Points d’interrogation répétés («\u00a0"+written+"\u00a0»)\u00a0: un seul suffit.", "?"
	default:
		want = "?!"
		if marks[0] == '!' {
			want = "!?"
		}
		msg = "Ponctuation en rafale («\u00a0" + written + "\u00a0»)\u00a0: «\u00a0" + want + "\u00a0» suffit à marquer l’étonnement."
	}
	p.Report(lint.Diagnostic{Message: msg, Span: span, Suggestions: []string{want}})
}

// endsProse tells whether the signs of tokens i to j-1 of a block end a
// sentence of prose: after a word, an emoji or a closing sign, glued to it
// for dots, and before a space, a closing sign or the end of the block.
// Elsewhere they are code or placeholders: "insertBy???(", "« ??? »",
// "[SK]??nom", "le bouton ....".
func endsProse(b *lint.Block, i, j int, dots bool) bool {
	if j < b.Len() {
		next := b.Token(j)
		if next.Kind != lint.Space && next.Kind != lint.Emoji && !(next.Kind == lint.Punct && strings.Contains("»)”\"’,", next.Text)) {
			return false
		}
	}
	k := i - 1
	if !dots && k >= 0 && b.Kind(k) == lint.Space {
		k--
	}
	if k < 0 {
		return false
	}
	switch prev := b.Token(k); prev.Kind {
	case lint.Word:
		return !strings.HasSuffix(prev.Text, "_") // "cap_???" is a pattern
	case lint.Number, lint.Emoji, lint.Hashtag, lint.Mention:
		return true
	case lint.Punct:
		return strings.Contains("»)”\"’", prev.Text)
	}
	return false
}

// reportDots reports four full stops or more, or two ellipses, but after
// "etc", which typography.ellipsis checks.
func reportDots(p *lint.Pass, b *lint.Block, i, j int, dots string, span lint.Span) {
	written := p.Doc.Text[span.Start:span.End]
	if strings.Count(written, ".") < 4 && strings.Count(written, "…") < 2 ||
		i > 0 && b.Kind(i-1) == lint.Word && strings.EqualFold(b.Text(i-1), "etc") {
		return
	}
	p.Report(lint.Diagnostic{
		Message:     "Trop de points («\u00a0" + p.Doc.Text[span.Start:span.End] + "\u00a0»)\u00a0: les points de suspension sont toujours trois, en un seul caractère «\u00a0…\u00a0».",
		Span:        span,
		Suggestions: []string{"…"},
	})
}
