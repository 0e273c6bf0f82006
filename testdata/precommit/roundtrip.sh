#!/usr/bin/env bash
# Round trip of the hooks of .pre-commit-hooks.yaml through the pre-commit
# framework, as a team would use them: in a throw-away Git repository with a
# bad post, `pre-commit try-repo` runs the coquille hook (it fails), a commit
# with the hook installed fails, the coquille-fix hook fixes the post, and the
# commit then passes.
#
#   testdata/precommit/roundtrip.sh [PROJECT]
#
# PROJECT is a Git repository of coquille (by default this checkout); its
# HEAD commit is what pre-commit clones and builds with `go install`, with the
# Go on the PATH and the modules from the module proxy or the local cache.
set -euo pipefail

project=$(cd "${1:-$(dirname "$0")/../..}" && pwd)
rev=$(git -C "$project" rev-parse HEAD)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# pre-commit sets GOPATH to its own environment: keep the usual module cache.
GOMODCACHE=$(go env GOMODCACHE)
export GOMODCACHE
export PRE_COMMIT_HOME="$work/pre-commit"
export GIT_CONFIG_GLOBAL=/dev/null GIT_CONFIG_NOSYSTEM=1
export GIT_AUTHOR_NAME=coquille GIT_AUTHOR_EMAIL=ci@coquille.invalid
export GIT_COMMITTER_NAME=coquille GIT_COMMITTER_EMAIL=ci@coquille.invalid

# expect STATUS TEXT COMMAND… runs a command that must end with STATUS
# (0 or "fail") and print TEXT.
expect() {
  local want=$1 text=$2 status=0
  shift 2
  "$@" >"$work/out" 2>&1 || status=$?
  if { [ "$want" = 0 ] && [ "$status" != 0 ]; } || { [ "$want" = fail ] && [ "$status" = 0 ]; } ||
    ! grep -qF -- "$text" "$work/out"; then
    cat "$work/out"
    echo "roundtrip: «$*» ended with $status (expected $want) or did not print «$text»" >&2
    exit 1
  fi
}

git init -q "$work/repo"
cd "$work/repo"
printf 'Bonjour à tous!\nÀ bientôt!\n' >post.md
git add post.md

echo "-- try-repo: the coquille hook fails on the bad post"
expect fail "post.md:1:15: error:" pre-commit try-repo "$project" coquille --ref "$rev" --files post.md

echo "-- a commit with the hook installed fails"
cat >.pre-commit-config.yaml <<YAML
repos:
  - repo: $project
    rev: $rev
    hooks:
      - id: coquille
YAML
git add .pre-commit-config.yaml
expect 0 "pre-commit installed" pre-commit install
expect fail "[typography.space-before-exclamation]" git commit -m "Billet fautif"

echo "-- try-repo: the coquille-fix hook fixes the post"
expect fail "files were modified by this hook" pre-commit try-repo "$project" coquille-fix --ref "$rev" --files post.md
if [ "$(cat post.md)" != $'Bonjour à tous\u202f!\nÀ bientôt\u202f!' ]; then
  echo "roundtrip: post.md not fixed:" >&2
  cat post.md >&2
  exit 1
fi

echo "-- the commit passes once the fixed post is staged"
git add post.md
expect 0 "coquille" git commit -m "Billet corrigé"
echo "pre-commit round trip: ok"
