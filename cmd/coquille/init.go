package main

import (
	_ "embed"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"strings"

	"github.com/coquille-fr/coquille/lint"
	"github.com/spf13/cobra"
)

// starter is the commented configuration that coquille init writes, with
// @PROFILE@ for the profile.
//
//go:embed starter.yaml
var starter string

func (a *app) newInitCommand() *cobra.Command {
	var profile string
	var force bool
	cmd := &cobra.Command{
		Use:   "init [options]",
		Short: "crée un fichier " + lint.ConfigFile + " commenté",
		Long: "Crée dans le dossier courant un fichier " + lint.ConfigFile + " commenté, point de départ de la\n" +
			"configuration d’un dépôt\u00a0: profil, gravité des règles, mots acceptés, règles de la maison\n" +
			"et réglages par chemin. Un fichier existant n’est remplacé qu’avec --force.",
		Args: noArgs,
		RunE: func(*cobra.Command, []string) error { return a.initConfig(profile, force) },
	}
	fs := cmd.Flags()
	fs.SortFlags = false
	stringFlag(fs, &profile, "profile", "PROFIL", lint.DefaultProfile, "profil du fichier\u00a0: fr-FR (par défaut), fr-CA, fr-CH ou fr-BE")
	fs.BoolVar(&force, "force", false, "remplace le fichier s’il existe")
	return cmd
}

// initConfig runs coquille init.
func (a *app) initConfig(profile string, force bool) error {
	if _, err := lint.LookupProfile(profile); err != nil {
		names := lint.ProfileNames()
		return usagef("profil inconnu «\u00a0%s\u00a0» (attendu\u00a0: %s ou %s)",
			profile, strings.Join(names[:len(names)-1], ", "), names[len(names)-1])
	}
	data := []byte(strings.ReplaceAll(starter, "@PROFILE@", profile))
	err := createFile(lint.ConfigFile, data)
	switch {
	case errors.Is(err, fs.ErrExist) && force:
		err = writeFile(lint.ConfigFile, data)
	case errors.Is(err, fs.ErrExist):
		a.fail(lint.ConfigFile, "le fichier existe déjà (--force pour le remplacer)")
		return statusError(exitError)
	}
	if err != nil {
		a.fail(lint.ConfigFile, "écriture impossible\u00a0: "+lint.ReadError(err))
		return statusError(exitError)
	}
	_, err = fmt.Fprintf(a.stdout, "%s créé (profil %s)\u00a0: à relire et à compléter, puis «\u00a0coquille check .\u00a0».\n", lint.ConfigFile, profile)
	return err
}

// createFile writes a new file, and fails with fs.ErrExist if there is
// one already.
func createFile(name string, data []byte) error {
	f, err := os.OpenFile(name, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
	if err != nil {
		return err
	}
	if _, err := f.Write(data); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}
