package dictionaries

import (
	"encoding/binary"
	"errors"
)

// The suggester walks the FSTs itself rather than through vellum's
// iterator: it decides on each transition from its byte alone, decodes
// only the states it enters and knows the automaton state of every key
// it finds. fstReader reads the states of vellum's version 1 format,
// which vellum.Load has already checked.

// fstReader reads the states of a vellum FST.
type fstReader struct {
	data []byte
	root int
}

// The constants of vellum's version 1 format.
const (
	fstVersion       = 1
	fstHeaderSize    = 16
	fstFooterSize    = 16
	fstOneTransition = 1 << 7 // a state with one transition, not final
	fstNextState     = 1 << 6 // … whose target is the state written just before it
	fstFinal         = 1 << 6 // a state with several transitions, final
	fstMaxCommon     = 1<<6 - 1
	fstMaxTrans      = 1<<6 - 1
	fstEmptyAddr     = 0 // a final state without transitions
	fstNoneAddr      = 1 // no state
)

// fstCommonBytes are the bytes that vellum writes in the header of a
// state with one transition, by rank: byte k+1 of a header stands for
// fstCommonBytes[k] (vellum's commonInputsInv, Apache-2.0).
const fstCommonBytes = "te/oasripcnw.hlm-du012g=:bf3y5&_4v9678k%?xCDASFIBEjPTzRNM+LOqHG"

func newFSTReader(data []byte) (fstReader, error) {
	if len(data) < fstHeaderSize+fstFooterSize || binary.LittleEndian.Uint64(data) != fstVersion {
		return fstReader{}, errors.New("not a version 1 FST")
	}
	root := binary.LittleEndian.Uint64(data[len(data)-fstFooterSize+8:])
	if root >= uint64(len(data)) {
		return fstReader{}, errors.New("FST root out of range")
	}
	return fstReader{data: data, root: int(root)}, nil
}

// fstState is a decoded state, small enough to copy cheaply.
type fstState struct {
	n        int // number of transitions
	finalOut uint64
	final    bool
	// one transition (keys == 0)
	byte1 byte
	dest1 int
	out1  uint64
	// several transitions: the keys are at data[keys:keys+n], the targets
	// and then the outputs below them, each written from the last
	// transition to the first
	destSize, outSize uint8
	keys              int
	bottom            int // where target offsets count from
}

func readPacked(b []byte) uint64 {
	var v uint64
	for i, c := range b {
		v |= uint64(c) << (8 * i)
	}
	return v
}

// state decodes the state at addr.
func (r *fstReader) state(addr int) fstState {
	switch addr {
	case fstEmptyAddr:
		return fstState{final: true}
	case fstNoneAddr:
		return fstState{}
	}
	d := r.data
	top, bottom := d[addr], addr
	if top&fstOneTransition != 0 {
		s := fstState{n: 1}
		if c := top & fstMaxCommon; c != 0 {
			s.byte1 = fstCommonBytes[c-1]
		} else {
			bottom--
			s.byte1 = d[bottom]
		}
		if top&fstNextState != 0 {
			s.dest1 = bottom - 1
			return s
		}
		bottom--
		destSize, outSize := int(d[bottom]>>4), int(d[bottom]&0xF)
		bottom -= destSize
		dest := int(readPacked(d[bottom : bottom+destSize]))
		bottom -= outSize
		s.out1 = readPacked(d[bottom : bottom+outSize])
		if dest != 0 {
			dest = bottom - dest
		}
		s.dest1 = dest
		return s
	}
	s := fstState{final: top&fstFinal != 0, n: int(top & fstMaxTrans)}
	if s.n == 0 {
		bottom--
		if s.n = int(d[bottom]); s.n == 1 {
			s.n = 256
		}
	}
	bottom--
	s.destSize, s.outSize = d[bottom]>>4, d[bottom]&0xF
	s.keys = bottom - s.n
	bottom = s.keys - s.n*int(s.destSize) - s.n*int(s.outSize)
	if s.outSize > 0 && s.final {
		bottom -= int(s.outSize)
		s.finalOut = readPacked(d[bottom : bottom+int(s.outSize)])
	}
	s.bottom = bottom
	return s
}

// key returns the byte of transition i of s, in increasing order of bytes.
func (r *fstReader) key(s *fstState, i int) byte {
	if s.keys == 0 {
		return s.byte1
	}
	return r.data[s.keys+s.n-1-i]
}

// target returns the target state and the output of transition i of s.
func (r *fstReader) target(s *fstState, i int) (int, uint64) {
	if s.keys == 0 {
		return s.dest1, s.out1
	}
	pos := s.n - 1 - i
	dsize, osize := int(s.destSize), int(s.outSize)
	at := s.keys - (s.n-pos)*dsize
	dest := int(readPacked(r.data[at : at+dsize]))
	if dest != 0 {
		dest = s.bottom - dest
	}
	var out uint64
	if osize > 0 {
		at = s.keys - s.n*dsize - (s.n-pos)*osize
		out = readPacked(r.data[at : at+osize])
	}
	return dest, out
}
