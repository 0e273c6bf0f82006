package main

import (
	"fmt"
	"strings"

	"github.com/spf13/cobra"
)

// newRootCommand builds the command tree.
func (a *app) newRootCommand() *cobra.Command {
	root := &cobra.Command{
		Use:   "coquille COMMANDE [options]",
		Short: "vérifie l’écriture française des brouillons",
		Long: "coquille vérifie l’écriture française des brouillons de publications, de fils,\n" +
			"d’infolettres et des fichiers Markdown\u00a0: orthographe, espaces typographiques,\n" +
			"élisions, apostrophes et ton. Elle signale les fautes à la manière d’un compilateur\n" +
			"et corrige celles qui peuvent l’être sans risque.",
		Args:                       cobra.ArbitraryArgs,
		SilenceErrors:              true,
		SilenceUsage:               true,
		SuggestionsMinimumDistance: 2,
		CompletionOptions:          cobra.CompletionOptions{DisableDefaultCmd: true},
		RunE: func(cmd *cobra.Command, args []string) error {
			if len(args) > 0 {
				return unknownCommand(cmd, args[0])
			}
			writeHelp(a.stderr, cmd)
			return statusError(exitError)
		},
	}
	root.Flags().SortFlags = false
	root.PersistentFlags().BoolP("help", "h", false, "affiche cette aide")
	root.SetHelpFunc(func(cmd *cobra.Command, _ []string) { writeHelp(cmd.OutOrStdout(), cmd) })
	root.SetFlagErrorFunc(func(_ *cobra.Command, err error) error { return flagError(err) })
	root.SetHelpCommand(newHelpCommand())
	root.AddCommand(a.newCheckCommand(), a.newFixCommand(), a.newRulesCommand(), a.newVersionCommand())
	root.AddCommand(a.newHookCommand())
	root.AddCommand(a.newExplainCommand(), a.newInitCommand(), a.newLSPCommand())
	return root
}

// newHelpCommand builds "coquille help [COMMANDE]".
func newHelpCommand() *cobra.Command {
	return &cobra.Command{
		Use:   "help [COMMANDE]",
		Short: "affiche l’aide d’une commande",
		Long:  "Affiche l’aide de coquille ou de l’une de ses commandes.",
		RunE: func(cmd *cobra.Command, args []string) error {
			target, rest, err := cmd.Root().Find(args)
			if err != nil || len(rest) > 0 {
				return unknownCommand(cmd.Root(), strings.Join(args, " "))
			}
			return target.Help()
		},
	}
}

// unknownCommand is the usage error for a command name that does not
// exist, with the closest names when there are some.
func unknownCommand(root *cobra.Command, name string) error {
	msg := fmt.Sprintf("commande inconnue «\u00a0%s\u00a0»", name)
	if s := root.SuggestionsFor(name); len(s) > 0 {
		msg += fmt.Sprintf(" (vouliez-vous dire «\u00a0%s\u00a0»\u202f?)", s[0])
	}
	return &usageError{msg}
}

// noArgs rejects positional arguments, in French.
func noArgs(_ *cobra.Command, args []string) error {
	if len(args) > 0 {
		return usagef("argument inattendu «\u00a0%s\u00a0»", args[0])
	}
	return nil
}
