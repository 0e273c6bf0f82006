package main

import (
	"fmt"

	"github.com/coquille-fr/coquille/lint/report"
	"github.com/spf13/cobra"
)

func (a *app) newRulesCommand() *cobra.Command {
	var format string
	cmd := &cobra.Command{
		Use:   "rules [options]",
		Short: "liste les règles",
		Long: "Liste les règles de coquille\u00a0: identifiant, catégorie, gravité par défaut et description.\n" +
			"Les identifiants et les catégories se règlent dans la section rules de la configuration.",
		Args: noArgs,
		RunE: func(*cobra.Command, []string) error {
			var err error
			switch format {
			case "text":
				err = report.RulesText(a.stdout, a.rules)
			case "json":
				err = report.RulesJSON(a.stdout, a.rules)
			default:
				return usagef("format inconnu «\u00a0%s\u00a0» (attendu\u00a0: text ou json)", format)
			}
			if err != nil {
				return fmt.Errorf("écriture impossible sur la sortie standard\u00a0: %w", err)
			}
			return nil
		},
	}
	stringFlag(cmd.Flags(), &format, "format", "FORMAT", "text", "format de la liste\u00a0: text (par défaut) ou json")
	return cmd
}
