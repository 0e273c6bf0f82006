package main

import (
	"strings"
	"unicode"

	"github.com/coquille-fr/coquille/lint"
)

// fakeRules are deterministic rules for the tests that exercise the
// engine and the command line rather than the real rules, whose output
// changes as they are written.
func fakeRules() []*lint.Rule {
	return []*lint.Rule{
		{ID: "test.bang", Category: lint.Typography, Severity: lint.Error,
			Doc: "Une espace fine insécable précède «\u00a0!\u00a0».", Check: checkBang},
		{ID: "test.shout", Category: lint.Tone, Severity: lint.Warning,
			Doc: "Les mots en capitales crient.", Check: checkShout},
		{ID: "test.emoji", Category: lint.Tone, Severity: lint.Info,
			Doc: "Signale les émojis.", Check: checkEmoji},
	}
}

// checkBang wants U+202F before "!", replacing a plain space or adding it
// after a word: a safe fix.
func checkBang(p *lint.Pass) {
	for _, b := range p.Doc.Blocks {
		for i, tok := range b.All() {
			if !tok.Is("!") || i == 0 || b.Token(i-1).End != tok.Start {
				continue
			}
			span, prev := tok.Span(), b.Token(i-1)
			switch {
			case prev.Kind == lint.Space && prev.Text == " ":
				span.Start = prev.Start
			case prev.Kind == lint.Space || prev.Is("!"):
				continue
			}
			p.Replace(span, "espace fine insécable attendue avant «\u00a0!\u00a0»", "\u202f!", true)
		}
	}
}

// checkShout flags words of four letters or more in capitals, suggesting
// them in lower case: not a safe fix.
func checkShout(p *lint.Pass) {
	for _, tok := range p.Doc.All() {
		if tok.Kind == lint.Word && len([]rune(tok.Text)) >= 4 && strings.ToUpper(tok.Text) == tok.Text &&
			strings.IndexFunc(tok.Text, unicode.IsLetter) >= 0 {
			p.Replace(tok.Span(), "mot écrit en capitales", strings.ToLower(tok.Text), false)
		}
	}
}

// checkEmoji notes every emoji, without a suggestion.
func checkEmoji(p *lint.Pass) {
	for _, tok := range p.Doc.All() {
		if tok.Kind == lint.Emoji {
			p.Report(lint.Diagnostic{Message: "émoji", Span: tok.Span()})
		}
	}
}
