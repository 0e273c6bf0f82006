#!/usr/bin/env bash
# bench/run.sh [--quick] [--no-results] [CACHE_DIR]
#
# Benchmarks coquille against its peers, side by side, on one machine and in
# one run (issue 7):
#
#   coquille      coquille check --format json FILE|DIR   (all default rules)
#   Grammalecte   grammalecte-cli -f FILE -j              (Debian grammalecte-cli)
#   hunspell      hunspell -d fr_FR -l FILE…              (Debian hunspell,
#                                                          hunspell-fr-comprehensive)
#   Vale          vale --config CFG --output=line FILE|DIR (built from the Go
#                 module proxy, the 2-rule style of ../shared/bench/baseline.sh)
#
# on the corpus of ../shared/bench/make-corpus.sh: prose.txt (9 MB, one file),
# prose-1mb.txt and posts/ (2,500 small Markdown files).  It measures
# throughput (MB/s, 1 MB = 10^6 bytes, median wall time), peak memory (max RSS
# from /usr/bin/time -v), CPU use ((user+sys)/wall) and start-up (median wall
# time over >= 20 runs on one 300-byte post), prints the tables with the
# coquille/peer ratios and the project's targets, met or missed, and writes
# them to bench/RESULTS.md.
#
# CACHE_DIR (default ${XDG_CACHE_HOME:-~/.cache}/coquille-bench) holds the
# corpus (CACHE_DIR/corpus, or CACHE_DIR itself if it has prose.txt), built
# with make-corpus.sh when missing, the Vale binary (CACHE_DIR/bin) and the
# outputs of the last run (CACHE_DIR/bench-out: logs, reports, time files).
#
# Runs as root on Debian: missing peers are installed with apt-get (one
# apt-get update).  Grammalecte is slow (about 19 s per MB): it runs on
# prose-1mb.txt and on an evenly spaced subset of posts/, and its prose.txt
# figure is extrapolated and marked so.  A full run takes about 3 minutes on
# 2 cores; the first one also builds Vale (up to 1.5 minutes, then cached) and,
# if needed, the corpus (about 1 minute).
#
# Options:
#   --quick       one run per measurement, 20 start-up runs, no peer on
#                 prose.txt, no Grammalecte on prose-1mb.txt, 20 posts for
#                 Grammalecte, Vale only if already built; about 1 minute.
#                 Never writes bench/RESULTS.md.
#   --no-results  do not write bench/RESULTS.md (the report is still in
#                 CACHE_DIR/bench-out/RESULTS.md).
#
# Environment:
#   COQUILLE_SHARED_DIR  the shared folder (default: "shared" beside the
#                        checkout, i.e. $(dirname REPO)/shared)
#   VALE_VERSION         Vale version to build (default v3.20.0: v3.25.1 and
#                        v3.26.0 do not build from the proxy, see baseline.sh)
#   VALE_BIN             use this Vale binary instead of building one
#   RUNS                 runs per throughput measurement when a run takes
#                        under 10 s (default 3; the median is reported)
#   STARTUP_RUNS         timed start-up runs (default 30, at least 20)
#   GRAM_POSTS           posts checked by Grammalecte (default 100)
#   RUN_TIMEOUT          seconds before one run is killed (default 600)
set -euo pipefail
export LC_ALL=C.UTF-8

log() { printf '== %s\n' "$*" >&2; }
warn() { printf 'run.sh: warning: %s\n' "$*" >&2; }
die() { printf 'run.sh: error: %s\n' "$*" >&2; exit 1; }
# cmdline CMD…: a short form of a command line for the log
cmdline() {
  local a out=() n=0
  for a; do
    ((++n > 8)) && { out+=("… ($# arguments in all)"); break; }
    out+=("${a##*/}")
  done
  printf '%s\n' "${out[*]}"
}
usage() { sed -n '2,/^set -euo/{/^set -euo/d;s/^# \{0,1\}//;p}' "${BASH_SOURCE[0]}"; }

QUICK=0 WRITE_RESULTS=1 CACHE_DIR=
while (($#)); do
  case $1 in
    --quick) QUICK=1 ;;
    --no-results) WRITE_RESULTS=0 ;;
    -h | --help) usage; exit 0 ;;
    --) shift; break ;;
    -*) die "unknown option « $1 » (see --help)" ;;
    *) [[ -z $CACHE_DIR ]] || die "only one CACHE_DIR, got « $CACHE_DIR » and « $1 »"
       CACHE_DIR=$1 ;;
  esac
  shift
