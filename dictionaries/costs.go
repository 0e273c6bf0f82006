package dictionaries

import "unicode"

// Edit costs of the suggester, in tenths of a plain edit: a substitution,
// insertion or deletion of an unrelated letter costs 10. French writers'
// usual slips cost less, so that the right word ranks first.
const (
	costEdit       = 10 // unrelated letter inserted, deleted or replaced
	costFirstEdit  = 15 // … as the first letter (rarer, and it keeps the search narrow)
	costCase       = 1  // same letter, other case (paris / Paris)
	costAccent     = 2  // same letter, other or no accent (tres / très, ca / ça)
	costDouble     = 4  // doubled or undoubled consonant (apeller, professionel)
	costMuteH      = 5  // h added or dropped (téatre, ortographe)
	costMuteFinal  = 6  // final e, s, t, x, d added or dropped (malgrés)
	costTranspose  = 6  // two neighbours swapped (acceuil)
	costSound      = 5  // sound-alike spelling (ph/f, ss/c, qu/k, an/en, m/n…)
	costLigature   = 2  // oe / œ, ae / æ
	costPunct      = 3  // apostrophe or hyphen added or dropped (aujourdhui)
	costSplit      = 9  // a space added: two words (biensur → bien sûr)
	costCapital    = 5  // ranking penalty: capitalised candidate for a lower-case word
	costRare       = 3  // ranking penalty: spelling in neither norm (rare variant)
	maxCost        = 250
	maxSuggestRune = 30 // longer words get no suggestion
)

// soundRule says that writing from (in the misspelled word) for to (in
// the dictionary word) costs cost. Rules are applied in both directions.
type soundRule struct {
	from, to []rune
	cost     uint8
}

// soundRules are the French sound-alike spellings of more than one letter,
// or of one letter for several. Single-letter confusions are in
// soundSubstitution.
var soundRules = func() []soundRule {
	pairs := []struct {
		a, b string
		cost uint8
	}{
		{"f", "ph", 4},
		{"x", "ct", costSound},   // connection / connexion
		{"x", "cc", costSound},   // acsès / accès
		{"q", "qu", 3},           // cliqez / cliquez
		{"k", "qu", costSound},   // kiosque / quiosque
		{"c", "qu", costSound},   // publicitaire / publiquitaire
		{"k", "ch", costSound},   // orkestre / orchestre
		{"t", "ss", costSound},   // -tion / -ssion
		{"c", "ss", costSound},   // -cion / -ssion
		{"ç", "ss", costSound},   // reçu / ressu
		{"s", "sc", costSound},   // desendre / descendre
		{"c", "sc", costSound},   // acenseur / ascenseur
		{"g", "gu", costSound},   // language / langage
		{"j", "ge", costSound},   // manjons / mangeons
		{"è", "ai", 4},           // mèson / maison
		{"é", "ai", 4},           // j'irè / j'irai
		{"ê", "ai", 4},           // fêre / faire
		{"è", "ei", 4},           // nège / neige
		{"é", "er", 4},           // manger / mangé
		{"é", "ez", 4},           // mangez / mangé
		{"er", "ez", 4},          // manger / mangez
		{"o", "au", 4},           // otre / autre
		{"o", "eau", 4},          // bato / bateau
		{"au", "eau", 4},         // chapau / chapeau
		{"ô", "au", 4},           // hôt / haut
		{"ô", "eau", 4},          //
		{"in", "ain", 4},         // demin / demain
		{"in", "ein", 4},         // plin / plein
		{"ain", "ein", 4},        // plain / plein
		{"an", "anc", costSound}, // blan / blanc
		{"oe", "œ", costLigature},
		{"ae", "æ", costLigature},
	}
	var rules []soundRule
	for _, p := range pairs {
		a, b := []rune(p.a), []rune(p.b)
		rules = append(rules, soundRule{a, b, p.cost}, soundRule{b, a, p.cost})
	}
	return rules
}()

