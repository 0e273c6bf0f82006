#!/bin/sh
# Crochet de pré-commit installé par « coquille hook install ».
# Il vérifie avec coquille le contenu indexé, celui qui sera validé, des
# fichiers .md, .markdown et .txt, avec les fichiers .coquille.yaml indexés.
# Pour passer outre une fois : git commit --no-verify.

staged() {
	git diff --cached --diff-filter=ACMR "$@" -- ':(icase)*.md' ':(icase)*.markdown' ':(icase)*.txt'
}

staged --quiet && exit 0

if ! command -v coquille >/dev/null 2>&1; then
	echo "coquille : commande introuvable ; installez-la (go install github.com/coquille-fr/coquille/cmd/coquille@latest) ou passez outre avec git commit --no-verify." >&2
	exit 1
fi

tmp=$(mktemp -d "${TMPDIR:-/tmp}/coquille.XXXXXX") || exit 1
trap 'rm -rf "$tmp"' EXIT
trap 'exit 1' HUP INT TERM

# Les fichiers et les configurations indexés sont extraits dans un dossier
# temporaire, sous leurs propres chemins : le rapport les nomme comme dans le dépôt.
staged --name-only -z | git checkout-index -z --stdin --prefix="$tmp/" || exit 1
git ls-files -z -- ':(glob)**/.coquille.yaml' | git checkout-index -z --stdin --prefix="$tmp/" || exit 1
staged --name-only -z | (cd "$tmp" && xargs -0 coquille check)