done
if (($#)); then
  [[ -z $CACHE_DIR && $# -eq 1 ]] || die "only one CACHE_DIR (see --help)"
  CACHE_DIR=$1
fi
((QUICK)) && WRITE_RESULTS=0

START_US=${EPOCHREALTIME//[!0-9]/}
REPO=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
SHARED=${COQUILLE_SHARED_DIR:-$(dirname "$REPO")/shared}
CACHE_DIR=${CACHE_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/coquille-bench}
VALE_VERSION=${VALE_VERSION:-v3.20.0}
RUNS=${RUNS:-3}
STARTUP_RUNS=${STARTUP_RUNS:-30}
GRAM_POSTS=${GRAM_POSTS:-100}
RUN_TIMEOUT=${RUN_TIMEOUT:-600}
REPEAT_UNDER=10 # seconds: a measurement is repeated (RUNS times) only if faster
for v in RUNS STARTUP_RUNS GRAM_POSTS RUN_TIMEOUT; do
  [[ ${!v} =~ ^[1-9][0-9]*$ ]] || die "$v must be a positive integer, got « ${!v} »"
done
if ((QUICK)); then RUNS=1 STARTUP_RUNS=20 GRAM_POSTS=20; fi
((STARTUP_RUNS >= 20)) || die "STARTUP_RUNS must be at least 20"
NPROC=$(nproc)

mkdir -p "$CACHE_DIR" || die "cannot create $CACHE_DIR"
CACHE_DIR=$(cd "$CACHE_DIR" && pwd)
OUT=$CACHE_DIR/bench-out
rm -rf "$OUT"
mkdir -p "$OUT/time" "$OUT/out" "$OUT/vale/styles/Bench"
[[ -e /proc/loadavg ]] && read -r LOAD0 _ < /proc/loadavg || LOAD0='?'
# busy_cores: how many cores other processes keep busy, measured over two
# seconds from /proc/stat ("?" without it); the load average lags behind
# by a minute and counts the build that has just run.
busy_cores() {
  [[ -r /proc/stat ]] || { echo '?'; return; }
  local a b
  a=$(head -1 /proc/stat)
  sleep 2
  b=$(head -1 /proc/stat)
  awk -v a="$a" -v b="$b" 'BEGIN {
    n = split(a, x); split(b, y); total = 0
    for (i = 2; i <= n; i++) total += y[i] - x[i]
    idle = (y[5] - x[5]) + (y[6] - x[6])
    printf "%.2f", (total > 0 ? (total - idle) / total * '"$NPROC"' : 0) }'
}
BUSY0=$(busy_cores)
if awk -v b="$BUSY0" 'BEGIN{exit !(b != "?" && b+0 > 0.2)}'; then
  warn "other processes keep $BUSY0 cores busy: the figures will be pessimistic"
fi

# ---------------------------------------------------------------- apt
APT_UPDATED=0
pkg_installed() { dpkg-query -W -f '${db:Status-Status}' "$1" 2>/dev/null | grep -qx installed; }
# apt_install PKG…: installs the missing ones; returns 1 (with a warning) on failure
apt_install() {
  local p missing=()
  for p; do pkg_installed "$p" || missing+=("$p"); done
  ((${#missing[@]})) || return 0
  if ((EUID != 0)); then
    warn "${missing[*]} not installed, and apt-get needs root"
    return 1
  fi
  command -v apt-get > /dev/null || { warn "${missing[*]} not installed, and no apt-get"; return 1; }
  if ((!APT_UPDATED)); then
    log "apt-get update"
    if ! apt-get update -qq >> "$OUT/apt.log" 2>&1; then
      warn "apt-get update failed (see $OUT/apt.log)"
      return 1
    fi
    APT_UPDATED=1
  fi
  log "apt-get install ${missing[*]}"
  if ! DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
    "${missing[@]}" >> "$OUT/apt.log" 2>&1; then
    warn "apt-get install ${missing[*]} failed (see $OUT/apt.log)"
    return 1
  fi
}
pkg_version() { dpkg-query -W -f '${Version}' "$1" 2>/dev/null || echo '?'; }

[[ -x /usr/bin/time ]] || apt_install time || die "/usr/bin/time (Debian package time) is needed"

# ---------------------------------------------------------------- corpus
if [[ -f $CACHE_DIR/prose.txt ]]; then CORPUS=$CACHE_DIR; else CORPUS=$CACHE_DIR/corpus; fi
if [[ ! -s $CORPUS/prose.txt || ! -s $CORPUS/prose-1mb.txt || ! -d $CORPUS/posts ]]; then
  MC=$SHARED/bench/make-corpus.sh
  [[ -f $MC ]] || die "no corpus in $CACHE_DIR and no $MC to build it (set COQUILLE_SHARED_DIR)"
  ((EUID == 0)) || die "no corpus in $CACHE_DIR, and make-corpus.sh needs root (apt-get)"
  log "building the corpus into $CACHE_DIR/corpus with make-corpus.sh (about 1 minute; log: $OUT/make-corpus.log)"
  bash "$MC" "$CACHE_DIR" > "$OUT/make-corpus.log" 2>&1 ||
    die "make-corpus.sh failed; last lines of $OUT/make-corpus.log:$(printf '\n'; tail -n 5 "$OUT/make-corpus.log")"
  APT_UPDATED=1
  CORPUS=$CACHE_DIR/corpus
fi
PROSE=$CORPUS/prose.txt
PROSE1=$CORPUS/prose-1mb.txt
mapfile -d '' POSTS < <(find "$CORPUS/posts" -type f -name '*.md' -print0 | sort -z)
NPOSTS=${#POSTS[@]}
((NPOSTS > 0)) || die "no .md file in $CORPUS/posts"
((NPOSTS == 2500)) || warn "$CORPUS/posts has $NPOSTS posts, not 2,500"
log "corpus: $CORPUS (warming the page cache)"
cat "$PROSE" "$PROSE1" "${POSTS[@]}" > /dev/null
MD5_FILES=(prose.txt prose-1mb.txt) # as in baseline-results.txt
if [[ -f $CORPUS/informal.txt ]]; then MD5_FILES+=(informal.txt); fi
CORPUS_MD5=$(cd "$CORPUS" && cat "${MD5_FILES[@]}" posts/* | md5sum | cut -d' ' -f1)
d=$CORPUS
while :; do
  [[ -e $d/.coquille.yaml ]] && warn "$d/.coquille.yaml applies to the corpus: coquille will not run with its defaults"
  [[ $d == / ]] && break
  d=$(dirname "$d")
done

declare -A BYTES
BYTES[prose]=$(stat -c %s "$PROSE")
BYTES[1mb]=$(stat -c %s "$PROSE1")
BYTES[posts]=$(cat "${POSTS[@]}" | wc -c)

# the 300-byte post: the first post of at least 300 bytes, cut at a character
TINY=$OUT/tiny/post.md
mkdir -p "$OUT/tiny"
for p in "${POSTS[@]}"; do (($(stat -c %s "$p") >= 300)) && break; done
s=$(< "$p")
s=${s:0:299}
while (($(printf %s "$s" | wc -c) > 299)); do s=${s%?}; done
printf '%s\n' "$s" > "$TINY"
BYTES[startup]=$(stat -c %s "$TINY")

# Grammalecte's subset of posts: GRAM_POSTS evenly spaced files
((GRAM_POSTS <= NPOSTS)) || GRAM_POSTS=$NPOSTS
GRAM_LIST=$OUT/gram-posts.list
: > "$GRAM_LIST"
for ((i = 0; i < GRAM_POSTS; i++)); do
  printf '%s\0' "${POSTS[i * NPOSTS / GRAM_POSTS]}" >> "$GRAM_LIST"
done
BYTES[gposts]=$(xargs -0 -a "$GRAM_LIST" cat | wc -c)

# ---------------------------------------------------------------- coquille
log "go build coquille from $REPO"
COQ=$OUT/coquille
(cd "$REPO" && go build -o "$COQ" ./cmd/coquille) > "$OUT/build.log" 2>&1 ||
  die "coquille does not build:$(printf '\n'; head -n 20 "$OUT/build.log")"
GO_VERSION=$(go env GOVERSION)
COMMIT=$(git -C "$REPO" rev-parse --short HEAD 2> /dev/null || echo unknown)
DIRTY=
if [[ -n $(GIT_OPTIONAL_LOCKS=0 git -C "$REPO" status --porcelain 2> /dev/null) ]]; then
  DIRTY=" (+ uncommitted changes in the work tree)"
fi
NRULES=$("$COQ" rules | grep -c '^[a-z]' || true)

# ---------------------------------------------------------------- peers
declare -A AVAIL WHY
AVAIL[coquille]=1
if apt_install grammalecte-cli; then AVAIL[grammalecte]=1; else
  AVAIL[grammalecte]=0 WHY[grammalecte]="not installed: apt-get install grammalecte-cli failed"
fi
if apt_install hunspell hunspell-fr-comprehensive; then AVAIL[hunspell]=1; else
  AVAIL[hunspell]=0 WHY[hunspell]="not installed: apt-get install hunspell hunspell-fr-comprehensive failed"
fi

AVAIL[vale]=0 VALE='' VALE_HOW=''
if [[ -n ${VALE_BIN:-} ]]; then
  if [[ -x $VALE_BIN ]]; then VALE=$VALE_BIN VALE_HOW="VALE_BIN=$VALE_BIN"; else
    WHY[vale]="VALE_BIN=$VALE_BIN is not an executable"
  fi
else
  VALE_DEST=$CACHE_DIR/bin/vale-$VALE_VERSION
  if [[ -x $VALE_DEST ]]; then
    VALE=$VALE_DEST VALE_HOW="$VALE_VERSION, built from the Go module proxy, cached in $VALE_DEST"
  elif ((QUICK)); then
    WHY[vale]="not built: --quick does not build Vale; a full run builds and caches it"
  elif ! command -v gcc > /dev/null && ! apt_install gcc libc6-dev; then
    WHY[vale]="not built: no C compiler for cgo (Vale's tree-sitter parsers), and gcc could not be installed"
  else
    log "building Vale $VALE_VERSION from the Go module proxy (about 1.5 minutes; log: $OUT/vale-build.log)"
    tmp=$(mktemp -d "$OUT/vale-build.XXXXXX")
    if (cd "$tmp" && go mod init x &&
      GOFLAGS=-mod=mod GOBIN="$tmp/bin" go install "github.com/vale-cli/vale/v3/cmd/vale@$VALE_VERSION") \
      > "$OUT/vale-build.log" 2>&1; then
      mkdir -p "$CACHE_DIR/bin"
      mv "$tmp/bin/vale" "$VALE_DEST"
      VALE=$VALE_DEST VALE_HOW="$VALE_VERSION, built from the Go module proxy by this run"
    else
      WHY[vale]="Vale $VALE_VERSION does not build from the Go module proxy: $(grep -v '^go: downloading' "$OUT/vale-build.log" | tail -n 2 | tr '\n' ' ')(log: $OUT/vale-build.log)"
      warn "${WHY[vale]}"
    fi
    rm -rf "$tmp"
  fi
fi
if [[ -n $VALE ]]; then
  AVAIL[vale]=1
  VCFG=$OUT/vale/.vale.ini # the configuration of ../shared/bench/baseline.sh
  printf 'StylesPath = styles\nMinAlertLevel = suggestion\n\n[*.{txt,md}]\nBasedOnStyles = Bench\n' > "$VCFG"
  printf 'extends: existence\nmessage: "Anglicisme : %%s"\nlevel: warning\nignorecase: true\ntokens:\n  - email\n  - deadline\n  - feedback\n  - meeting\n' > "$OUT/vale/styles/Bench/Anglicismes.yml"
  printf "extends: existence\nmessage: \"Espace avant %%s\"\nlevel: warning\nnonword: true\ntokens:\n  - '\\\\w[;:!?]'\n" > "$OUT/vale/styles/Bench/Espaces.yml"
fi

# ---------------------------------------------------------------- measuring
# Per measurement KEY=tool.input: WALL (s, median run), USR, SYS (s, of the
# median run), RSS (KB, max over runs), NRUN; FAIL when a run failed; SKIP
# when it was not run on purpose.
declare -A WALL USR SYS RSS NRUN FAIL SKIP

# measure KEY MAXRUNS CMD…: times CMD with /usr/bin/time -v; exit status 0 or
# 1 (findings) is success.  Repeats up to MAXRUNS times if a run is fast.
measure() {
  local key=$1 max=$2 i rc s e us tf
  shift 2
  log "$key: $(cmdline "$@")"
  : > "$OUT/time/$key.runs"
  for ((i = 1; i <= max; i++)); do
    tf=$OUT/time/$key.$i
    rc=0
    s=${EPOCHREALTIME//[!0-9]/}
    /usr/bin/time -v -o "$tf" timeout "$RUN_TIMEOUT" "$@" < /dev/null > "$OUT/out/$key.out" 2> "$OUT/out/$key.err" || rc=$?
    e=${EPOCHREALTIME//[!0-9]/}
    if ((rc > 1)); then
      FAIL[$key]="exit status $rc"
      if ((rc == 124)); then FAIL[$key]+=" (killed after $RUN_TIMEOUT s)"; fi
      FAIL[$key]+=": $(head -c 300 "$OUT/out/$key.err" | tr '\n' ' ')"
      warn "$key failed: ${FAIL[$key]} (see $OUT/out/$key.err)"
      return 0
    fi
    us=$((e - s))
    awk -F': ' -v us="$us" '/User time/{u=$2} /System time/{s=$2} /Maximum resident/{m=$2}
      END{printf "%.6f %s %s %s\n", us/1e6, u, s, m}' "$tf" >> "$OUT/time/$key.runs"
    ((us >= REPEAT_UNDER * 1000000)) && break
  done
  read -r "WALL[$key]" "USR[$key]" "SYS[$key]" _ < <(sort -n "$OUT/time/$key.runs" |
    awk '{l[NR]=$0} END{print l[int((NR+1)/2)]}')
  RSS[$key]=$(awk '$4>m{m=$4} END{print m}' "$OUT/time/$key.runs")
  NRUN[$key]=$(wc -l < "$OUT/time/$key.runs")
}

# startup KEY CMD…: one run under /usr/bin/time -v (peak memory), 2 more
# warm-up runs, then STARTUP_RUNS timed runs; WALL is the median.
startup() {
  local key=$1 i rc s e
  shift
  log "$key: $STARTUP_RUNS runs of $(cmdline "$@")"
  rc=0
  /usr/bin/time -v -o "$OUT/time/$key.0" timeout "$RUN_TIMEOUT" "$@" < /dev/null > "$OUT/out/$key.out" 2> "$OUT/out/$key.err" || rc=$?
  if ((rc > 1)); then
    FAIL[$key]="exit status $rc: $(head -c 300 "$OUT/out/$key.err" | tr '\n' ' ')"
    warn "$key failed: ${FAIL[$key]}"
    return 0
  fi
  "$@" < /dev/null > /dev/null 2>&1 || true
  "$@" < /dev/null > /dev/null 2>&1 || true
  : > "$OUT/time/$key.runs"
  for ((i = 0; i < STARTUP_RUNS; i++)); do
    s=${EPOCHREALTIME//[!0-9]/}
    "$@" < /dev/null > /dev/null 2>&1 || true
    e=${EPOCHREALTIME//[!0-9]/}
    echo $((e - s)) >> "$OUT/time/$key.runs"
  done
  WALL[$key]=$(sort -n "$OUT/time/$key.runs" |
    awk '{v[NR]=$1} END{printf "%.6f", (NR%2 ? v[(NR+1)/2] : (v[NR/2]+v[NR/2+1])/2)/1e6}')
  RSS[$key]=$(awk -F': ' '/Maximum resident/{print $2}' "$OUT/time/$key.0")
  NRUN[$key]=$STARTUP_RUNS
}

# ---- coquille
measure coquille.prose "$RUNS" "$COQ" check --format json "$PROSE"
[[ -n ${FAIL[coquille.prose]:-} ]] && die "coquille fails on prose.txt: ${FAIL[coquille.prose]}"
measure coquille.1mb "$RUNS" "$COQ" check --format json "$PROSE1"
measure coquille.posts "$RUNS" "$COQ" check --format json "$CORPUS/posts"
startup coquille.startup "$COQ" check "$TINY"
for k in coquille.1mb coquille.posts coquille.startup; do
  [[ -z ${FAIL[$k]:-} ]] || die "coquille fails ($k): ${FAIL[$k]}"
done
head -c 1 "$OUT/out/coquille.prose.out" | grep -q '{' ||
  warn "coquille's JSON report on prose.txt does not start with « { » (see $OUT/out/coquille.prose.out)"

# ---- hunspell: spelling only, one process (the posts as arguments)
if ((AVAIL[hunspell])); then
  if ((QUICK)); then SKIP[hunspell.prose]="--quick"; else
    measure hunspell.prose "$RUNS" hunspell -d fr_FR -l "$PROSE"
  fi
  measure hunspell.1mb "$RUNS" hunspell -d fr_FR -l "$PROSE1"
  measure hunspell.posts "$RUNS" hunspell -d fr_FR -l "${POSTS[@]}"
  startup hunspell.startup hunspell -d fr_FR -l "$TINY"
fi

# ---- Vale: the baseline's 2-rule style; a folder is one vale run
if ((AVAIL[vale])); then
  if ((QUICK)); then SKIP[vale.prose]="--quick"; else
    measure vale.prose "$RUNS" "$VALE" --config "$VCFG" --output=line "$PROSE"
  fi
  measure vale.1mb "$RUNS" "$VALE" --config "$VCFG" --output=line "$PROSE1"
  measure vale.posts "$RUNS" "$VALE" --config "$VCFG" --output=line "$CORPUS/posts"
  startup vale.startup "$VALE" --config "$VCFG" --output=line "$TINY"
fi

# ---- Grammalecte: no folder mode; one process per post, NPROC at a time
if ((AVAIL[grammalecte])); then
  SKIP[grammalecte.prose]="too slow"
  if ((QUICK)); then SKIP[grammalecte.1mb]="--quick"; else
    measure grammalecte.1mb "$RUNS" grammalecte-cli -f "$PROSE1" -j
  fi
  measure grammalecte.posts "$RUNS" xargs -0 -a "$GRAM_LIST" -n 1 -P "$NPROC" grammalecte-cli -j -f
  startup grammalecte.startup grammalecte-cli -f "$TINY" -j
fi
[[ -e /proc/loadavg ]] && read -r LOAD1 _ < /proc/loadavg || LOAD1='?'

# ---------------------------------------------------------------- report
TOOLS=(coquille grammalecte hunspell vale)
PEERS=(grammalecte hunspell vale)
declare -A NAME=([coquille]=coquille [grammalecte]=Grammalecte [hunspell]=hunspell [vale]=Vale)

f() { awk -v x="$2" "BEGIN{printf \"$1\", x}"; }          # f FORMAT NUMBER
num() {                                                     # 3 significant digits or so
  awk -v x="$1" 'BEGIN{a=x<0?-x:x; if (a>=100) printf "%.0f", x; else if (a>=10) printf "%.1f", x;
    else if (a>=1) printf "%.2f", x; else printf "%#.3g", x}'
}
ratio() {                                                   # ratio A B -> "12×"
  awk -v a="$1" -v b="$2" 'BEGIN{if (b<=0) {print "—"; exit} r=a/b;
    if (r>=10) printf "%.0f×", r; else if (r>=1) printf "%.1f×", r; else printf "%.2f×", r}'
}
bytes_label() { awk -v b="$1" 'BEGIN{if (b>=1e6) printf "%.2f MB", b/1e6; else printf "%.0f kB", b/1e3}'; }
group() { printf '%s\n' "$1" | sed ':a;s/\B[0-9]\{3\}\>/,&/;ta'; } # 2586201 -> 2,586,201
mark() { if [[ $1 == grammalecte.posts ]]; then printf ' (a)'; fi; }   # footnote of a cell

# the input bytes a measurement read
inbytes() {
  case $1 in
    grammalecte.posts) echo "${BYTES[gposts]}" ;;
    *) echo "${BYTES[${1#*.}]}" ;;
  esac
}
has() { [[ -n ${WALL[$1]:-} ]]; }
tput_of() { awk -v b="$(inbytes "$1")" -v w="${WALL[$1]}" 'BEGIN{printf "%.6f", b/1e6/w}'; }

# Grammalecte on prose.txt: same throughput as on prose-1mb.txt
GRAM_EXTRAP=
if has grammalecte.1mb; then GRAM_EXTRAP=$(tput_of grammalecte.1mb); fi

# cell text when a measurement is missing
missing() {
  local key=$1 tool=${1%%.*}
  if [[ -n ${FAIL[$key]:-} ]]; then echo "failed"
  elif ((!AVAIL[$tool])); then echo "n/a"
  elif [[ -n ${SKIP[$key]:-} ]]; then echo "not run"
  else echo "—"; fi
}
tput_cell() {
  local key=$1
  if has "$key"; then
    printf '%s%s\n' "$(num "$(tput_of "$key")")" "$(mark "$key")"
  elif [[ $key == grammalecte.prose && -n $GRAM_EXTRAP ]]; then
    printf '≈%s (b)' "$(num "$GRAM_EXTRAP")"
  else missing "$key"; fi
}
tput_ratio() {
  local c=coquille.$1 p=$2.$1
  has "$c" || { echo "—"; return; }
  if has "$p"; then ratio "$(tput_of "$c")" "$(tput_of "$p")"
  elif [[ $p == grammalecte.prose && -n $GRAM_EXTRAP ]]; then echo "≈$(ratio "$(tput_of "$c")" "$GRAM_EXTRAP") (b)"
  else echo "—"; fi
}
rss_cell() { if [[ -n ${RSS[$1]:-} ]]; then num "$(f %.6f "$(awk -v k="${RSS[$1]}" 'BEGIN{print k/1024}')")"; else missing "$1"; fi; }
rss_ratio() {
  if [[ -n ${RSS[coquille.$1]:-} && -n ${RSS[$2.$1]:-} ]]; then ratio "${RSS[coquille.$1]}" "${RSS[$2.$1]}"; else echo "—"; fi
}
ms() { awk -v s="$1" 'BEGIN{ms=s*1000; if (ms>=100) printf "%.0f", ms; else if (ms>=10) printf "%.1f", ms; else printf "%.2f", ms}'; }

# table ROW…: rows are tab-separated cells, the first one is the header;
# prints an aligned Markdown table (widths in characters).
table() {
  local -a w=() cells
  local row i c line
  for row; do
    IFS=$'\t' read -r -a cells <<< "$row"
    for i in "${!cells[@]}"; do c=${cells[i]}; ((${#c} > ${w[i]:-3})) && w[i]=${#c}; done
  done
  local first=1
  for row; do
    IFS=$'\t' read -r -a cells <<< "$row"
    line="|"
    for i in "${!w[@]}"; do
      c=${cells[i]:-}
      line+=" $c$(printf '%*s' $((w[i] - ${#c})) '') |"
    done
    printf '%s\n' "$line"
    if ((first)); then
      line="|"
      for i in "${!w[@]}"; do line+=" $(printf '%*s' "${w[i]}" '' | tr ' ' -) |"; done
      printf '%s\n' "$line"
      first=0
    fi
  done
}

declare -A INLABEL=(
  [prose]="prose.txt ($(bytes_label "${BYTES[prose]}"), 1 file)"
  [1mb]="prose-1mb.txt ($(bytes_label "${BYTES[1mb]}"))"
  [posts]="posts/ ($(group "$NPOSTS") files, $(bytes_label "${BYTES[posts]}"))"
)
inlabel() { echo "${INLABEL[$1]}"; }

tput_table() {
  local rows=() in t r hdr="input" 
  for t in "${TOOLS[@]}"; do hdr+=$'\t'"${NAME[$t]}"; done
  for t in "${PEERS[@]}"; do hdr+=$'\t'"coquille/${NAME[$t]}"; done
  rows+=("$hdr")
  for in in prose 1mb posts; do
    r=$(inlabel "$in")
    for t in "${TOOLS[@]}"; do r+=$'\t'"$(tput_cell "$t.$in")"; done
    for t in "${PEERS[@]}"; do r+=$'\t'"$(tput_ratio "$in" "$t")"; done
    rows+=("$r")
  done
  table "${rows[@]}"
}
rss_table() {
  local rows=() in t r hdr="input"
  for t in "${TOOLS[@]}"; do hdr+=$'\t'"${NAME[$t]}"; done
  for t in "${PEERS[@]}"; do hdr+=$'\t'"coquille/${NAME[$t]}"; done
  rows+=("$hdr")
  for in in prose 1mb posts startup; do
    if [[ $in == startup ]]; then r="one post (${BYTES[startup]} B)"; else r=$(inlabel "$in"); fi
    for t in "${TOOLS[@]}"; do
      if [[ -n ${RSS[$t.$in]:-} ]]; then r+=$'\t'"$(rss_cell "$t.$in")$(mark "$t.$in")"
      else r+=$'\t'"$(rss_cell "$t.$in")"; fi
    done
    for t in "${PEERS[@]}"; do r+=$'\t'"$(rss_ratio "$in" "$t")"; done
    rows+=("$r")
  done
  table "${rows[@]}"
}
startup_table() {
  local rows=() t r hdr="" 
  hdr="one post (${BYTES[startup]} B)"
  for t in "${TOOLS[@]}"; do hdr+=$'\t'"${NAME[$t]}"; done
  for t in "${PEERS[@]}"; do hdr+=$'\t'"coquille/${NAME[$t]}"; done
  rows+=("$hdr")
  r="median wall time (ms)"
  for t in "${TOOLS[@]}"; do
    if has "$t.startup"; then r+=$'\t'"$(ms "${WALL[$t.startup]}")"; else r+=$'\t'"$(missing "$t.startup")"; fi
  done
  for t in "${PEERS[@]}"; do
    if has coquille.startup && has "$t.startup"; then r+=$'\t'"$(ratio "${WALL[coquille.startup]}" "${WALL[$t.startup]}")"; else r+=$'\t'"—"; fi
  done
  rows+=("$r")
  table "${rows[@]}"
}
raw_table() {
  local rows=() t in k
  rows+=("tool"$'\t'"input"$'\t'"bytes"$'\t'"runs"$'\t'"wall (s)"$'\t'"user (s)"$'\t'"sys (s)"$'\t'"(user+sys)/wall"$'\t'"max RSS (MB)"$'\t'"MB/s")
  for t in "${TOOLS[@]}"; do
    for in in prose 1mb posts; do
      k=$t.$in
      if has "$k"; then
        rows+=("${NAME[$t]}"$'\t'"${in/1mb/prose-1mb}$(mark "$k")"$'\t'"$(group "$(inbytes "$k")")"$'\t'"${NRUN[$k]}"$'\t'"$(f %.3f "${WALL[$k]}")"$'\t'"$(f %.2f "${USR[$k]}")"$'\t'"$(f %.2f "${SYS[$k]}")"$'\t'"$(awk -v u="${USR[$k]}" -v s="${SYS[$k]}" -v w="${WALL[$k]}" 'BEGIN{printf "%.2f", (u+s)/w}')"$'\t'"$(rss_cell "$k")"$'\t'"$(num "$(tput_of "$k")")")
      fi
    done
  done
  table "${rows[@]}"
}

# targets
target_rows() {
  local rows=() v st
  rows+=("target"$'\t'"measured"$'\t'"status")
  if has coquille.prose; then
    v=$(tput_of coquille.prose)
    st=$(awk -v v="$v" 'BEGIN{print (v>=25) ? "met" : "missed"}')
    rows+=("≥ 25 MB/s on prose.txt, all default rules"$'\t'"$(num "$v") MB/s"$'\t'"$st")
  fi
  if has coquille.startup; then
    v=${WALL[coquille.startup]}
    st=$(awk -v v="$v" 'BEGIN{print (v<0.010) ? "met" : "missed"}')
    rows+=("start-up < 10 ms (median, one ${BYTES[startup]}-byte post)"$'\t'"$(ms "$v") ms"$'\t'"$st")
  fi
  if [[ -n ${RSS[coquille.prose]:-} ]]; then
    v=$(awk -v k="${RSS[coquille.prose]}" 'BEGIN{printf "%.6f", k/1024}')
    st=$(awk -v v="$v" 'BEGIN{print (v<80) ? "met" : "missed"}')
    rows+=("peak memory < 80 MB on prose.txt"$'\t'"$(num "$v") MB"$'\t'"$st")
  fi
  if has coquille.posts; then
    v=$(awk -v u="${USR[coquille.posts]}" -v s="${SYS[coquille.posts]}" -v w="${WALL[coquille.posts]}" 'BEGIN{printf "%.6f", (u+s)/w}')
    if ((NPROC < 2)); then st="n/a (1 core)"; else
      st=$(awk -v v="$v" 'BEGIN{print (v>=1.5) ? "met" : "missed"}')
    fi
    rows+=("posts/ uses both cores: (user+sys)/wall ≥ 1.5"$'\t'"$(f %.2f "$v") (user $(f %.2f "${USR[coquille.posts]}") s + sys $(f %.2f "${SYS[coquille.posts]}") s over wall $(f %.2f "${WALL[coquille.posts]}") s)"$'\t'"$st")
  fi
  table "${rows[@]}"
}

peer_notes() {
  local t k
  if ((AVAIL[grammalecte])); then
    echo "- (a) Grammalecte has no folder mode: one \`grammalecte-cli -j -f POST\` per file, $NPROC at a time (\`xargs -P $NPROC\`), on $GRAM_POSTS posts evenly spaced in posts/ ($(group "${BYTES[gposts]}") B); its MB/s and memory are over that subset, and each process pays Grammalecte's start-up."
    if [[ -n $GRAM_EST ]]; then
      echo "- (b) Grammalecte is not run on prose.txt (about 19 s per MB: about $GRAM_EST s for the whole file); the figure is extrapolated from prose-1mb.txt at the same throughput. The baseline (\`../shared/bench/baseline-results.txt\`) measured 173 s (0.052 MB/s) and 87.6 MB for the whole file."
    else
      echo "- Grammalecte is not run on prose.txt (about 19 s per MB). The baseline (\`../shared/bench/baseline-results.txt\`) measured 173 s (0.052 MB/s) and 87.6 MB for the whole file."
    fi
  fi
  if ((QUICK)); then
    echo "- --quick: one run per measurement; hunspell and Vale not run on prose.txt, Grammalecte not run on prose-1mb.txt (so nothing to extrapolate for prose.txt)."
  fi
  for t in "${PEERS[@]}"; do
    if ((!AVAIL[$t])); then echo "- **${NAME[$t]} could not be measured**: ${WHY[$t]:-unavailable}."; fi
  done
  for k in "${!FAIL[@]}"; do echo "- **$k failed**: ${FAIL[$k]} (see CACHE_DIR/bench-out/out/$k.err)."; done
}

# Where the throughput target is missed, a CPU profile of one whole check
# of prose.txt says where the time goes, and bench/PLAN.md what is planned.
PROFILE=
if ! ((QUICK)) && has coquille.prose && awk -v v="$(tput_of coquille.prose)" 'BEGIN{exit !(v < 25)}'; then
  log "profile of a check of prose.txt (go test -bench BenchmarkCheck -cpuprofile)"
  if (cd "$REPO" && COQUILLE_BENCH_FILE=$CORPUS/prose.txt go test ./rules -run '^$' -bench '^BenchmarkCheck$' \
    -benchtime 1x -cpuprofile "$OUT/cpu.prof" -o "$OUT/rules.test") > "$OUT/profile.log" 2>&1 &&
    go tool pprof -top -cum -nodecount 400 "$OUT/rules.test" "$OUT/cpu.prof" > "$OUT/profile.txt" 2>> "$OUT/profile.log"; then
    PROFILE=$(awk '/^Duration:/ || /^ *flat/ {print; next} /coquille-fr\/coquille\// {print}' "$OUT/profile.txt" |
      sed 's#github.com/coquille-fr/coquille/##' | head -32)
  else
    warn "the profile failed (see $OUT/profile.log)"
  fi
fi

CPU_MODEL=$(awk -F': *' '/^model name/{print $2; exit}' /proc/cpuinfo 2> /dev/null || true)
MEM_GIB=$(awk '/^MemTotal/{printf "%.0f", $2/1048576}' /proc/meminfo 2> /dev/null || echo '?')
OS=$(. /etc/os-release 2> /dev/null && echo "${PRETTY_NAME:-?}" || echo '?')
END_US=${EPOCHREALTIME//[!0-9]/}
ELAPSED=$(((END_US - START_US) / 1000000))
DURATION="$((ELAPSED / 60)) min $((ELAPSED % 60)) s"
GRAM_EST=
if [[ -n $GRAM_EXTRAP ]]; then
  GRAM_EST=$(awk -v b="${BYTES[prose]}" -v t="$GRAM_EXTRAP" 'BEGIN{printf "%.0f", b/1e6/t}')
fi
if ((QUICK)); then MODE=" --quick"; else MODE=; fi
if ((RUNS > 1)); then
  REPEATS="a measurement is repeated $RUNS times when one run takes less than $REPEAT_UNDER s."
else
  REPEATS="every measurement is run once."
fi
BUSY=
if awk -v b="$BUSY0" 'BEGIN{exit !(b != "?" && b+0 > 0.2)}'; then
  BUSY="
**The machine was not idle** (other processes kept $BUSY0 cores busy at the start): they may have competed for the cores, so these figures may be pessimistic."
fi
if ((AVAIL[vale])); then VALE_DESC=$VALE_HOW; else VALE_DESC=${WHY[vale]:-not available}; fi

profile_section() {
  [[ -n $PROFILE ]] || return 0
  cat << EOF
## Profile of a check of prose.txt (throughput target missed)

One whole check of prose.txt with every rule, cold (\`COQUILLE_BENCH_FILE=…/prose.txt go test ./rules -bench '^BenchmarkCheck$' -benchtime 1x -cpuprofile\`), the entries of coquille's packages by cumulative time (\`go tool pprof -top -cum\`); the samples add up the time of both cores.

\`\`\`
$PROFILE
\`\`\`
EOF
  if [[ -f $REPO/bench/PLAN.md ]]; then
    echo
    cat "$REPO/bench/PLAN.md"
  fi
  echo
}

report() {
  cat << EOF
# Benchmark results

Written by \`bench/run.sh$MODE\` on $(date -u '+%Y-%m-%d %H:%M UTC'); the run took $DURATION.
To measure again: \`bench/run.sh [CACHE_DIR]\` (as root on Debian; see \`bench/run.sh --help\`).

- Machine: $NPROC cores (nproc), CPU « ${CPU_MODEL:-?} », $MEM_GIB GiB RAM, $OS; load average $LOAD0 at the start, $LOAD1 at the end (the benchmark's own load included); other processes kept $BUSY0 cores busy at the start.
- Commit: \`$COMMIT\`$DIRTY; built with $GO_VERSION (\`go build -o … ./cmd/coquille\`).
- coquille: \`coquille check --format json\`, all $NRULES rules at their default settings, no configuration file.
- Peers: Grammalecte \`grammalecte-cli -f FILE -j\` (grammalecte-cli $(pkg_version grammalecte-cli)); hunspell \`hunspell -d fr_FR -l\` (hunspell $(pkg_version hunspell), hunspell-fr-comprehensive $(pkg_version hunspell-fr-comprehensive)); Vale \`vale --config CFG --output=line\` ($VALE_DESC).
- Corpus: \`make-corpus.sh\` (md5 of prose.txt, prose-1mb.txt, informal.txt, posts/*: \`$CORPUS_MD5\`); prose.txt $(group "${BYTES[prose]}") B, prose-1mb.txt $(group "${BYTES[1mb]}") B, posts/ $(group "$NPOSTS") files, $(group "${BYTES[posts]}") B.
$BUSY

## Targets

$(target_rows)

## Throughput (MB/s, 1 MB = 10^6 bytes)

Bytes read divided by the median wall time; $REPEATS The ratios are coquille's MB/s over the peer's: above 1, coquille is faster.

$(tput_table)

## Peak memory (max RSS, MB)

Ratios are coquille's over the peer's: below 1, coquille uses less memory.

$(rss_table)

## Start-up

Median wall time of $STARTUP_RUNS runs (after 3 warm-up runs) on one post of ${BYTES[startup]} bytes. Ratios are coquille's time over the peer's: below 1, coquille starts faster.

$(startup_table)

## All measurements

(user+sys)/wall is the number of cores kept busy on average.

$(raw_table)

$(profile_section)
## Notes

$(peer_notes)
- hunspell only lists unknown words (\`-l\`), on one thread; on posts/ it is one process with the $(group "$NPOSTS") files as arguments.
- Vale runs the baseline's trivial style of 2 \`existence\` rules (anglicisms, a space before \`; : ! ?\`): far less work than coquille's $NRULES rules. A folder is one Vale run.
- Wall times are taken with bash's \`EPOCHREALTIME\` around each run; user and sys times and max RSS with \`/usr/bin/time -v\`. The outputs (reports, logs, time files) are in \`CACHE_DIR/bench-out\`.
EOF
}

report > "$OUT/RESULTS.md"
cat "$OUT/RESULTS.md"
if ((WRITE_RESULTS)); then
  cp "$OUT/RESULTS.md" "$REPO/bench/RESULTS.md"
  log "written to $REPO/bench/RESULTS.md"
else
  log "report in $OUT/RESULTS.md (bench/RESULTS.md left as it is)"
fi
log "done in $DURATION"
