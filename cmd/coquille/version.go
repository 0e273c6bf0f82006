package main

import (
	"fmt"
	"runtime"
	"runtime/debug"

	"github.com/coquille-fr/coquille/dictionaries"
	"github.com/spf13/cobra"
)

func (a *app) newVersionCommand() *cobra.Command {
	return &cobra.Command{
		Use:   "version",
		Short: "affiche la version",
		Long:  "Affiche la version de coquille, celle de Go qui l’a compilée et l’origine du dictionnaire.",
		Args:  noArgs,
		RunE: func(*cobra.Command, []string) error {
			_, err := fmt.Fprintf(a.stdout, "coquille %s (%s, %s/%s)\ndictionnaire\u00a0: %s\n", version(), runtime.Version(), runtime.GOOS, runtime.GOARCH, dictionaries.SourceSummary)
			return err
		},
	}
}

// version returns the module version coquille was built from, or "dev"
// for a build from a work tree.
func version() string {
	info, ok := debug.ReadBuildInfo()
	if !ok || info.Main.Version == "" || info.Main.Version == "(devel)" {
		return "dev"
	}
	return info.Main.Version
}
