package main

import (
	"errors"
	"fmt"
	"slices"

	"github.com/coquille-fr/coquille/lint"
	"github.com/coquille-fr/coquille/lint/report"
	"github.com/spf13/cobra"
)

// checkOptions are the flags of coquille check.
type checkOptions struct {
	inputOptions
	format        string
	failOn        string
	noColor       bool
	baseline      string // report only the findings it does not record
	writeBaseline string // record the findings there instead of reporting them
}

func (a *app) newCheckCommand() *cobra.Command {
	var o checkOptions
	cmd := &cobra.Command{
		Use:   "check [options] CHEMIN…",
		Short: "vérifie des fichiers et signale les fautes",
		Long: "Vérifie les fichiers et les dossiers donnés, et signale les fautes.\n\n" +
			"Les dossiers sont parcourus à la recherche de fichiers .txt, .md et .markdown, sans\n" +
			"entrer dans les dossiers cachés, node_modules et vendor\u00a0; un fichier nommé est vérifié\n" +
			"quelle que soit son extension. «\u00a0-\u00a0» lit l’entrée standard. Les motifs ignore de la\n" +
			"configuration écartent les fichiers, trouvés ou nommés.\n\n" +
			"Formats du rapport\u00a0: text (par défaut), json, et pour l’intégration continue sarif,\n" +
			"github (annotations de GitHub Actions), rdjson (reviewdog), checkstyle et junit.\n\n" +
			"--write-baseline enregistre les fautes actuelles dans un fichier de référence\u00a0; avec\n" +
			"--baseline, seules les fautes qui n’y sont pas sont signalées.\n\n" +
			"Code de sortie\u00a0: 0 si aucune faute n’atteint la gravité de --fail-on, 1 sinon, 2 en cas\n" +
			"d’erreur d’utilisation, de configuration ou de lecture.",
		Args: cobra.ArbitraryArgs,
		RunE: func(_ *cobra.Command, args []string) error { return a.check(&o, args) },
	}
	fs := cmd.Flags()
	fs.SortFlags = false
	stringFlag(fs, &o.format, "format", "FORMAT", "text", "format du rapport, text par défaut (voir plus haut)")
	stringFlag(fs, &o.failOn, "fail-on", "GRAVITÉ", "error", "gravité qui fait échouer\u00a0: error (par défaut), warning ou info")
	o.define(fs)
	fs.BoolVar(&o.noColor, "no-color", false, "sans couleurs (comme NO_COLOR)")
	stringFlag(fs, &o.baseline, "baseline", "FICHIER", "", "ne signale que les fautes absentes de ce fichier de référence")
	stringFlag(fs, &o.writeBaseline, "write-baseline", "FICHIER", "", "enregistre les fautes dans ce fichier de référence, sans rapport")
	return cmd
}

// check runs coquille check.
func (a *app) check(o *checkOptions, args []string) error {
	failOn, err := lint.ParseSeverity(o.failOn)
	if err != nil || failOn == lint.Off {
		return usagef("gravité inconnue «\u00a0%s\u00a0» pour --fail-on (attendu\u00a0: error, warning ou info)", o.failOn)
	}
	opts := report.Options{Color: !o.noColor && a.colorful(), Rules: a.rules, Version: version(), FailOn: failOn}
	if _, err := report.New(o.format, opts); err != nil {
		return &usageError{err.Error()}
	}
	if o.baseline != "" && o.writeBaseline != "" {
		return usagef("--baseline et --write-baseline s’excluent")
	}
	known, err := readBaseline(o.baseline)
	if err != nil {
		return err
	}
	inputs, err := a.collect(args, &o.inputOptions)
	if err != nil {
		return err
	}
	opts.Rules = describedRules(a.rules, inputs)
	reporter, err := report.New(o.format, opts)
	if err != nil {
		return &usageError{err.Error()}
	}
	defer limitHeap(inputs)()
	results := make([]lint.Result, len(inputs))
	parallel(len(inputs), func(i int) { results[i] = a.checkInput(inputs[i]) })
	results = a.skipTooLarge(results)
	if o.writeBaseline != "" {
		return a.writeBaseline(o.writeBaseline, results)
	}
	a.hideKnown(known, results)

	failed, found := false, false
	for _, r := range results {
		if r.Err != nil {
			a.fail(r.Source.Path, r.Err.Error())
			failed = true
		}
		for _, d := range r.Diagnostics {
			found = found || d.Severity >= failOn
		}
	}
	if err := reporter.Report(a.stdout, results); err != nil {
		return fmt.Errorf("écriture du rapport impossible\u00a0: %w", err)
	}
	switch {
	case failed:
		return statusError(exitError)
	case found:
		return statusError(exitFindings)
	}
	return nil
}

// skipTooLarge leaves out the results of the inputs too large to be
// checked, with a warning for each: a file skipped is not an input error,
// and is in no report.
func (a *app) skipTooLarge(results []lint.Result) []lint.Result {
	kept := results[:0]
	for _, r := range results {
		if tooLarge(r.Err) {
			a.fail(r.Source.Path, r.Err.Error())
			continue
		}
		kept = append(kept, r)
	}
	return kept
}

// tooLarge tells whether err is the error of an input larger than its
// checker's MaxFileSize.
func tooLarge(err error) bool {
	var e *lint.TooLargeError
	return errors.As(err, &e)
}

// describedRules returns the rules that a report describes: the built-in
// ones, then those the inputs' checkers add (the configurations' own rules,
// the engine's), in the order the inputs meet them.
func describedRules(builtin []*lint.Rule, inputs []input) []*lint.Rule {
	rules := slices.Clone(builtin)
	seen := map[string]bool{}
	for _, r := range builtin {
		seen[r.ID] = true
	}
	for _, in := range inputs {
		if in.checker == nil {
			continue
		}
		for _, r := range in.checker.Rules {
			if !seen[r.ID] {
				seen[r.ID] = true
				rules = append(rules, r)
			}
		}
	}
	return rules
}

// checkInput reads and checks one input.
func (a *app) checkInput(in input) lint.Result {
	src, err := in.read(a.stdin)
	if err != nil {
		return lint.Result{Source: src, Err: err}
	}
	var res lint.Result
	if err := safely(func() { res = in.checker.Check(src) }); err != nil {
		return lint.Result{Source: src, Err: err}
	}
	return res
}
