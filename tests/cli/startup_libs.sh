#!/bin/sh
# Start-up loads only the libraries every run needs: no libm (its two uses
# are integer arithmetic in include/num.h), no sound library (loaded when a
# sound plays). Each shared library costs `list` time before main().
NAME=startup_libs
. "${SC_ROOT:-.}/tests/cli/lib.sh"

if command -v readelf >/dev/null 2>&1; then
	readelf -d "$SC_BIN" | sed -n 's/.*(NEEDED).*\[\(.*\)\]/\1/p' >"$TMP/needed"
	check "the binary names the libraries it needs ($(tr '\n' ' ' <"$TMP/needed"))" test -s "$TMP/needed"
	check "it does not link libm" sh -c '! grep -q "^libm\." "$1"' sh "$TMP/needed"
	check "it does not link libcanberra" sh -c '! grep -q "^libcanberra" "$1"' sh "$TMP/needed"
else
	pass "readelf is not installed: nothing to check"
fi
run_sc list
check "list works (exit 0)" test "$rc" -eq 0
finish
