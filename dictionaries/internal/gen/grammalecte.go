package main

import (
	"encoding/json"
	"fmt"
	"os"
	"strings"

	"github.com/coquille-fr/coquille/dictionaries"
)

// grammalecteGraph is the JSON form of Grammalecte's indexable binary word
// graph (graphspell/_dictionaries/fr-allvars.json), as read by
// graphspell/ibdawg.py.
type grammalecteGraph struct {
	Date         string   `json:"sDate"`
	NEntry       int      `json:"nEntry"`
	NChar        int      `json:"nChar"`
	NBytesArc    int      `json:"nBytesArc"`
	ArcValues    []string `json:"lArcVal"`
	Bytes        []int    `json:"lByDic"`
	StemmingCode string   `json:"cStemming"`
}

// elisionMarks reads the graph and returns, for every form carrying a mark,
// the marks of its readings: ";é" ("pas d'élision": h aspiré, onze, oui,
// yacht…), ";É" ("élision requise": homme, héroïne), or none. Only this mark
// is taken from the lexicon (see LICENSES/NOTICE).
func elisionMarks(path string) (marks map[string]markBits, info string, err error) {
	raw, err := os.ReadFile(path)
	if err != nil {
		return nil, "", err
	}
	var g grammalecteGraph
	if err := json.Unmarshal(raw, &g); err != nil {
		return nil, "", fmt.Errorf("%s: %v", path, err)
	}
	if g.NBytesArc < 2 || len(g.Bytes) == 0 {
		return nil, "", fmt.Errorf("%s: not a Grammalecte word graph", path)
	}
	bits := uint(8 * g.NBytesArc)
	arcMask := 1<<(bits-3) - 1
	lastArc := 1 << (bits - 2)
	finalNode := 1 << (bits - 1)

	marks = map[string]markBits{}
	entries := 0
	// Depth-first walk. A node is a run of (raw arc, target) pairs starting
	// at its address; the final flag sits on its first raw arc. Arc values
	// up to nChar are characters; a larger value on a final node is a
	// stemming code whose target node lists the tags of one reading group.
	var walk func(addr int, word []rune) error
	walk = func(addr int, word []rune) error {
		if addr < 0 || addr >= len(g.Bytes) {
			return fmt.Errorf("node address %d out of range", addr)
		}
		final := g.Bytes[addr]&finalNode != 0
		var m markBits // marks of the readings of this form, when final
		for a := addr; ; a += 2 {
			rawArc, target := g.Bytes[a], g.Bytes[a+1]
			v := rawArc & arcMask
			switch {
			case v <= g.NChar:
				if err := walk(target, append(word, []rune(g.ArcValues[v])...)); err != nil {
					return err
				}
			case final:
				for t := target; ; t += 2 {
					tag := g.ArcValues[g.Bytes[t]&arcMask]
					entries++
					switch {
					case strings.Contains(tag, ";é"):
						m |= markRefuses
					case strings.Contains(tag, ";É"):
						m |= markElides
					default:
						m |= markNone
					}
					if g.Bytes[t]&lastArc != 0 {
						break
					}
				}
			}
			if rawArc&lastArc != 0 {
				break
			}
		}
		if m != 0 && m != markNone {
			marks[normalizeForm(string(word))] |= m
		}
		return nil
	}
	if err := walk(0, nil); err != nil {
		return nil, "", fmt.Errorf("%s: %v", path, err)
	}
	if g.NEntry != 0 && entries != g.NEntry {
		return nil, "", fmt.Errorf("%s: read %d entries, header says %d", path, entries, g.NEntry)
	}
	return marks, fmt.Sprintf("lexicon built %s, %d entries", g.Date, entries), nil
}

// markBits are the elision marks found on the readings of a form in
// Grammalecte's lexicon.
type markBits uint8

const (
	markRefuses markBits = 1 << iota // a reading has ;é
	markElides                       // a reading has ;É
	markNone                         // a reading has no mark
)

// elisionTags classifies a form: every reading ;é → ElisionRefused, every
// reading ;É → ElisionRequired, readings that disagree (housse: noun ;é,
// verb unmarked; hélions) → both bits (mixed: rules stay silent), no mark
// → nothing.
func (m markBits) elisionTags() dictionaries.Tags {
	switch m {
	case 0, markNone:
		return 0
	case markRefuses:
		return dictionaries.ElisionRefused
	case markElides:
		return dictionaries.ElisionRequired
	}
	return dictionaries.ElisionRefused | dictionaries.ElisionRequired
}
