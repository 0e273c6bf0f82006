// Command coquille checks French writing in social-media drafts: posts,
// threads and the Markdown files of content repositories.
//
//	coquille check [PATH...]   report mistakes (text or JSON)
//	coquille fix [PATH...]     apply the safe corrections
//	coquille rules             list the rules
//	coquille version           print the version
//
// Exit status: 0 when nothing reaches --fail-on, 1 when something does, 2
// on a usage, configuration or input error.
package main

import (
	"io"
	"os"

	"github.com/coquille-fr/coquille/rules"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

// run executes the command line args with the given standard streams and
// returns the exit status.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	a := &app{stdin: stdin, stdout: stdout, stderr: stderr, rules: rules.All()}
	return a.execute(args)
}