// foldTable maps the Latin-1 and Latin Extended-A letters to their lower-case
// base letter without accent.
var foldTable = func() [0x180]rune {
	var t [0x180]rune
	for r := rune(0); r < 0x180; r++ {
		t[r] = unicode.ToLower(r)
	}
	groups := map[rune]string{
		'a': "àâäáãåÀÂÄÁÃÅ", 'c': "çÇ", 'e': "éèêëÉÈÊË", 'i': "îïíìÎÏÍÌ",
		'o': "ôöóòõÔÖÓÒÕ", 'u': "ùûüúÙÛÜÚ", 'y': "ÿýŸÝ", 'n': "ñÑ",
	}
	for base, letters := range groups {
		for _, r := range letters {
			if r < 0x180 {
				t[r] = base
			}
		}
	}
	return t
}()

// fold returns the lower-case base letter of r (é → e, Ç → c).
func fold(r rune) rune {
	if r < 0x180 {
		return foldTable[r]
	}
	return unicode.ToLower(r)
}

// isVowelish reports whether r is a vowel letter (after folding).
func isVowelish(r rune) bool {
	switch fold(r) {
	case 'a', 'e', 'i', 'o', 'u', 'y':
		return true
	}
	return false
}

// soundTable[a][b] is the cost of writing the letter a for b (both folded
// ASCII letters) when they sound alike, 0 when they do not.
var soundTable = func() (t [26][26]uint8) {
	set := func(a, b rune, c uint8) { t[a-'a'][b-'a'], t[b-'a'][a-'a'] = c, c }
	set('c', 'k', costSound)
	set('s', 'z', costSound)
	set('i', 'y', costSound)
	set('m', 'n', costSound)
	set('g', 'j', costSound)
	set('c', 's', costSound)
	set('c', 't', costSound) // essentiel / essenciel
	set('s', 'x', costSound+1)
	return t
}()

// soundCost returns the cost of writing the folded letter a for the folded
// letter b (a != b): a sound-alike cost or costEdit. next is the folded
// letter after a in the misspelled word (an / en: a and e sound alike before
// n or m: apparament / apparemment).
func soundCost(a, b, next rune) uint8 {
	if a >= 'a' && a <= 'z' && b >= 'a' && b <= 'z' {
		if c := soundTable[a-'a'][b-'a']; c != 0 {
			return c
		}
		if (a == 'a' && b == 'e' || a == 'e' && b == 'a') && (next == 'n' || next == 'm') {
			return costSound
		}
	}
	return costEdit
}

// muteTable caches muteCost for the common letters: [r][atEnd*2+double].
var muteTable = func() (t [0x180][4]int32) {
	for r := range t {
		for k := range t[r] {
			t[r][k] = int32(muteCost(rune(r), k >= 2, k%2 == 1))
		}
	}
	return t
}()

// muteCosts returns the costs of adding r: in the middle, in the middle
// doubling its neighbour, at the end, at the end doubling its neighbour.
func muteCosts(r rune) [4]int32 {
	if r < 0x180 {
		return muteTable[r]
	}
	return [4]int32{costEdit, costEdit, costEdit, costEdit}
}

// cheapestInsert is the least cost that muteCost returns: no letter is
// added for less.
const cheapestInsert = min(costPunct, costDouble, costMuteH, costMuteFinal)

// muteCost is the cost of adding or dropping r: an h anywhere, a final
// e, s, t, x or d (atEnd), an apostrophe or a hyphen, a letter doubling its
// neighbour (double).
func muteCost(r rune, atEnd, double bool) uint8 {
	switch {
	case r == '\'' || r == '-':
		return costPunct
	case double && !isVowelish(r):
		return costDouble
	case fold(r) == 'h':
		return costMuteH
	case atEnd:
		switch fold(r) {
		case 'e', 's', 't', 'x', 'd':
			return costMuteFinal
		}
	case double:
		return costDouble + 2 // doubled vowel (aaller)
	}
	return costEdit
}
