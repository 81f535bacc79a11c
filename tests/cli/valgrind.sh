#!/bin/sh
# valgrind --leak-check=full over list, show, validate and a plain run (and a
# few more commands, error paths included) must report nothing. $SC_BIN is
# the AddressSanitizer build, which valgrind cannot run, so this script runs
# the plain program built beside it, or builds its own into a temporary
# directory when that one is missing or out of date.
NAME=valgrind
. "${SC_ROOT:-.}/tests/cli/lib.sh"

if ! command -v valgrind >/dev/null 2>&1; then
	fail "valgrind is not installed (scripts/deps.sh installs it)"
	finish
fi
# The plain (release) program that `make test-build` builds beside the test
# build ($O/.. when $O is .../asan), when make says it is up to date and it
# has no sanitizer; else a make of our own: no sanitizers, no flags or job
# server from a calling make.
BIN=
asan_dir=$(dirname "$SC_BIN")
if [ "${asan_dir##*/}" = asan ]; then
	rel=$(dirname "$asan_dir")
	if [ -x "$rel/stretchcoach" ] && ! readelf -d "$rel/stretchcoach" 2>/dev/null | grep -q 'libasan\|libubsan' &&
	    (cd "$SC_ROOT" && MAKEFLAGS='' MFLAGS='' MAKELEVEL='' make -q O="$rel" "$rel/stretchcoach") >/dev/null 2>&1; then
		BIN=$rel/stretchcoach
	fi
fi
if [ -z "$BIN" ]; then
	VG=$TMP/vg
	if ! (cd "$SC_ROOT" && MAKEFLAGS='' MFLAGS='' MAKELEVEL='' make -s -j2 O="$VG" \
	    CFLAGS="-O1 -g" LDFLAGS= "$VG/stretchcoach") >"$TMP/build.log" 2>&1; then
		fail "cannot build a plain binary with make O=$VG (see below)"
		tail -n 20 "$TMP/build.log"
		finish
	fi
	BIN=$VG/stretchcoach
fi
echo "# valgrind runs $BIN"
CAT=$SC_ROOT/data/catalogue.json

# vg WANT-STATUS WHAT ARGS...: run under valgrind; PASS when it exits WANT-STATUS
# and valgrind found no error and no leak.
vg() {
	want=$1 what=$2
	shift 2
	valgrind -q --leak-check=full --error-exitcode=1 --log-file="$TMP/vg.log" \
	    "$BIN" "$@" >"$TMP/out" 2>"$TMP/err" </dev/null
	st=$?
	if [ "$st" -eq "$want" ] && [ ! -s "$TMP/vg.log" ]; then
		pass "$what: no errors, no leaks"
	else
		fail "$what: exit $st (want $want)"
		head -n 40 "$TMP/vg.log"
		tail -n 3 "$TMP/err"
	fi
}

vg 0 "list" -c "$CAT" list
vg 0 "show cat-cow" -c "$CAT" show cat-cow
vg 0 "validate" validate "$CAT"
vg 0 "run morning-quick --plain" -c "$CAT" run morning-quick --plain --speed 1000 --no-checkin
vg 0 "list --json" -c "$CAT" list --json
vg 0 "routines" -c "$CAT" routines
vg 0 "show morning-quick" -c "$CAT" show morning-quick
vg 0 "build" -c "$CAT" build --minutes 5 --seed 1
vg 0 "history" -c "$CAT" history
vg 0 "status" -c "$CAT" status
vg 0 "config" -c "$CAT" config
# error paths free what they built too
printf '{"schema": 1, "stretches": [{"id": "X", "hold": -5}], "routines": [{"id": "r", "items": [{"stretch": "nope"}]}]}\n' >"$TMP/bad.json"
vg 65 "validate of a bad catalogue" validate "$TMP/bad.json"
vg 66 "list with a missing catalogue" -c "$TMP/missing.json" list
vg 2 "show of an unknown id" -c "$CAT" show no-such-stretch
finish
