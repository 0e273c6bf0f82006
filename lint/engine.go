package lint

import (
	"cmp"
	"runtime"
	"slices"
	"sort"
	"sync"
	"sync/atomic"
)

// Checker runs a set of rules with one configuration and profile.
type Checker struct {
	Rules    []*Rule // the rules given, the config's custom rules and EngineRules
	Config   *Config
	Profile  *Profile
	Words    *WordList       // the config's words
	Platform *Platform       // the config's platform, nil for none
	known    map[string]bool // rule IDs and categories, for suppressions

	// MaxFileSize is the size in bytes beyond which a source is not
	// checked, and MaxDiagnostics the number of diagnostics kept for one
	// source (see limits.go); 0 stands for the defaults.
	MaxFileSize    int64
	MaxDiagnostics int

	// DropTokens frees the tokens of each document as soon as the rules
	// have run (see Document.DropTokens), for a caller that needs only the
	// diagnostics and the text afterwards: a long file then never holds its
	// tokens and its diagnostics at once.
	DropTokens bool
}

// NewChecker prepares a checker: the profile comes from profileName when
// not empty, else from the config. The config's custom rules and the
// engine's own rules run after the rules given.
func NewChecker(rules []*Rule, cfg *Config, profileName string) (*Checker, error) {
	if cfg == nil {
		cfg = &Config{}
	}
	all := slices.Concat(rules, cfg.Custom, EngineRules())
	if err := cfg.CheckRuleNames(all); err != nil {
		return nil, err
	}
	p, err := cfg.BuildProfile(profileName)
	if err != nil {
		return nil, err
	}
	var pl *Platform
	if cfg.Platform != "" {
		if pl, err = LookupPlatform(cfg.Platform); err != nil {
			return nil, err
		}
	}
	known := make(map[string]bool, 2*len(all))
	for _, r := range all {
		known[r.ID] = true
		known[string(r.Category)] = true
	}
	return &Checker{Rules: all, Config: cfg, Profile: p, Words: NewWordList(cfg.Words), Platform: pl,
		MaxFileSize: cmp.Or(cfg.MaxFileSize, DefaultMaxFileSize), MaxDiagnostics: cmp.Or(cfg.MaxDiagnostics, DefaultMaxDiagnostics),
		known: known}, nil
}

// Result is the outcome of checking one source.
type Result struct {
	Source      *Source
	Doc         *Document // nil when Err is set
	Diagnostics []Diagnostic
	Suppressed  int   // diagnostics silenced by inline suppressions
	Err         error // the file could not be checked
}

// Check validates and checks one source. Diagnostics come sorted by
// position then rule, without duplicates, without those that the inline
// suppressions of the source silence, and with one diagnostic only where
// rules propose the same correction for the same text (see dropRepeats). A source larger than
// MaxFileSize gets a *TooLargeError; beyond MaxDiagnostics, diagnostics
// are only counted, in a note.
func (c *Checker) Check(src *Source) Result {
	if size, limit := int64(len(src.Data)), min(cmp.Or(c.MaxFileSize, DefaultMaxFileSize), MaxDocumentSize); size > limit {
		return Result{Source: src, Err: &TooLargeError{Size: size, Limit: limit}}
	}
	if err := Validate(src.Data); err != nil {
		return Result{Source: src, Err: err}
	}
	return c.CheckDocument(NewDocument(src))
}

// CheckDocument runs the rules on a document already read, as Check does
// once it has read the source.
func (c *Checker) CheckDocument(doc *Document) Result {
	limit := cmp.Or(c.MaxDiagnostics, DefaultMaxDiagnostics)
	// Each task keeps its findings apart, so that tasks may run in
	// parallel; they are then taken in the order of the tasks.
	tasks := c.tasks(doc)
	found := make([]findings, len(tasks))
	omitted := make([]omission, len(tasks))
	runTasks(tasks, len(doc.Text), func(k int) {
		r := tasks[k].rule
		sev, forced := c.Config.SeverityOf(r)
		if forced && sev == Off {
			return
		}
		pass := &Pass{Doc: doc, Blocks: tasks[k].blocks, Profile: c.Profile, Rule: r, Words: c.Words, Tone: &c.Config.Tone, Platform: c.Platform, checker: c, report: func(d Diagnostic) {
			if forced {
				d.Severity = sev
			}
			if found[k].n >= limit {
				omitted[k].add(d)
				return
			}
			found[k].add(d)
		}}
		r.Check(pass)
	})
	if c.DropTokens {
		doc.DropTokens()
	}
	total := 0
	for _, f := range found {
		total += f.n
	}
	diags := make([]Diagnostic, 0, min(total, limit)+1)
	var omit omission
	for k := range found {
		for _, chunk := range found[k].chunks {
			for _, d := range chunk {
				if len(diags) >= limit {
					omit.add(d)
				} else {
					diags = append(diags, d)
				}
			}
		}
		found[k] = findings{}
		omit.count += omitted[k].count
		omit.severity = max(omit.severity, omitted[k].severity)
	}
	diags = append(diags, omit.note(c, limit)...)
	kept, suppressed := applySuppressions(doc, sortDiagnostics(diags))
	return Result{Source: doc.Source, Doc: doc, Diagnostics: dropRepeats(kept), Suppressed: suppressed}
}

