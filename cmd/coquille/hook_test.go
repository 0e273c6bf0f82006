package main

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// hookRepo is a fresh Git repository whose commits run the hook with a
// coquille built from this package, isolated from the user's Git
// configuration. The test runs in it.
func hookRepo(t *testing.T) string {
	t.Helper()
	if _, err := exec.LookPath("git"); err != nil {
		t.Skip("git is not installed")
	}
	bin := t.TempDir()
	build := exec.Command("go", "build", "-o", filepath.Join(bin, "coquille"), ".")
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	t.Setenv("PATH", bin+string(os.PathListSeparator)+os.Getenv("PATH"))
	t.Setenv("GIT_CONFIG_GLOBAL", os.DevNull)
	t.Setenv("GIT_CONFIG_NOSYSTEM", "1")
	t.Setenv("GIT_AUTHOR_NAME", "Test")
	t.Setenv("GIT_AUTHOR_EMAIL", "test@example.org")
	t.Setenv("GIT_COMMITTER_NAME", "Test")
	t.Setenv("GIT_COMMITTER_EMAIL", "test@example.org")
	repo := t.TempDir()
	t.Chdir(repo)
	git(t, "init", "-q")
	return repo
}

// git runs a Git command in the current folder and fails the test if it
// fails.
func git(t *testing.T, args ...string) string {
	t.Helper()
	out, err := exec.Command("git", args...).CombinedOutput()
	if err != nil {
		t.Fatalf("git %s: %v\n%s", strings.Join(args, " "), err, out)
	}
	return string(out)
}

// commit tries a commit and returns whether it passed, and its output.
func commit(t *testing.T, message string) (bool, string) {
	t.Helper()
	out, err := exec.Command("git", "commit", "-q", "-m", message).CombinedOutput()
	return err == nil, string(out)
}

// coquille runs the command line in the current folder.
func coquille(args ...string) (int, string, string) {
	var stdout, stderr bytes.Buffer
	code := run(args, nil, &stdout, &stderr)
	return code, stdout.String(), stderr.String()
}

func TestHookChecksTheStagedContent(t *testing.T) {
	hookRepo(t)
	code, stdout, stderr := coquille("hook", "install")
	if code != exitOK || stdout != "crochet de pré-commit installé\u00a0: .git/hooks/pre-commit\n" {
		t.Fatalf("install: exit %d, stdout %q, stderr %q", code, stdout, stderr)
	}
	bad, good := []byte("Bonjour à tous!\n"), []byte("Bonjour à tous\u202f!\n")

	// A bad post staged fails the commit, even when the working copy is fixed.
	writeTestFile(t, "billets/rentrée.md", bad)
	git(t, "add", ".")
	writeTestFile(t, "billets/rentrée.md", good)
	ok, out := commit(t, "mauvais billet")
	if ok || !strings.Contains(out, "billets/rentrée.md:1:15: error:") || !strings.Contains(out, "[typography.space-before-exclamation]") {
		t.Fatalf("the staged fault should fail the commit; passed: %v\n%s", ok, out)
	}

	// A good post staged passes, even when the working copy is bad again.
	git(t, "add", ".")
	writeTestFile(t, "billets/rentrée.md", bad)
	if ok, out := commit(t, "bon billet"); !ok {
		t.Fatalf("the staged post is right, the commit should pass:\n%s", out)
	}

	// A commit without text files does not run coquille.
	writeTestFile(t, "image.png", []byte("pas du texte!"))
	git(t, "add", "image.png")
	if ok, out := commit(t, "image"); !ok || out != "" {
		t.Fatalf("passed %v, output %q", ok, out)
	}

	// Staged files are named to coquille: those of hidden folders too.
	writeTestFile(t, ".brouillons/idée.md", bad)
	git(t, "add", ".brouillons")
	if ok, out := commit(t, "brouillon"); ok || !strings.Contains(out, ".brouillons/idée.md:1:15: error:") {
		t.Fatalf("the staged draft should fail the commit; passed: %v\n%s", ok, out)
	}
}

func TestHookUsesTheStagedConfiguration(t *testing.T) {
	hookRepo(t)
	if code, _, stderr := coquille("hook", "install"); code != exitOK {
		t.Fatal(stderr)
	}
	writeTestFile(t, ".coquille.yaml", []byte("profile: fr-CA\n"))
	writeTestFile(t, "post.txt", []byte("Bonjour à tous!\n"))
	git(t, "add", ".")
	if ok, out := commit(t, "québécois"); !ok {
		t.Fatalf("fr-CA wants no space before «\u00a0!\u00a0»:\n%s", out)
	}
}

func TestHookInstallRefusesToOverwrite(t *testing.T) {
	hookRepo(t)
	mine := []byte("#!/bin/sh\nexit 0\n")
	writeTestFile(t, ".git/hooks/pre-commit", mine)
	code, _, stderr := coquille("hook", "install")
	if code != exitError || stderr != "coquille: .git/hooks/pre-commit existe déjà\u00a0; relancez avec --force pour le remplacer\n" {
		t.Fatalf("exit %d, stderr %q", code, stderr)
	}
	if data, _ := os.ReadFile(".git/hooks/pre-commit"); !bytes.Equal(data, mine) {
		t.Fatal("the hook was overwritten")
	}
	if code, _, stderr := coquille("hook", "install", "--force"); code != exitOK {
		t.Fatalf("--force: exit %d, %s", code, stderr)
	}
	info, err := os.Stat(".git/hooks/pre-commit")
	if err != nil || info.Mode().Perm()&0o111 == 0 {
		t.Fatalf("the hook should be executable: %v %v", info.Mode(), err)
	}
	if data, _ := os.ReadFile(".git/hooks/pre-commit"); !bytes.Equal(data, preCommitHook) {
		t.Fatal("--force did not replace the hook")
	}
	code, stdout, _ := coquille("hook", "install")
	if code != exitOK || !strings.Contains(stdout, "déjà installé") {
		t.Fatalf("a second install: exit %d, %q", code, stdout)
	}
}

func TestHookInstallHonoursHooksPath(t *testing.T) {
	hookRepo(t)
	git(t, "config", "core.hooksPath", "outils/crochets")
	if err := os.Mkdir("sous-dossier", 0o755); err != nil {
		t.Fatal(err)
	}
	t.Chdir("sous-dossier")
	code, stdout, stderr := coquille("hook", "install")
	if code != exitOK || stdout != "crochet de pré-commit installé\u00a0: ../outils/crochets/pre-commit\n" {
		t.Fatalf("exit %d, stdout %q, stderr %q", code, stdout, stderr)
	}
	t.Chdir("..")
	writeTestFile(t, "post.md", []byte("Oui!\n"))
	git(t, "add", "post.md")
	if ok, out := commit(t, "mauvais"); ok || !strings.Contains(out, "post.md:1:4") {
		t.Fatalf("the hook in core.hooksPath should run; passed: %v\n%s", ok, out)
	}
}

func TestHookInstallOutsideARepository(t *testing.T) {
	if _, err := exec.LookPath("git"); err != nil {
		t.Skip("git is not installed")
	}
	t.Setenv("GIT_CEILING_DIRECTORIES", os.TempDir())
	t.Chdir(t.TempDir())
	code, _, stderr := coquille("hook", "install")
	if code != exitError || !strings.HasPrefix(stderr, "coquille: pas de dépôt Git ici (") {
		t.Fatalf("exit %d, stderr %q", code, stderr)
	}
}
