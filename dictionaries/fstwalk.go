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

// fstState is a decoded state.
type fstState struct {
	n        int // number of transitions
	final    bool
	finalOut uint64
	// one transition
	byte1 byte
	dest1 int
	out1  uint64
	// several transitions: keys, then targets and outputs, are written
	// from the last transition to the first
	keys, dests, outs []byte
	destSize, outSize int
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
	s.destSize, s.outSize = int(d[bottom]>>4), int(d[bottom]&0xF)
	s.keys = d[bottom-s.n : bottom]
	bottom -= s.n
	s.dests = d[bottom-s.n*s.destSize : bottom]
	bottom -= s.n * s.destSize
	if s.outSize > 0 {
		s.outs = d[bottom-s.n*s.outSize : bottom]
		bottom -= s.n * s.outSize
		if s.final {
			bottom -= s.outSize
			s.finalOut = readPacked(d[bottom : bottom+s.outSize])
		}
	}
	s.bottom = bottom
	return s
}

// key returns the byte of transition i, in increasing order of bytes.
func (s *fstState) key(i int) byte {
	if s.keys == nil {
		return s.byte1
	}
	return s.keys[s.n-1-i]
}

// target returns the target state and the output of transition i.
func (s *fstState) target(i int) (int, uint64) {
	if s.keys == nil {
		return s.dest1, s.out1
	}
	pos := s.n - 1 - i
	dest := int(readPacked(s.dests[pos*s.destSize : (pos+1)*s.destSize]))
	if dest != 0 {
		dest = s.bottom - dest
	}
	var out uint64
	if s.outSize > 0 {
		out = readPacked(s.outs[pos*s.outSize : (pos+1)*s.outSize])
	}
	return dest, out
}
