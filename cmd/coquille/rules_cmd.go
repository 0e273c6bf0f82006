package main

import (
	"fmt"
	"io"

	"github.com/coquille-fr/coquille/lint"
	"github.com/coquille-fr/coquille/lint/report"
	"github.com/spf13/cobra"
)

func (a *app) newRulesCommand() *cobra.Command {
	var format string
	cmd := &cobra.Command{
		Use:   "rules [options]",
		Short: "liste les règles",
		Long: "Liste les règles de coquille\u00a0: identifiant, catégorie, gravité par défaut et description,\n" +
			"y compris les règles personnelles (custom) de la configuration du dossier courant.\n" +
			"Les identifiants et les catégories se règlent dans la section rules de la configuration.",
		Args: noArgs,
		RunE: func(*cobra.Command, []string) error {
			list := map[string]func(io.Writer, []*lint.Rule) error{"text": report.RulesText, "json": report.RulesJSON}[format]
			if list == nil {
				return usagef("format inconnu «\u00a0%s\u00a0» (attendu\u00a0: text ou json)", format)
			}
			rules, err := a.projectRules()
			if err != nil {
				return err
			}
			if err := list(a.stdout, rules); err != nil {
				return fmt.Errorf("écriture impossible sur la sortie standard\u00a0: %w", err)
			}
			return nil
		},
	}
	stringFlag(cmd.Flags(), &format, "format", "FORMAT", "text", "format de la liste\u00a0: text (par défaut) ou json")
	return cmd
}

// projectRules returns the rules that run on the files of the current
// folder: the built-in rules, the custom rules of the folder's
// configuration and the engine's own. A configuration error is printed and
// ends the command.
func (a *app) projectRules() ([]*lint.Rule, error) {
	cfgs := newConfigs(a.rules, "", "", nil)
	ch := cfgs.forDir(".")
	if ch == nil {
		for _, err := range cfgs.errs {
			fmt.Fprintf(a.stderr, "coquille: %s\n", err)
		}
		return nil, statusError(exitError)
	}
	return ch.Rules, nil
}
