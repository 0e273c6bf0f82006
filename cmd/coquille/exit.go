package main

import (
	"errors"
	"fmt"

	"github.com/spf13/cobra"
)

// Exit statuses.
const (
	exitOK       = 0 // nothing at or above --fail-on
	exitFindings = 1 // diagnostics at or above --fail-on
	exitError    = 2 // usage, configuration or input error
)

// usageError is a mistake on the command line. It is printed with a hint
// to the command's help.
type usageError struct{ msg string }

func (e *usageError) Error() string { return e.msg }

// usagef builds a usageError.
func usagef(format string, args ...any) error {
	return &usageError{fmt.Sprintf(format, args...)}
}

// statusError ends a command that has printed its own messages with an
// exit status.
type statusError int

func (s statusError) Error() string { return fmt.Sprintf("code de sortie %d", int(s)) }

// exitStatus prints err, if it has not been, and returns the exit status
// it stands for. cmd is the command that ran.
func (a *app) exitStatus(cmd *cobra.Command, err error) int {
	var status statusError
	var usage *usageError
	switch {
	case err == nil:
		return exitOK
	case errors.As(err, &status):
		return int(status)
	case errors.As(err, &usage):
		name := "coquille"
		if cmd != nil {
			name = cmd.CommandPath()
		}
		fmt.Fprintf(a.stderr, "coquille: %s\nVoir «\u00a0%s --help\u00a0».\n", usage.msg, name)
	default:
		fmt.Fprintf(a.stderr, "coquille: %s\n", err)
	}
	return exitError
}
