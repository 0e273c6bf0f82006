package main

import (
	"fmt"
	"io"
	"os"

	"github.com/coquille-fr/coquille/lint"
)

// app is what the commands share: the standard streams and the rules.
type app struct {
	stdin          io.Reader
	stdout, stderr io.Writer
	rules          []*lint.Rule
}

// execute runs the command line args and returns the exit status.
func (a *app) execute(args []string) int {
	root := a.newRootCommand()
	root.SetArgs(append([]string{}, args...)) // never nil: cobra would read os.Args
	root.SetIn(a.stdin)
	root.SetOut(a.stdout)
	root.SetErr(a.stderr)
	cmd, err := root.ExecuteC()
	return a.exitStatus(cmd, err)
}

// fail prints a one-line error about a path on standard error, or the
// warning about a file too large to be checked.
func (a *app) fail(path, msg string) {
	fmt.Fprintf(a.stderr, "coquille: %s: %s\n", path, msg)
}

// colorful tells whether standard output is a terminal that may show
// colours: not when NO_COLOR is set to anything but "".
func (a *app) colorful() bool {
	f, ok := a.stdout.(*os.File)
	if !ok || os.Getenv("NO_COLOR") != "" {
		return false
	}
	info, err := f.Stat()
	return err == nil && info.Mode()&os.ModeCharDevice != 0
}
