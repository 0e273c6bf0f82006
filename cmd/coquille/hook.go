package main

import (
	"bytes"
	_ "embed"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"strings"

	"github.com/coquille-fr/coquille/lint"
	"github.com/spf13/cobra"
)

// preCommitHook is the Git hook that "coquille hook install" writes: a
// POSIX shell script that checks the staged content of the staged files.
//
//go:embed hook_pre-commit.sh
var preCommitHook []byte

func (a *app) newHookCommand() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "hook COMMANDE",
		Short: "installe le crochet Git de pré-commit",
		Long: "Gère le crochet Git de pré-commit de coquille, pour les équipes qui n’emploient pas\n" +
			"le cadriciel pre-commit.",
		Args: cobra.ArbitraryArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if len(args) > 0 {
				return unknownCommand(cmd, args[0])
			}
			writeHelp(a.stderr, cmd)
			return statusError(exitError)
		},
	}
	cmd.AddCommand(a.newHookInstallCommand())
	return cmd
}

func (a *app) newHookInstallCommand() *cobra.Command {
	var force bool
	cmd := &cobra.Command{
		Use:   "install [options]",
		Short: "écrit le crochet de pré-commit du dépôt Git courant",
		Long: "Écrit le crochet de pré-commit du dépôt Git courant (.git/hooks/pre-commit, ou le\n" +
			"dossier de core.hooksPath)\u00a0: un script shell qui vérifie avec coquille le contenu\n" +
			"indexé des fichiers .md, .markdown et .txt, celui qui sera validé, et fait échouer le\n" +
			"commit s’il reste des fautes. La commande coquille doit être dans le PATH.\n\n" +
			"Un crochet existant n’est remplacé qu’avec --force.",
		Args: noArgs,
		RunE: func(*cobra.Command, []string) error { return a.installHook(force) },
	}
	cmd.Flags().BoolVar(&force, "force", false, "remplace un crochet de pré-commit existant")
	return cmd
}

// installHook writes the pre-commit hook where Git looks for it.
func (a *app) installHook(force bool) error {
	path, err := hookPath()
	if err != nil {
		return err
	}
	old, err := os.ReadFile(path)
	switch {
	case err == nil && bytes.Equal(old, preCommitHook):
		fmt.Fprintf(a.stdout, "crochet de pré-commit déjà installé\u00a0: %s\n", path)
		return nil
	case err == nil && !force:
		return fmt.Errorf("%s existe déjà\u00a0; relancez avec --force pour le remplacer", path)
	case err != nil && !errors.Is(err, fs.ErrNotExist):
		return fmt.Errorf("%s: %s", path, lint.ReadError(err))
	}
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return fmt.Errorf("%s: %s", filepath.Dir(path), lint.ReadError(err))
	}
	if err := os.WriteFile(path, preCommitHook, 0o755); err != nil {
		return fmt.Errorf("%s: écriture impossible\u00a0: %s", path, lint.ReadError(err))
	}
	if err := os.Chmod(path, 0o755); err != nil {
		return fmt.Errorf("%s: %s", path, lint.ReadError(err))
	}
	fmt.Fprintf(a.stdout, "crochet de pré-commit installé\u00a0: %s\n", path)
	return nil
}

// hookPath asks Git where the pre-commit hook of the current repository
// goes, which honours core.hooksPath.
func hookPath() (string, error) {
	var stderr bytes.Buffer
	cmd := exec.Command("git", "rev-parse", "--git-path", "hooks/pre-commit")
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	var exitErr *exec.ExitError
	switch {
	case errors.As(err, &exitErr):
		return "", fmt.Errorf("pas de dépôt Git ici (%s)", strings.TrimSpace(stderr.String()))
	case errors.Is(err, exec.ErrNotFound):
		return "", errors.New("git introuvable dans le PATH")
	case err != nil:
		return "", fmt.Errorf("git ne répond pas\u00a0: %v", err)
	}
	return strings.TrimSpace(string(out)), nil
}
