package lint

import "math/bits"

// formTable gives numbers to strings, in the order it first sees them: an
// open-addressing hash table, cheaper than a map for the many short words
// of a text. A slot keeps the length and the first and last eight bytes
// of its string, so that look-ups compare no string up to 16 bytes.
type formTable struct {
	slots []formSlot // a power of two, at most half full
	forms []string   // the strings, by number
}

type formSlot struct {
	lead, tail uint64 // see formHash
	hash       uint32
	form       uint32 // form number + 1 (0 for an empty slot) below slotSizeShift, the length up to slotSizeMax above
}

// A form number + 1 fits in the bits of a token's info above
// infoFormShift, that is below slotSizeShift.
const (
	slotSizeShift = 32 - infoFormShift
	slotSizeMax   = 1<<infoFormShift - 1
	slotFormMask  = 1<<slotSizeShift - 1
)

// intern returns the number of s, its index in t.forms, where it appends
// s when it is new.
func (t *formTable) intern(s string) uint32 {
	if 2*(len(t.forms)+1) > len(t.slots) {
		t.grow()
	}
	lead, tail, h := formHash(s)
	size := uint32(min(len(s), slotSizeMax)) << slotSizeShift
	mask := uint32(len(t.slots) - 1)
	for i := h & mask; ; i = (i + 1) & mask {
		sl := &t.slots[i]
		if sl.form == 0 {
			t.forms = append(t.forms, s)
			*sl = formSlot{lead: lead, tail: tail, hash: h, form: uint32(len(t.forms)) | size}
			return uint32(len(t.forms)) - 1
		}
		if sl.hash == h && sl.lead == lead && sl.tail == tail && sl.form&^slotFormMask == size {
			// Up to 16 bytes, the length and both ends make the string.
			if f := sl.form&slotFormMask - 1; len(s) <= 16 || t.forms[f] == s {
				return f
			}
		}
	}
}

// formHash returns the first eight bytes of s and, when s is longer, its
// last eight bytes, little-endian and zero-padded, and a hash of s: a few
// multiplications over 8-byte words rather than one per byte.
func formHash(s string) (lead, tail uint64, h uint32) {
	n := len(s)
	switch {
	case n >= 8:
		lead = load64(s)
	case n >= 4:
		lead = uint64(load32(s)) | uint64(load32(s[n-4:]))<<(8*(n-4))
	case n > 0:
		lead = uint64(s[0]) | uint64(s[n/2])<<(8*(n/2)) | uint64(s[n-1])<<(8*(n-1))
	}
	x := mix(lead, uint64(n))
	if n > 8 {
		tail = load64(s[n-8:])
		for i := 8; i < n-8; i += 8 {
			x = mix(x, load64(s[i:]))
		}
		x = mix(x, tail)
	}
	return lead, tail, uint32(x)
}

// mix folds y into the hash x with a 128-bit multiplication.
func mix(x, y uint64) uint64 {
	hi, lo := bits.Mul64(x^0x9e3779b97f4a7c15, y^0xbf58476d1ce4e5b9)
	return hi ^ lo
}

// load64 returns the first eight bytes of s, little-endian.
func load64(s string) uint64 {
	_ = s[7]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}

// load32 returns the first four bytes of s, little-endian.
func load32(s string) uint32 {
	_ = s[3]
	return uint32(s[0]) | uint32(s[1])<<8 | uint32(s[2])<<16 | uint32(s[3])<<24
}

// formSlots returns the number of slots to start with for a text of size
// bytes, a power of two: long texts have many forms.
func formSlots(size int) int {
	n := 1024
	for n < size/128 {
		n *= 2
	}
	return n
}

func (t *formTable) grow() {
	old := t.slots
	t.slots = make([]formSlot, max(2*len(old), 1024))
	mask := uint32(len(t.slots) - 1)
	for _, sl := range old {
		if sl.form == 0 {
			continue
		}
		i := sl.hash & mask
		for t.slots[i].form != 0 {
			i = (i + 1) & mask
		}
		t.slots[i] = sl
	}
}
