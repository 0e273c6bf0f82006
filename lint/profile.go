package lint

import (
	"fmt"
	"slices"
	"sort"
	"strings"
)

// Spacing is a kind of space a profile wants at some place.
type Spacing uint8

// The spacings, named in configs as none, space, nbsp and nnbsp.
const (
	NoSpace       Spacing = iota // nothing
	PlainSpace                   // U+0020, breakable
	NoBreak                      // U+00A0 NO-BREAK SPACE
	NarrowNoBreak                // U+202F NARROW NO-BREAK SPACE
)

var spacingNames = [...]string{"none", "space", "nbsp", "nnbsp"}
var spacingTexts = [...]string{"", " ", "\u00a0", "\u202f"}

func (s Spacing) String() string { return spacingNames[s] }

// Text returns the characters of the spacing ("" for none).
func (s Spacing) Text() string { return spacingTexts[s] }

// ParseSpacing reads a spacing name.
func ParseSpacing(name string) (Spacing, error) {
	for i, n := range spacingNames {
		if n == name {
			return Spacing(i), nil
		}
	}
	return NoSpace, fmt.Errorf("espacement inconnu «\u00a0%s\u00a0» (attendu\u00a0: none, space, nbsp ou nnbsp)", name)
}

// SpacingOf classifies the text of a Space token: one of the three spaces,
// or PlainSpace for any other white space.
func SpacingOf(text string) Spacing {
	switch text {
	case "":
		return NoSpace
	case "\u00a0":
		return NoBreak
	case "\u202f":
		return NarrowNoBreak
	}
	return PlainSpace
}

// Place names a place where the profile sets the spacing.
type Place string

// The places a profile sets.
const (
	BeforeColon       Place = "before-colon"
	BeforeSemicolon   Place = "before-semicolon"
	BeforeExclamation Place = "before-exclamation"
	BeforeQuestion    Place = "before-question"
	InsideGuillemets  Place = "inside-guillemets"
	BeforePercent     Place = "before-percent"
	BeforeUnit        Place = "before-unit"
	BeforeCurrency    Place = "before-currency"
	Thousands         Place = "thousands"
)

// Places lists every place, in the order of the documentation.
var Places = []Place{BeforeColon, BeforeSemicolon, BeforeExclamation, BeforeQuestion,
	InsideGuillemets, BeforePercent, BeforeUnit, BeforeCurrency, Thousands}

// Rule of a place: the spacing to write, and others to accept silently.
type PlaceRule struct {
	Prefer   Spacing
	Tolerate []Spacing
}

// Apostrophe styles.
const (
	TypographicApostrophe = "typographic" // ’ U+2019
	StraightApostrophe    = "straight"    // ' U+0027
	AnyApostrophe         = "any"
)

// Profile is a regional convention, as data.
type Profile struct {
	Name       string
	Strict     bool // accept only the preferred no-break space
	Spacing    map[Place]PlaceRule
	Apostrophe string // one of the apostrophe styles
	Guillemets bool   // straight double quotes are to be written « »
	Variant    string // preferred spelling variant: AnyVariant, ClassicVariant, ReformVariant or "" for any
}

// Accepts tells whether the spacing s is right at place p.
func (pr *Profile) Accepts(p Place, s Spacing) bool {
	rule := pr.Spacing[p]
	if s == rule.Prefer || slices.Contains(rule.Tolerate, s) {
		return true
	}
	noBreak := func(s Spacing) bool { return s == NoBreak || s == NarrowNoBreak }
	return !pr.Strict && noBreak(rule.Prefer) && noBreak(s)
}

// Want returns the spacing to write at place p.
func (pr *Profile) Want(p Place) Spacing { return pr.Spacing[p].Prefer }

func sameAsFrance() map[Place]PlaceRule {
	return map[Place]PlaceRule{
		BeforeColon:       {Prefer: NoBreak},
		BeforeSemicolon:   {Prefer: NarrowNoBreak},
		BeforeExclamation: {Prefer: NarrowNoBreak},
		BeforeQuestion:    {Prefer: NarrowNoBreak},
		InsideGuillemets:  {Prefer: NoBreak},
		BeforePercent:     {Prefer: NoBreak},
		BeforeUnit:        {Prefer: NoBreak},
		BeforeCurrency:    {Prefer: NoBreak},
		Thousands:         {Prefer: NarrowNoBreak},
	}
}

// profiles builds the built-in profiles; see the README for their sources.
func profiles() map[string]*Profile {
	fr := &Profile{Name: "fr-FR", Spacing: sameAsFrance(), Apostrophe: TypographicApostrophe, Guillemets: true}
	be := &Profile{Name: "fr-BE", Spacing: sameAsFrance(), Apostrophe: TypographicApostrophe, Guillemets: true}
	ca := &Profile{Name: "fr-CA", Spacing: sameAsFrance(), Apostrophe: TypographicApostrophe, Guillemets: true}
	for _, p := range []Place{BeforeSemicolon, BeforeExclamation, BeforeQuestion} {
		ca.Spacing[p] = PlaceRule{Prefer: NoSpace, Tolerate: []Spacing{NarrowNoBreak}}
	}
	ca.Spacing[Thousands] = PlaceRule{Prefer: NoBreak}
	ch := &Profile{Name: "fr-CH", Spacing: sameAsFrance(), Apostrophe: TypographicApostrophe, Guillemets: true}
	for _, p := range []Place{BeforeColon, BeforeSemicolon, BeforeExclamation, BeforeQuestion, InsideGuillemets} {
		ch.Spacing[p] = PlaceRule{Prefer: NarrowNoBreak}
	}
	ch.Spacing[BeforePercent] = PlaceRule{Prefer: NoSpace}
	return map[string]*Profile{"fr-FR": fr, "fr-BE": be, "fr-CA": ca, "fr-CH": ch}
}

// DefaultProfile is the profile used when none is chosen.
const DefaultProfile = "fr-FR"

// ProfileNames lists the built-in profiles.
func ProfileNames() []string {
	names := make([]string, 0, 4)
	for n := range profiles() {
		names = append(names, n)
	}
	sort.Strings(names)
	return names
}

// LookupProfile returns a fresh copy of a built-in profile, which the
// caller may then adjust.
func LookupProfile(name string) (*Profile, error) {
	p, ok := profiles()[name]
	if !ok {
		return nil, fmt.Errorf("profil inconnu «\u00a0%s\u00a0» (attendu\u00a0: %s)", name, strings.Join(ProfileNames(), ", "))
	}
	return p, nil
}
