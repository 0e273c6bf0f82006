package main

import (
	"bufio"
	"fmt"
	"io"

	"github.com/coquille-fr/coquille/lint"
	"github.com/coquille-fr/coquille/lint/report"
	"github.com/spf13/cobra"
)

func (a *app) newExplainCommand() *cobra.Command {
	return &cobra.Command{
		Use:   "explain RÈGLE",
		Short: "explique une règle, exemple à l’appui",
		Long: "Explique une règle\u00a0: ce qu’elle vérifie, un texte qu’elle signale et sa correction, et\n" +
			"comment la désactiver, dans la configuration ou dans le texte. Les règles personnelles\n" +
			"(custom) de la configuration du dossier courant sont comprises.",
		Args: func(_ *cobra.Command, args []string) error {
			if len(args) != 1 {
				return usagef("indiquez une règle, par exemple «\u00a0coquille explain typography.space-before-colon\u00a0» (voir coquille rules)")
			}
			return nil
		},
		RunE: func(_ *cobra.Command, args []string) error {
			rules, err := a.projectRules()
			if err != nil {
				return err
			}
			for _, r := range rules {
				if r.ID == args[0] {
					if err := explainRule(a.stdout, r); err != nil {
						return fmt.Errorf("écriture impossible sur la sortie standard\u00a0: %w", err)
					}
					return nil
				}
			}
			return unknownRule(args[0], rules)
		},
	}
}

// unknownRule is the usage error for a rule ID that does not exist, with
// the closest ID when one is close enough.
func unknownRule(id string, rules []*lint.Rule) error {
	best, bestDist := "", len(id)/3+1
	for _, r := range rules {
		if d := editDistance(id, r.ID); d < bestDist {
			best, bestDist = r.ID, d
		}
	}
	if best != "" {
		return usagef("règle inconnue «\u00a0%s\u00a0» (vouliez-vous dire «\u00a0%s\u00a0»\u202f?)", id, best)
	}
	return usagef("règle inconnue «\u00a0%s\u00a0» (voir coquille rules)", id)
}

// editDistance is the Levenshtein distance between a and b, in bytes.
func editDistance(a, b string) int {
	prev := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur := make([]int, len(b)+1)
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev = cur
	}
	return prev[len(b)]
}

// explainRule writes the French explanation of a rule.
func explainRule(w io.Writer, r *lint.Rule) error {
	bw := bufio.NewWriter(w)
	fmt.Fprintf(bw, "%s (catégorie %s, gravité %s par défaut)\n\n%s\n", r.ID, r.Category, r.Severity, r.Doc)
	for _, ex := range r.Examples {
		fmt.Fprintf(bw, "\nÀ éviter\u00a0: %s\n", report.Visible(ex.Bad))
		if ex.Good != "" {
			fmt.Fprintf(bw, "À écrire\u00a0: %s\n", report.Visible(ex.Good))
		}
	}
	fmt.Fprintf(bw, "\nPour la désactiver ou changer sa gravité, dans %s\u00a0:\n\n", lint.ConfigFile)
	fmt.Fprintf(bw, "  rules:\n    %s: off   # ou info, warning, error\n", r.ID)
	fmt.Fprintf(bw, "\nPour la faire taire sur une ligne, terminez la ligne par\u00a0:\n\n  coquille:ignore %s\n", r.ID)
	fmt.Fprintf(bw, "\nEn Markdown, pour la ligne suivante ou pour un passage\u00a0:\n\n")
	fmt.Fprintf(bw, "  <!-- coquille-disable-next-line %s -->\n\n", r.ID)
	fmt.Fprintf(bw, "  <!-- coquille-disable %s -->\n  …\n  <!-- coquille-enable -->\n", r.ID)
	return bw.Flush()
}
