package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// fixFiles runs coquille fix with the fake rules and returns its exit
// status and standard error.
func fixFiles(t *testing.T, args ...string) (int, string) {
	t.Helper()
	var stdout, stderr bytes.Buffer
	a := &app{stdin: strings.NewReader(""), stdout: &stdout, stderr: &stderr, rules: fakeRules()}
	code := a.execute(append([]string{"fix"}, args...))
	if stdout.Len() > 0 {
		t.Errorf("fix wrote on stdout: %q", stdout.String())
	}
	return code, stderr.String()
}

func TestFixKeepsModeFollowsLinksAndIsIdempotent(t *testing.T) {
	dir := t.TempDir()
	writeTestFile(t, filepath.Join(dir, ".coquille.yaml"), nil)
	post := filepath.Join(dir, "post.md")
	if err := os.WriteFile(post, []byte("Bonjour !\nMerci!\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	link := filepath.Join(dir, "lien.md")
	if err := os.Symlink("post.md", link); err != nil {
		t.Fatal(err)
	}

	if code, stderr := fixFiles(t, link); code != exitOK || !strings.Contains(stderr, "2 corrections appliquées") {
		t.Fatalf("first fix: %d %q", code, stderr)
	}
	data, err := os.ReadFile(post)
	if err != nil {
		t.Fatal(err)
	}
	if want := "Bonjour\u202f!\nMerci\u202f!\n"; string(data) != want {
		t.Errorf("fixed to %q, want %q", data, want)
	}
	if info, err := os.Lstat(link); err != nil || info.Mode()&os.ModeSymlink == 0 {
		t.Errorf("the link was replaced: %v", err)
	}
	if info, err := os.Stat(post); err != nil || info.Mode().Perm() != 0o600 {
		t.Errorf("mode not kept: %v %v", info.Mode(), err)
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 3 {
		t.Errorf("temporary files left: %v", entries)
	}

	if code, stderr := fixFiles(t, post); code != exitOK || stderr != "aucune correction appliquée\n" {
		t.Errorf("second fix: %d %q", code, stderr)
	}
}

func TestFixRefusesToWriteInReadOnlyFolder(t *testing.T) {
	if os.Geteuid() == 0 {
		t.Skip("root writes anywhere")
	}
	dir := t.TempDir()
	writeTestFile(t, filepath.Join(dir, ".coquille.yaml"), nil)
	post := filepath.Join(dir, "post.md")
	writeTestFile(t, post, []byte("Bonjour !\n"))
	if err := os.Chmod(dir, 0o500); err != nil {
		t.Fatal(err)
	}
	defer os.Chmod(dir, 0o700)
	code, stderr := fixFiles(t, post)
	if code != exitError || !strings.Contains(stderr, "écriture impossible") {
		t.Errorf("got %d %q", code, stderr)
	}
	if data, _ := os.ReadFile(post); string(data) != "Bonjour !\n" {
		t.Errorf("file changed: %q", data)
	}
}
