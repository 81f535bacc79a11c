#!/bin/sh
# Build the libFuzzer harnesses with clang into $O/fuzz/ (O defaults to build),
# fuzz each for SECONDS (default 60) from its committed seed corpus, then replay
# that corpus once. Prints "PASS fuzz: ..." or "FAIL fuzz: ..." per step and
# exits non-zero when any failed. The committed corpus is not written to
# (new inputs go to a temporary work corpus, crashes to $O/fuzz/artifacts/),
# unless FUZZ_KEEP=1: then the new inputs that reach new code are merged
# into it (libFuzzer -merge=1), to be committed.
#
#   sh tests/fuzz/run.sh [SECONDS]          from the top of the source tree
#   FUZZ_TARGETS="history" sh tests/fuzz/run.sh 10
#   FUZZ_CC=clang-16 sh tests/fuzz/run.sh   another clang
#   FUZZ_JOBS=1 sh tests/fuzz/run.sh        one harness at a time (default: one a core)
set -u
SECONDS_EACH=${1:-60}
O=${O:-build}
OUT=$O/fuzz
CLANG=${FUZZ_CC:-clang}
PKG_CONFIG=${PKG_CONFIG:-pkg-config}
TARGETS=${FUZZ_TARGETS:-catalogue config history translation}
failures=0

pass() { echo "PASS fuzz: $*"; }
fail() { echo "FAIL fuzz: $*"; failures=$((failures + 1)); }

case $SECONDS_EACH in
''|*[!0-9]*) echo "usage: $0 [SECONDS]" >&2; exit 2 ;;
esac
if [ ! -f tests/fuzz/fuzz_catalogue.c ]; then
	echo "run $0 from the top of the source tree" >&2
	exit 2
fi
if ! command -v "$CLANG" >/dev/null 2>&1; then
	fail "build: $CLANG not found (libFuzzer needs clang)"
	exit 1
fi

WORK=$(mktemp -d)
# The harnesses rewrite their input file every run: keep it in memory.
if [ -d /dev/shm ] && [ -w /dev/shm ]; then
	FUZZ_TMPDIR=$(mktemp -d /dev/shm/scfuzz.XXXXXX)
else
	FUZZ_TMPDIR=$(mktemp -d)
fi
export FUZZ_TMPDIR
trap 'rm -rf "$WORK" "$FUZZ_TMPDIR"' EXIT INT TERM
mkdir -p "$OUT/obj" "$OUT/artifacts" || exit 1

# The project's warnings. In CI (as the Makefile does) they are errors in the
# harnesses; in the core they are shown, and the main build is where they fail.
WARN="-Wall -Wextra -Wpedantic -Wshadow -Wformat=2 -Wmissing-prototypes \
-Wstrict-prototypes -Wwrite-strings -Wpointer-arith -Wundef"
HWARN=
[ -n "${CI:-}" ] && HWARN=-Werror
SAN="-fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer"
# the version string, as the Makefile gives it (some core files print it)
VERSION_F=$(sed -n 's/^VERSION *= *//p' Makefile)
CFLAGS_F="-std=c11 -g -O1 $WARN -Iinclude -D_DEFAULT_SOURCE -D_XOPEN_SOURCE=700 -DSC_VERSION=\"$VERSION_F\" \
$($PKG_CONFIG --cflags libcjson 2>/dev/null)"
LIBS_F="$($PKG_CONFIG --libs libcjson 2>/dev/null || echo -lcjson) -lm"

# FUZZ_JOBS compilers, then harnesses, at a time (default: one a core)
jobs=${FUZZ_JOBS:-$(nproc 2>/dev/null || echo 1)}

