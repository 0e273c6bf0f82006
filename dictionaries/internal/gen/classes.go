package main

import (
	"cmp"
	"encoding/binary"
	"fmt"
	"slices"

	"github.com/coquille-fr/coquille/dictionaries"
)

// A class is a distinct (form-level bits, readings) combination. Forms map
// to a class number in the FST; the class table (data/fr.tags) gives the
// bits. Thousands of classes cover hundreds of thousands of forms, so the
// FST outputs stay small numbers and the readings are stored once.
type class struct {
	tags     dictionaries.Tags   // form-level bits | union of the readings
	readings []dictionaries.Tags // one per distinct analysis
	count    int                 // forms using it
}

func (c *class) key() string {
	b := binary.LittleEndian.AppendUint64(nil, uint64(c.tags))
	for _, r := range c.readings {
		b = binary.LittleEndian.AppendUint64(b, uint64(r))
	}
	return string(b)
}

// classTable numbers the classes of every form of the given lexicons, the
// most used first (small numbers make a smaller FST), ties broken by the
// encoded bits so that the numbering is deterministic.
type classTable struct {
	classes []*class
	byKey   map[string]int
}

func buildClassTable(lexicons ...*lexicon) *classTable {
	byKey := map[string]*class{}
	for _, lx := range lexicons {
		for _, fi := range lx.forms {
			c := classOf(fi)
			k := c.key()
			if old := byKey[k]; old != nil {
				old.count++
				continue
			}
			c.count = 1
			byKey[k] = c
		}
	}
	t := &classTable{byKey: map[string]int{}}
	for _, c := range byKey {
		t.classes = append(t.classes, c)
	}
	slices.SortFunc(t.classes, func(a, b *class) int {
		if c := cmp.Compare(b.count, a.count); c != 0 {
			return c
		}
		return cmp.Compare(a.key(), b.key())
	})
	for i, c := range t.classes {
		t.byKey[c.key()] = i
	}
	return t
}

func classOf(fi *formInfo) *class {
	c := &class{tags: fi.flags, readings: fi.readings}
	for _, r := range fi.readings {
		c.tags |= r
	}
	return c
}

// id returns the class number of a form.
func (t *classTable) id(fi *formInfo) uint64 {
	return uint64(t.byKey[classOf(fi).key()])
}

// encode writes the table in the format that the dictionaries package
// decodes (see dictionaries/classes.go): "CQTG", version 1, class count,
// reading count (uint32 little-endian), then per class its tags (uint64),
// its reading count (one byte) and its readings (uint64 each).
func (t *classTable) encode() ([]byte, error) {
	total := 0
	for _, c := range t.classes {
		total += len(c.readings)
	}
	b := []byte("CQTG")
	b = binary.LittleEndian.AppendUint32(b, 1)
	b = binary.LittleEndian.AppendUint32(b, uint32(len(t.classes)))
	b = binary.LittleEndian.AppendUint32(b, uint32(total))
	for _, c := range t.classes {
		if len(c.readings) > 255 {
			return nil, fmt.Errorf("class with %d readings", len(c.readings))
		}
		b = binary.LittleEndian.AppendUint64(b, uint64(c.tags))
		b = append(b, byte(len(c.readings)))
		for _, r := range c.readings {
			b = binary.LittleEndian.AppendUint64(b, uint64(r))
		}
	}
	return b, nil
}
