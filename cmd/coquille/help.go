package main

import (
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"
)

// valueAnnotation names, on a flag, the placeholder of its value in the
// help ("--format FORMAT").
const valueAnnotation = "coquille-value"

// stringFlag defines a string flag whose value is shown as value in the
// help.
func stringFlag(fs *pflag.FlagSet, p *string, name, value, def, usage string) {
	fs.StringVar(p, name, def, usage)
	_ = fs.SetAnnotation(name, valueAnnotation, []string{value})
}

// writeHelp writes the French help of cmd: cobra's own templates are in
// English.
func writeHelp(w io.Writer, cmd *cobra.Command) {
	use := cmd.Use
	if cmd.HasParent() {
		use = cmd.Parent().CommandPath() + " " + use
	}
	fmt.Fprintf(w, "%s\n\nUtilisation\u00a0:\n  %s\n", cmd.Long, use)
	if cmd.HasAvailableSubCommands() {
		fmt.Fprint(w, "\nCommandes\u00a0:\n")
		for _, sub := range cmd.Commands() {
			if sub.IsAvailableCommand() || sub.Name() == "help" {
				fmt.Fprintf(w, "  %-9s %s\n", sub.Name(), sub.Short)
			}
		}
	}
	var flags []*pflag.Flag
	add := func(f *pflag.Flag) { flags = append(flags, f) }
	cmd.LocalFlags().VisitAll(add)
	cmd.InheritedFlags().VisitAll(add)
	fmt.Fprint(w, "\nOptions\u00a0:\n")
	writeFlags(w, flags)
	if !cmd.HasParent() {
		fmt.Fprint(w, "\nVoir «\u00a0coquille help COMMANDE\u00a0» pour l’aide d’une commande.\n")
	}
}

// writeFlags writes one line per flag, usages aligned.
func writeFlags(w io.Writer, flags []*pflag.Flag) {
	names := make([]string, len(flags))
	width := 0
	for i, f := range flags {
		names[i] = "    --" + f.Name
		if f.Shorthand != "" {
			names[i] = "-" + f.Shorthand + ", --" + f.Name
		}
		if v := f.Annotations[valueAnnotation]; len(v) > 0 {
			names[i] += " " + v[0]
		}
		width = max(width, len([]rune(names[i])))
	}
	for i, f := range flags {
		fmt.Fprintf(w, "  %s%s  %s\n", names[i], strings.Repeat(" ", width-len([]rune(names[i]))), f.Usage)
	}
}

// flagError rewrites in French the errors of the flag parser.
func flagError(err error) error {
	var notExist *pflag.NotExistError
	var required *pflag.ValueRequiredError
	var invalid *pflag.InvalidValueError
	var syntax *pflag.InvalidSyntaxError
	switch {
	case errors.As(err, &notExist) && notExist.GetSpecifiedShortnames() != "":
		return usagef("option inconnue «\u00a0-%s\u00a0»", notExist.GetSpecifiedName())
	case errors.As(err, &notExist):
		return usagef("option inconnue «\u00a0--%s\u00a0»", notExist.GetSpecifiedName())
	case errors.As(err, &required):
		return usagef("l’option «\u00a0--%s\u00a0» attend une valeur", required.GetFlag().Name)
	case errors.As(err, &invalid):
		return usagef("valeur invalide «\u00a0%s\u00a0» pour l’option «\u00a0--%s\u00a0»", invalid.GetValue(), invalid.GetFlag().Name)
	case errors.As(err, &syntax):
		return usagef("option mal formée «\u00a0%s\u00a0»", syntax.GetSpecifiedFlag())
	}
	return &usageError{err.Error()}
}