# The core: every src/*.c but the command line, the commands and the front ends
# (the Makefile's CORE_SRC), instrumented for coverage but without libFuzzer's main.
objs=
for src in src/*.c; do
	case $src in
	src/main.c|src/cli*.c|src/cmd_*.c|src/ui_*.c) continue ;;
	esac
	echo "$src"
	objs="$objs $OUT/obj/$(basename "$src" .c).o"
done >"$WORK/core"
export CLANG CFLAGS_F SAN OUT
# shellcheck disable=SC2016 # expanded by the shell xargs runs
if ! xargs -P "$jobs" -I{} sh -c '$CLANG $CFLAGS_F $SAN -fsanitize=fuzzer-no-link -c "$1" \
    -o "$OUT/obj/$(basename "$1" .c).o" || { echo "FAIL fuzz: build: $1 does not compile with $CLANG"; exit 1; }' \
    sh {} <"$WORK/core"; then
	exit 1
fi

# Dictionaries: the words of each format, so the fuzzer need not guess them.
{
	for w in '{' '}' '[' ']' ':' ',' '"' 'true' 'false' 'null' '\\u0000' '\\u001b' \
	    '\\u009b' '\\u202e' '\\ud800' '1e400' '-0' '3600' '\\"'; do
		printf '"%s"\n' "$w"
	done
	for w in schema stretches routines id name kind areas level position time hold reps \
	    rep_seconds sides sets breath cues inhale exhale equipment steps cautions \
	    progression art description rest items stretch static dynamic strength release \
	    kneels easier avoid_if frames pregnancy osteoporosis hip-replacement \
	    neck shoulders upper-back mid-back lower-back hips glutes hamstrings core chest wrists calves quads \
	    gentle moderate deep floor seated standing morning evening any none each wall \
	    foam-roller towel block ball mat bell color checkin build_minutes say \
	    remind_every 45m 1h30m 8h kneel floor conditions translation language programmes \
	    days note from de es; do
		printf '"\\"%s\\""\n' "$w"
	done
} >"$OUT/json.dict"
{
	for w in v routine started ended planned_s active_s completed skipped hurt quit speed \
	    tension_before tension_after; do
		printf '"\\"%s\\""\n' "$w"
	done
	for w in '2026-11-21T08:12:03+01:00' 'T23:59:60' '-18:59' '.123Z' 'true' 'false' \
	    'null' '10000000' '1000'; do
		printf '"%s"\n' "$w"
	done
} >"$OUT/history.dict"

# One harness: build it, fuzz it, replay its corpus (PASS/FAIL lines on stdout).
fuzz_one() {
	name=$1
	harness=tests/fuzz/fuzz_$name.c
	bin=$OUT/fuzz_$name
	seeds=tests/fuzz/corpus/$name
	log=$OUT/$name.log
	case $name in
	catalogue) maxlen=16384 dict=$OUT/json.dict ;;
	translation) maxlen=8192 dict=$OUT/json.dict ;;
	config) maxlen=4096 dict=$OUT/json.dict ;;
	history) maxlen=4096 dict=$OUT/history.dict ;;
	*) fail "$name: no such harness"; return ;;
	esac
	# shellcheck disable=SC2086
	if ! $CLANG $CFLAGS_F $HWARN $SAN -fsanitize=fuzzer "$harness" $objs $LIBS_F -o "$bin"; then
		fail "$name: $harness does not build"
		return
	fi

	mkdir -p "$WORK/$name"
	rm -f "$OUT/artifacts/$name-"*
	"$bin" -max_total_time="$SECONDS_EACH" -timeout=10 -rss_limit_mb=2048 \
	    -max_len="$maxlen" -dict="$dict" -print_final_stats=1 \
	    -artifact_prefix="$OUT/artifacts/$name-" "$WORK/$name" "$seeds" >"$log" 2>&1
	rc=$?
	runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -n 1)
	if [ -n "${FUZZ_KEEP:-}" ] && [ "$rc" -eq 0 ]; then
		before=$(find "$seeds" -type f | wc -l)
		"$bin" -merge=1 -timeout=10 -rss_limit_mb=2048 -max_len="$maxlen" "$seeds" "$WORK/$name" \
		    >"$log.merge" 2>&1
		echo "    $name: kept $(($(find "$seeds" -type f | wc -l) - before)) new inputs in $seeds"
	fi
	if [ "$rc" -eq 0 ]; then
		pass "$name $SECONDS_EACH s, ${runs:-?} runs, no crash"
	else
		fail "$name $SECONDS_EACH s: exit $rc after ${runs:-?} runs; log $log"
		grep -E '^(==[0-9]+==ERROR|SUMMARY|.*runtime error|.*Assertion)' "$log" | head -n 5
		for a in "$OUT/artifacts/$name-"*; do
			[ -f "$a" ] && echo "    reproduce: $bin $a"
		done
	fi

	# Replay the committed corpus as it is: each file named, so that nothing
	# is cut to a length, mutated, or written back into the directory.
	n=$(find "$seeds" -type f | wc -l)
	find "$seeds" -type f -print | LC_ALL=C sort |
	    xargs "$bin" -timeout=10 -rss_limit_mb=2048 >"$log.replay" 2>&1
	rc=$?
	if [ "$rc" -eq 0 ]; then
		pass "$name corpus replay, $n inputs, no crash"
	else
		fail "$name corpus replay: exit $rc; log $log.replay"
		grep -E '^(==[0-9]+==ERROR|SUMMARY|.*runtime error|.*Assertion)' "$log.replay" | head -n 5
	fi
}

# FUZZ_JOBS harnesses at a time; each prints when done.
running=0
for name in $TARGETS; do
	fuzz_one "$name" >"$WORK/$name.out" 2>&1 &
	running=$((running + 1))
	if [ "$running" -ge "$jobs" ]; then
		wait
		running=0
	fi
done
wait
for name in $TARGETS; do
	cat "$WORK/$name.out"
	n=$(grep -c '^FAIL ' "$WORK/$name.out" 2>/dev/null)
	failures=$((failures + ${n:-1}))
done

[ "$failures" -eq 0 ]
