package lint

import "sync"

// sharedValues holds the values of Document.Shared.
type sharedValues struct {
	mu     sync.Mutex
	values map[any]*sharedValue
}

type sharedValue struct {
	once  sync.Once
	value any
}

// Shared returns the value compute makes for key, computing it once for
// the document: rules that derive the same data from a document (the
// words it writes as code, for instance) share it instead of each
// computing it. The value must depend only on the document and on key,
// which holds whatever else it depends on (a word list, a profile), and
// must not be modified. It is safe for concurrent use.
func (d *Document) Shared(key any, compute func() any) any {
	d.shared.mu.Lock()
	v, ok := d.shared.values[key]
	if !ok {
		if d.shared.values == nil {
			d.shared.values = map[any]*sharedValue{}
		}
		v = &sharedValue{}
		d.shared.values[key] = v
	}
	d.shared.mu.Unlock()
	v.once.Do(func() { v.value = compute() })
	return v.value
}
