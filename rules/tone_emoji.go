package rules

import (
	"fmt"
	"strings"

	"github.com/coquille-fr/coquille/lint"
)

// emojiRule reports too many emojis in a row or in one sentence.
func emojiRule() *lint.Rule {
	return &lint.Rule{
		ID: "tone.emoji", Category: lint.Tone, Severity: lint.Info,
		Doc: fmt.Sprintf("Trop d’émojis noient le message, et les lecteurs d’écran lisent le nom de chacun\u00a0: au-delà de %d à la suite "+
			"(tone.emoji-run) ou de %d dans une phrase (tone.emoji-sentence), la publication est signalée.", lint.DefaultEmojiRun, lint.DefaultEmojiSentence),
		Examples: []lint.Example{{Bad: "C’est parti 🎉🎉🎉🎉🎉", Good: "C’est parti 🎉"}},
		Check:    checkEmoji,
	}
}

// emojiRun is a run of emojis, or the emojis of a sentence.
type emojiRun struct {
	count       int
	first, last int // token indexes of the first and last emojis
}

func (r *emojiRun) add(i int) {
	if r.count == 0 {
		r.first = i
	}
	r.count++
	r.last = i
}

// checkEmoji reports the runs of emojis longer than allowed, and the
// sentences with more emojis than allowed where no run was reported.
// Emojis separated by spaces only are in a row; a sentence ends with
// ". ! ? …" or a line break.
func checkEmoji(p *lint.Pass) {
	maxRun, maxSentence := p.Tone.MaxEmojiRun(), p.Tone.MaxEmojiSentence()
	for bi := range p.Doc.Blocks {
		b := &p.Doc.Blocks[bi]
		var run, sentence emojiRun
		runReported := false
		endRun := func() {
			if run.count > maxRun {
				reportEmojis(p, b, run, fmt.Sprintf("%d émojis à la suite\u00a0: au-delà de %d, ils noient le message, et les lecteurs d’écran lisent le nom de chacun\u00a0; gardez-en un ou deux.", run.count, maxRun))
				runReported = true
			}
			run = emojiRun{}
		}
		endSentence := func() {
			endRun()
			if sentence.count > maxSentence && !runReported {
				reportEmojis(p, b, sentence, fmt.Sprintf("%d émojis dans une même phrase\u00a0: au-delà de %d, ils hachent la lecture, et les lecteurs d’écran lisent le nom de chacun.", sentence.count, maxSentence))
			}
			sentence, runReported = emojiRun{}, false
		}
		if !hasEmoji(b) {
			continue // no run to count
		}
		for i := range b.Len() {
			t := b.Token(i)
			switch {
			case t.Kind == lint.Emoji:
				run.add(i)
				sentence.add(i)
			case t.IsLineBreak():
				endSentence()
			case t.Kind == lint.Space || t.Kind == lint.Markup:
			case t.Kind == lint.Punct && strings.Contains(".!?…", t.Text):
				endSentence()
			default:
				endRun()
			}
		}
		endSentence()
	}
}

// hasEmoji tells whether a block holds an emoji.
func hasEmoji(b *lint.Block) bool {
	for i := range b.Len() {
		if b.Kind(i) == lint.Emoji {
			return true
		}
	}
	return false
}

func reportEmojis(p *lint.Pass, b *lint.Block, r emojiRun, msg string) {
	p.Report(lint.Diagnostic{Message: msg, Span: lint.Span{Start: b.Span(r.first).Start, End: b.Span(r.last).End}})
}
