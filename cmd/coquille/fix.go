package main

import (
	"bytes"
	"fmt"
	"io"
	"strings"

	"github.com/coquille-fr/coquille/lint"
	"github.com/coquille-fr/coquille/lint/report"
	"github.com/spf13/cobra"
)

// fixOptions are the flags of coquille fix.
type fixOptions struct {
	inputOptions
	diff bool
}

func (a *app) newFixCommand() *cobra.Command {
	var o fixOptions
	cmd := &cobra.Command{
		Use:   "fix [options] CHEMIN…",
		Short: "applique les corrections sûres aux fichiers",
		Long: "Applique aux fichiers donnés les corrections sûres, jusqu’à ce qu’il n’y en ait plus,\n" +
			"et dit combien chaque fichier en a reçu et combien de fautes restent à corriger à la main.\n\n" +
			"Chaque fichier modifié est réécrit par un fichier temporaire renommé, avec ses droits.\n" +
			"«\u00a0-\u00a0» lit l’entrée standard et écrit le texte corrigé sur la sortie standard. Un fichier\n" +
			"qui n’est pas du texte UTF-8 valide n’est jamais modifié.\n\n" +
			"Code de sortie\u00a0: 0, même s’il reste des fautes, ou 2 en cas d’erreur d’utilisation, de\n" +
			"configuration, de lecture ou d’écriture.",
		Args: cobra.ArbitraryArgs,
		RunE: func(_ *cobra.Command, args []string) error { return a.fix(&o, args) },
	}
	fs := cmd.Flags()
	fs.SortFlags = false
	fs.BoolVar(&o.diff, "diff", false, "affiche les corrections en diff unifié, sans rien modifier")
	o.define(fs)
	return cmd
}

// fixOutcome is what fixing one input did.
type fixOutcome struct {
	in            input
	before, after []byte
	fixes         int   // edits applied
	remaining     int   // diagnostics left after the fixes
	err           error // in French
}

// fix runs coquille fix.
func (a *app) fix(o *fixOptions, args []string) error {
	inputs, err := a.collect(args, &o.inputOptions)
	if err != nil {
		return err
	}
	outcomes := make([]fixOutcome, len(inputs))
	parallel(len(inputs), func(i int) { outcomes[i] = a.fixInput(inputs[i], o.diff) })

	status, fixes, files, remaining := exitOK, 0, 0, 0
	for _, out := range outcomes {
		if tooLarge(out.err) {
			a.fail(out.in.path, out.err.Error())
			if out.in.stdin && !o.diff {
				if err := a.passThrough(out.before); err != nil {
					return err
				}
			}
			continue
		}
		if out.err != nil {
			a.fail(out.in.path, out.err.Error())
			status = exitError
			continue
		}
		var err error
		switch {
		case o.diff:
			err = writeDiff(a.stdout, out.in.path, out.before, out.after)
		case out.in.stdin:
			_, err = a.stdout.Write(out.after)
		}
		if err != nil {
			return fmt.Errorf("écriture impossible sur la sortie standard\u00a0: %w", err)
		}
		if line := fixLine(out, o.diff); line != "" {
			fmt.Fprintf(a.stderr, "%s\u00a0: %s\n", out.in.path, line)
		}
		fixes += out.fixes
		remaining += out.remaining
		if out.fixes > 0 {
			files++
		}
	}
	fmt.Fprintln(a.stderr, fixTotal(fixes, files, remaining, o.diff))
	if status != exitOK {
		return statusError(status)
	}
	return nil
}

// fixInput reads and fixes one input, and writes the file back unless
// diff is set or the input is the standard input.
func (a *app) fixInput(in input, diff bool) fixOutcome {
	out := fixOutcome{in: in}
	src, err := in.read(a.stdin)
	if err != nil {
		out.before, out.err = src.Data, err
		return out
	}
	var res lint.Result
	if err := safely(func() { out.after, out.fixes, res = in.checker.Fix(src) }); err != nil {
		out.err = err
		return out
	}
	if res.Err != nil {
		out.err = res.Err
		return out
	}
	out.before, out.remaining = src.Data, len(res.Diagnostics)
	if !diff && !in.stdin && !bytes.Equal(out.before, out.after) {
		if err := writeFile(in.path, out.after); err != nil {
			out.err = fmt.Errorf("écriture impossible\u00a0: %s", lint.ReadError(err))
		}
	}
	return out
}

// passThrough copies to standard output, unchanged, the standard input
// that was too large to be fixed, so that coquille fix used as a filter
// loses nothing: the bytes already read, then the rest.
func (a *app) passThrough(read []byte) error {
	if _, err := a.stdout.Write(read); err != nil {
		return fmt.Errorf("écriture impossible sur la sortie standard\u00a0: %w", err)
	}
	if _, err := io.Copy(a.stdout, a.stdin); err != nil {
		return fmt.Errorf("recopie de l’entrée standard impossible\u00a0: %w", err)
	}
	return nil
}

// fixLine tells in French what fixing one file did, or "" when there was
// nothing to do.
func fixLine(out fixOutcome, diff bool) string {
	if out.fixes == 0 && out.remaining == 0 {
		return ""
	}
	parts := []string{"aucune correction sûre"}
	if out.fixes > 0 {
		parts[0] = countFixes(out.fixes, diff)
	}
	if out.remaining > 0 {
		parts = append(parts, report.Plural(out.remaining, "faute restante", "fautes restantes"))
	}
	return strings.Join(parts, ", ")
}

// fixTotal sums up a run of fix in French.
func fixTotal(fixes, files, remaining int, diff bool) string {
	var total string
	switch {
	case fixes == 0 && diff:
		total = "aucune correction à appliquer"
	case fixes == 0:
		total = "aucune correction appliquée"
	default:
		total = countFixes(fixes, diff) + " dans " + report.Plural(files, "fichier", "fichiers")
	}
	if remaining > 0 {
		total += ", " + report.Plural(remaining, "faute restante", "fautes restantes") + " (voir coquille check)"
	}
	return total
}

// countFixes writes "3 corrections appliquées", or "à appliquer" for diff.
func countFixes(n int, diff bool) string {
	if diff {
		return report.Plural(n, "correction à appliquer", "corrections à appliquer")
	}
	return report.Plural(n, "correction appliquée", "corrections appliquées")
}
