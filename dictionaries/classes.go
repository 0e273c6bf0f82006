package dictionaries

import (
	"encoding/binary"
	"errors"
)

// class is one distinct (form-level bits, readings) combination; the FST
// maps every form to the number of its class.
type class struct {
	tags     Tags
	readings []Tags
}

func (c *class) entry() Entry { return Entry{Tags: c.tags, readings: c.readings} }

// decodeClasses reads data/fr.tags: "CQTG", version 1, class count and
// reading count (uint32 little-endian), then per class its tags (uint64),
// its reading count (one byte) and its readings (uint64 each). All
// readings share one backing array.
func decodeClasses(b []byte) ([]class, error) {
	errShort := errors.New("truncated class table")
	if len(b) < 16 || string(b[:4]) != "CQTG" {
		return nil, errors.New("not a class table")
	}
	if v := binary.LittleEndian.Uint32(b[4:]); v != 1 {
		return nil, errors.New("unknown class table version")
	}
	n := int(binary.LittleEndian.Uint32(b[8:]))
	total := int(binary.LittleEndian.Uint32(b[12:]))
	if n > len(b) || total > len(b) {
		return nil, errShort
	}
	classes := make([]class, n)
	all := make([]Tags, total)
	b = b[16:]
	for i := range classes {
		if len(b) < 9 {
			return nil, errShort
		}
		classes[i].tags = Tags(binary.LittleEndian.Uint64(b))
		k := int(b[8])
		b = b[9:]
		if len(b) < 8*k || len(all) < k {
			return nil, errShort
		}
		rs := all[:k:k]
		all = all[k:]
		for j := range rs {
			rs[j] = Tags(binary.LittleEndian.Uint64(b[8*j:]))
		}
		b = b[8*k:]
		classes[i].readings = rs
	}
	if len(b) != 0 || len(all) != 0 {
		return nil, errors.New("class table: trailing data")
	}
	return classes, nil
}
