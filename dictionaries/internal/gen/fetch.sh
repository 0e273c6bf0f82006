#!/usr/bin/env bash
# fetch.sh — download the pinned Debian packages the dictionary generator reads,
# check their SHA-256 sums, and unpack them into one directory.
#
# Usage: dictionaries/internal/gen/fetch.sh [DIR]
#   DIR defaults to a fresh temporary directory; its path is printed on stdout
#   (last line), so a caller can do: src=$(dictionaries/internal/gen/fetch.sh | tail -1)
#
# Needs apt (Debian 12) and root or a user allowed to run apt-get download.
# Then regenerate with (from the repository root):
#   go generate ./dictionaries
#   (or: go run ./dictionaries/internal/gen -src "$src" -out dictionaries/data/fr.fst \
#          -sources dictionaries/data/SOURCES)
set -euo pipefail

dir=${1:-$(mktemp -d -t coquille-dict.XXXXXX)}
mkdir -p "$dir"
cd "$dir"

if [ "${COQUILLE_SKIP_APT_UPDATE:-}" != 1 ]; then
	apt-get update -qq >&2
fi

apt-get download \
	hunspell-fr-comprehensive=1:7.0-1 \
	hunspell-fr-classical=1:7.0-1 \
	hunspell-fr-revised=1:7.0-1 \
	python3-grammalecte=2.1.2+ds2-2 >&2

sha256sum -c - >&2 <<'SUMS'
95492f44ddfef23a4cea1981aaa64610bee84ca3da8d5aa68552310873659d8d  hunspell-fr-comprehensive_1%3a7.0-1_all.deb
4dda94962c68d6a9276949b314f56a17f739da395f8f7978a49d1886d613526c  hunspell-fr-classical_1%3a7.0-1_all.deb
618c420acf534fe6a636cfe2491b46efd5fafe954c74a44ea08eda904fe92096  hunspell-fr-revised_1%3a7.0-1_all.deb
61d23c2b2c100213b77aec3ad7473382c538f1471783b7959063825290f7d4fe  python3-grammalecte_2.1.2+ds2-2_all.deb
SUMS

# The three hunspell packages install the same paths: one directory each.
for p in comprehensive classical revised; do
	rm -rf "$p"
	dpkg-deb -x "hunspell-fr-${p}_1%3a7.0-1_all.deb" "$p"
done
rm -rf grammalecte
dpkg-deb -x python3-grammalecte_2.1.2+ds2-2_all.deb grammalecte

echo "$dir"
