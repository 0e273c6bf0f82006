package lint

// dropRepeats keeps one diagnostic where several rules propose the same
// correction for the same span ("jai": elision.apostrophe and tone.sms
// both suggest "j’ai"): the user's own rule first, then one with a safe
// fix, then the most severe, then the first. Diags are sorted by span;
// it returns them without the repeats, in place.
func dropRepeats(diags []Diagnostic) []Diagnostic {
	var drop []int // indexes of repeats, in order
	for i := 0; i < len(diags); {
		j := i + 1
		for j < len(diags) && diags[j].Span == diags[i].Span {
			j++
		}
		for k := i; k < j; k++ {
			if repeated(diags[i:j], k-i) {
				drop = append(drop, k)
			}
		}
		i = j
	}
	if len(drop) == 0 {
		return diags
	}
	kept := diags[:drop[0]]
	for n, k := range drop {
		end := len(diags)
		if n+1 < len(drop) {
			end = drop[n+1]
		}
		kept = append(kept, diags[k+1:end]...)
	}
	return kept
}

// repeated tells whether another diagnostic of group, which share a span,
// proposes the same first correction as group[k] and ranks before it.
func repeated(group []Diagnostic, k int) bool {
	d := group[k]
	if len(d.Suggestions) == 0 {
		return false
	}
	for m, o := range group {
		if m == k || len(o.Suggestions) == 0 || o.Suggestions[0] != d.Suggestions[0] {
			continue
		}
		if r, rd := repeatRank(o), repeatRank(d); r > rd || r == rd && m < k {
			return true
		}
	}
	return false
}

// repeatRank orders diagnostics that propose the same correction: the
// one with the highest rank is kept.
func repeatRank(d Diagnostic) int {
	rank := int(d.Severity)
	if d.Fix != nil {
		rank += 10
	}
	if d.Category == Custom {
		rank += 100
	}
	return rank
}
