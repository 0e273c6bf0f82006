package main

import (
	"bytes"
	"errors"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
)

// fileState is what fix must not change in a file it cannot check.
type fileState struct {
	data []byte
	info fs.FileInfo
}

// snapshot records the regular files under the current folder.
func snapshot(t *testing.T) map[string]fileState {
	t.Helper()
	files := map[string]fileState{}
	err := filepath.WalkDir(".", func(path string, e fs.DirEntry, err error) error {
		if err != nil || !e.Type().IsRegular() {
			return nil
		}
		info, err := os.Lstat(path)
		if err != nil {
			return err
		}
		data, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		files[path] = fileState{data, info}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return files
}

// changes tells how path differs from its recorded state, or "".
func (s fileState) changes(path string) string {
	info, err := os.Lstat(path)
	switch {
	case err != nil:
		return err.Error()
	case !os.SameFile(s.info, info):
		return "replaced by another file"
	case !info.ModTime().Equal(s.info.ModTime()) || info.Size() != s.info.Size() || info.Mode() != s.info.Mode():
		return "modification time, size or mode changed"
	}
	if data, err := os.ReadFile(path); err == nil && !bytes.Equal(data, s.data) {
		return "bytes changed"
	}
	return ""
}

// fixArgs turns the command line of a check into that of a fix: the
// report options go, and so does --max-diagnostics, beyond which fix
// would leave safe fixes for a second run.
func fixArgs(args []string) []string {
	var out []string
	for i := 0; i < len(args); i++ {
		switch args[i] {
		case "check":
			out = append(out, "fix")
		case "--format", "--fail-on", "--max-diagnostics":
			i++
		default:
			out = append(out, args[i])
		}
	}
	return out
}

// TestFixBadInputs runs fix on the files of each bad_* case of
// testdata/cli: a file named in an error or a warning, which coquille
// could not check, keeps its bytes, its modification time and its inode;
// nothing panics; and a second fix changes no file at all.
func TestFixBadInputs(t *testing.T) {
	cases, err := filepath.Glob("../../testdata/cli/bad_*.txt")
	if err != nil || len(cases) == 0 {
		t.Fatalf("no bad_* cases in testdata/cli: %v", err)
	}
	for _, file := range cases {
		abs, err := filepath.Abs(file)
		if err != nil {
			t.Fatal(err)
		}
		t.Run(strings.TrimSuffix(filepath.Base(file), ".txt"), func(t *testing.T) {
			tc := readCase(t, abs)
			directives := tc.directives()
			stdin := setupCase(t, tc, directives)
			args, err := splitArgs(strings.Join(directives["args"], " "))
			if err != nil {
				t.Fatal(err)
			}
			args = fixArgs(args)
			before := snapshot(t)
			code, _, stderr := runArgs(directives, args, stdin)
			if code != exitOK && code != exitError || strings.Contains(stderr, "erreur interne") {
				t.Fatalf("fix %v: exit %d\n%s", args, code, stderr)
			}
			for path, state := range before {
				if strings.Contains(stderr, "coquille: "+path+": ") {
					if change := state.changes(path); change != "" {
						t.Errorf("%s, which fix could not check: %s", path, change)
					}
				}
			}
			after := snapshot(t)
			if code, _, stderr := runArgs(directives, args, stdin); code != exitOK && code != exitError {
				t.Fatalf("second fix: exit %d\n%s", code, stderr)
			}
			for path, state := range after {
				if change := state.changes(path); change != "" {
					t.Errorf("%s, after a second fix: %s", path, change)
				}
			}
		})
	}
}

// asMainEnv makes the test binary run coquille with the fake rules
// instead of the tests (see TestMain): a test run as root starts it as
// another user, whom permissions bind.
const asMainEnv = "COQUILLE_TEST_AS_MAIN"

func TestMain(m *testing.M) {
	if os.Getenv(asMainEnv) == "1" {
		a := &app{stdin: os.Stdin, stdout: os.Stdout, stderr: os.Stderr, rules: fakeRules()}
		os.Exit(a.execute(os.Args[1:]))
	}
	os.Exit(m.Run())
}

// nobody is the user that runs coquille in TestUnreadableFile when the
// tests run as root, which reads any file.
const nobody = 65534

// runUnprivileged runs coquille with the fake rules in dir: in the test
// process, or, under root, in a copy of the test binary run as nobody,
// since root reads files whatever their permissions. It skips the test
// when root cannot become nobody (a container without CAP_SETUID).
func runUnprivileged(t *testing.T, dir string, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	if os.Geteuid() != 0 {
		t.Chdir(dir)
		return runArgs(map[string][]string{"rules": {"fake"}}, args, nil)
	}
	exe, err := os.Executable()
	if err != nil {
		t.Skip(err)
	}
	data, err := os.ReadFile(exe)
	if err != nil {
		t.Skip(err)
	}
	bin := filepath.Join(filepath.Dir(dir), "coquille.test")
	if err := os.WriteFile(bin, data, 0o755); err != nil {
		t.Fatal(err)
	}
	var out, errs bytes.Buffer
	cmd := exec.Command(bin, args...)
	cmd.Dir, cmd.Stdout, cmd.Stderr = dir, &out, &errs
	cmd.Env = append(os.Environ(), asMainEnv+"=1")
	cmd.SysProcAttr = &syscall.SysProcAttr{Credential: &syscall.Credential{Uid: nobody, Gid: nobody}}
	err = cmd.Run()
	var exit *exec.ExitError
	if errors.As(err, &exit) {
		return exit.ExitCode(), out.String(), errs.String()
	}
	if err != nil {
		t.Skipf("cannot run coquille as nobody: %v", err)
	}
	return 0, out.String(), errs.String()
}

// TestUnreadableFile checks a file without read permission beside a good
// one: a one-line error naming it, exit status 2, the good file checked;
// fix leaves the unreadable file as it was and fixes the other. Root
// reads any file, so under root coquille runs as nobody (runUnprivileged).
func TestUnreadableFile(t *testing.T) {
	top, err := os.MkdirTemp("", "coquille-unreadable-")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { os.RemoveAll(top) })
	dir := filepath.Join(top, "cas")
	writeTestFile(t, filepath.Join(dir, ".coquille.yaml"), nil)
	writeTestFile(t, filepath.Join(dir, "bon.md"), []byte("Bonjour!\n"))
	writeTestFile(t, filepath.Join(dir, "secret.md"), []byte("Secret!\n"))
	for path, mode := range map[string]os.FileMode{top: 0o755, dir: 0o777, filepath.Join(dir, "secret.md"): 0} {
		if err := os.Chmod(path, mode); err != nil {
			t.Fatal(err)
		}
	}
	info, err := os.Lstat(filepath.Join(dir, "secret.md"))
	if err != nil {
		t.Fatal(err)
	}
	secret := fileState{[]byte("Secret!\n"), info}

	code, stdout, stderr := runUnprivileged(t, dir, "check", "secret.md", "bon.md")
	if code != exitError || stderr != "coquille: secret.md: permission refusée\n" ||
		!strings.HasPrefix(stdout, "bon.md:1:8: error:") || !strings.HasSuffix(stdout, "dans 2 fichiers, dont 1 non vérifié\n") {
		t.Errorf("check: exit %d\nstdout:\n%s\nstderr:\n%s", code, stdout, stderr)
	}

	code, _, stderr = runUnprivileged(t, dir, "fix", "secret.md", "bon.md")
	want := "bon.md\u00a0: 1 correction appliquée\ncoquille: secret.md: permission refusée\n1 correction appliquée dans 1 fichier\n"
	if code != exitError || stderr != want {
		t.Errorf("fix: exit %d, stderr:\n%s", code, stderr)
	}
	if change := secret.changes(filepath.Join(dir, "secret.md")); change != "" {
		t.Errorf("secret.md: %s", change)
	}
	if data, err := os.ReadFile(filepath.Join(dir, "bon.md")); err != nil || string(data) != "Bonjour\u202f!\n" {
		t.Errorf("bon.md: %q, %v", data, err)
	}
}
