package main

import (
	"math"
	"os"
	"runtime/debug"
)

// Most of the memory of a check lives until the report: the text of the
// files, their tokens and their diagnostics, some six bytes for each byte
// read. Go's collector lets the heap grow to twice what lives before it
// runs; a soft limit a little above what the inputs need keeps the peak
// near what lives instead, at the cost of a few more collections near the
// end. GOMEMLIMIT, when set, has the last word.
const (
	heapPerInputByte = 6
	heapOverhead     = 16 << 20 // the program, the dictionary, the reports
	minHeapLimit     = 64 << 20
)

// limitHeap sets the soft memory limit for checking inputs, from the size
// of their files, and returns the function that restores the previous
// limit.
func limitHeap(inputs []input) (restore func()) {
	if _, set := os.LookupEnv("GOMEMLIMIT"); set {
		return func() {}
	}
	var size int64
	for _, in := range inputs {
		if in.err != nil || in.stdin {
			continue
		}
		if info, err := os.Stat(in.path); err == nil && info.Mode().IsRegular() {
			size += info.Size()
		}
	}
	limit := int64(math.MaxInt64)
	if size < (math.MaxInt64-heapOverhead)/heapPerInputByte {
		limit = max(minHeapLimit, heapOverhead+heapPerInputByte*size)
	}
	previous := debug.SetMemoryLimit(limit)
	return func() { debug.SetMemoryLimit(previous) }
}
