package main

import (
	"bytes"
	"os"
	"strings"
	"testing"

	"github.com/coquille-fr/coquille/lint"
	"github.com/coquille-fr/coquille/rules"
)

// TestInit checks that coquille init writes a configuration that parses
// and builds a checker with the real rules, and that it keeps an existing
// file unless forced.
func TestInit(t *testing.T) {
	t.Chdir(t.TempDir())
	for _, profile := range lint.ProfileNames() {
		var stdout, stderr bytes.Buffer
		if code := run([]string{"init", "--force", "--profile", profile}, nil, &stdout, &stderr); code != exitOK {
			t.Fatalf("%s: exit %d, %s", profile, code, stderr.String())
		}
		if want := ".coquille.yaml créé (profil " + profile + ")"; !strings.HasPrefix(stdout.String(), want) {
			t.Errorf("stdout %q", stdout.String())
		}
		cfg, err := lint.LoadConfig(lint.ConfigFile)
		if err != nil {
			t.Fatal(err)
		}
		if cfg.Profile != profile || len(cfg.Custom) == 0 {
			t.Errorf("%s: profile %q, %d custom rules", profile, cfg.Profile, len(cfg.Custom))
		}
		if _, err := lint.NewChecker(rules.All(), cfg, ""); err != nil {
			t.Fatal(err)
		}
	}
	before, _ := os.ReadFile(lint.ConfigFile)
	var stdout, stderr bytes.Buffer
	if code := run([]string{"init"}, nil, &stdout, &stderr); code != exitError || !strings.Contains(stderr.String(), "existe déjà") {
		t.Errorf("exit %d, stderr %q", code, stderr.String())
	}
	if after, _ := os.ReadFile(lint.ConfigFile); !bytes.Equal(before, after) {
		t.Error("init replaced the file without --force")
	}
	if code := run([]string{"init", "--profile", "fr-XX"}, nil, &stdout, &stderr); code != exitError {
		t.Errorf("unknown profile: exit %d", code)
	}
}
