#!/bin/sh
# Run every test against the build in $1 (default: build) and end with the
# line "N passed, N failed". Unit tests are cmocka programs ($O/test_*);
# tests/cli/*.sh and tests/e2e/*.sh print "PASS ..." or "FAIL ..." per check.
set -u
O=${1:-build}
SC_BIN=$(cd "$O" && pwd)/stretchcoach
SC_ROOT=$(pwd)
export SC_BIN SC_ROOT
# ncurses keeps some memory until exit on purpose; everything else must be freed.
export LSAN_OPTIONS="suppressions=$SC_ROOT/tests/lsan.supp:print_suppressions=0"
export ASAN_OPTIONS="abort_on_error=0:detect_leaks=1"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
# No sound server here: libcanberra's output modules, loaded with dlopen, make
# LeakSanitizer's exit-time scan crash now and then. tests/cli/sound.sh runs
# the usual drivers on purpose.
CANBERRA_DRIVER=null
export CANBERRA_DRIVER
LC_ALL=C.UTF-8
export LC_ALL

pass=0
fail=0
log=$(mktemp)
trap 'rm -f "$log"' EXIT

for t in "$O"/test_*; do
	case "$t" in *.d|*.o) continue ;; esac
	[ -x "$t" ] || continue
	timeout 300 "$t" >"$log" 2>&1
	rc=$?
	ok=$(grep -c '^\[       OK \]' "$log")
	bad=$(grep -c '^\[  \(FAILED\|ERROR\) *\] [A-Za-z_]' "$log")
	if [ "$rc" -ne 0 ] && [ "$bad" -eq 0 ]; then
		bad=1
		echo "FAIL $(basename "$t"): exited with status $rc"
	fi
	[ "$bad" -gt 0 ] && cat "$log"
	echo "unit $(basename "$t"): $ok passed, $bad failed"
	pass=$((pass + ok))
	fail=$((fail + bad))
done

for s in tests/cli/*.sh tests/e2e/*.sh; do
	[ -f "$s" ] || continue
	case "$s" in */lib.sh) continue ;; esac
	timeout 600 sh "$s" >"$log" 2>&1
	rc=$?
	ok=$(grep -c '^PASS ' "$log")
	bad=$(grep -c '^FAIL ' "$log")
	if [ "$rc" -ne 0 ] && [ "$bad" -eq 0 ]; then
		bad=1
		echo "FAIL $s: exited with status $rc"
	fi
	grep -E '^(PASS|FAIL) ' "$log"
	[ "$bad" -gt 0 ] && grep -vE '^(PASS|FAIL) ' "$log" | tail -n 30
	pass=$((pass + ok))
	fail=$((fail + bad))
done

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