// task is the work of one pass: a rule on all the blocks of a document,
// or a Heavy rule on a part of them.
type task struct {
	rule   *Rule
	blocks []Block
}

// tasks returns the tasks that check doc, in the order of the rules. A
// Heavy rule is cut into as many parts as processors when the document
// is large enough for its rules to run in parallel, so that they all work
// on it.
func (c *Checker) tasks(doc *Document) []task {
	parts := 1
	if len(doc.Text) >= parallelSize {
		parts = runtime.GOMAXPROCS(0)
	}
	tasks := make([]task, 0, len(c.Rules)+parts)
	for _, r := range c.Rules {
		if !r.Heavy || parts < 2 {
			tasks = append(tasks, task{r, doc.Blocks})
			continue
		}
		from := 0
		for part := 1; part <= parts && from < len(doc.Blocks); part++ {
			to := len(doc.Blocks)
			if part < parts {
				// the first block that starts past part/parts of the text
				end := len(doc.Text) * part / parts
				to = max(from+1, sort.Search(len(doc.Blocks), func(i int) bool { return doc.Blocks[i].Start >= end }))
			}
			tasks = append(tasks, task{r, doc.Blocks[from:to:to]})
			from = to
		}
	}
	return tasks
}

// findings holds the diagnostics of one rule in chunks, which it never
// copies as they grow.
type findings struct {
	chunks [][]Diagnostic
	n      int
}

func (f *findings) add(d Diagnostic) {
	last := len(f.chunks) - 1
	if last < 0 || len(f.chunks[last]) == cap(f.chunks[last]) {
		f.chunks = append(f.chunks, make([]Diagnostic, 0, min(max(f.n, 8), 1024)))
		last++
	}
	f.chunks[last] = append(f.chunks[last], d)
	f.n++
}

// parallelSize is the size in bytes from which the rules of a document
// run on every processor: below it, starting them costs more than it
// saves, and the files of a run are checked in parallel anyway.
const parallelSize = 32 << 10

// runTasks calls run(k) for the index of every task, on as many
// goroutines as processors for a text of size bytes from parallelSize
// on, the tasks of Heavy rules first; a panic in a rule is raised again
// in the caller's goroutine.
func runTasks(tasks []task, size int, run func(k int)) {
	workers := min(runtime.GOMAXPROCS(0), len(tasks))
	if size < parallelSize || workers < 2 {
		for k := range tasks {
			run(k)
		}
		return
	}
	order := make([]int, 0, len(tasks))
	for k, t := range tasks {
		if t.rule.Heavy {
			order = append(order, k)
		}
	}
	for k, t := range tasks {
		if !t.rule.Heavy {
			order = append(order, k)
		}
	}
	var next atomic.Int64
	var panicked atomic.Pointer[any]
	var wg sync.WaitGroup
	for range workers {
		wg.Go(func() {
			defer func() {
				if p := recover(); p != nil {
					panicked.CompareAndSwap(nil, &p)
				}
			}()
			for n := next.Add(1) - 1; n < int64(len(order)); n = next.Add(1) - 1 {
				run(order[n])
			}
		})
	}
	wg.Wait()
	if p := panicked.Load(); p != nil {
		panic(*p)
	}
}

// sortDiagnostics orders diagnostics by span then rule and drops exact
// repeats.
func sortDiagnostics(diags []Diagnostic) []Diagnostic {
	slices.SortStableFunc(diags, func(a, b Diagnostic) int {
		return cmp.Or(
			cmp.Compare(a.Span.Start, b.Span.Start),
			cmp.Compare(a.Span.End, b.Span.End),
			cmp.Compare(a.Rule, b.Rule),
			cmp.Compare(a.Message, b.Message),
		)
	})
	return slices.CompactFunc(diags, func(a, b Diagnostic) bool {
		return a.Rule == b.Rule && a.Span == b.Span && a.Message == b.Message
	})
}
