#!/bin/sh
# Run the tests against the build in $1 (default: build) and end with the
# line "N passed, N failed". Unit tests are cmocka programs ($O/test_*);
# tests/cli/*.sh and tests/e2e/*.sh print "PASS ..." or "FAIL ..." per check.
#
#   sh tests/run.sh [O] [PATTERN...]
#
# PATTERNs (shell globs over test names such as e2e/menu or unit/test_plan)
# pick some tests; none runs them all. The tests run TEST_JOBS at a time
# (default: three a core, as most of an e2e test is waiting for a screen);
# each has its own HOME, tmux socket and temporary files, and its output is
# printed whole, in a fixed order, when all are done.
#
# The wall clock is pinned (SC_NOW, read by test builds only) so that a test
# sees the same hour whenever it runs: TEST_NOW sets it (default 08:30, a
# morning). TEST_EVENING=HH:MM runs the e2e tests a second time at that hour,
# in the same pool and the same count (`make test` does, at 21:30); an e2e
# test that needs a given hour pins its own.
set -u
O=${1:-build}
[ $# -gt 0 ] && shift
SC_BIN=$(cd "$O" && pwd)/stretchcoach
SC_ROOT=$(pwd)
export SC_BIN SC_ROOT
SC_NOW=${TEST_NOW:-08:30}
export SC_NOW
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

jobs=${TEST_JOBS:-$(( $(nproc 2>/dev/null || echo 1) * 3 ))}
logs=$(mktemp -d "${TMPDIR:-/tmp}/sc-run.XXXXXX")
trap 'rm -rf "$logs"' EXIT

# The tests, slowest first so that the long ones do not end the run alone
# (tests/slow lists them; a test missing from it runs after them).
wanted() {
	n=$1
	shift
	[ $# -eq 0 ] && return 0
	for p in "$@"; do
		# shellcheck disable=SC2254
		case $n in $p) return 0 ;; esac
	done
	return 1
}
all=$logs/all
{
	for t in "$O"/test_*; do
		case "$t" in *.d|*.o) continue ;; esac
		[ -x "$t" ] && echo "unit/$(basename "$t")"
	done
	for s in tests/cli/*.sh tests/e2e/*.sh; do
		case "$s" in */lib.sh) continue ;; esac
		[ -f "$s" ] && echo "${s#tests/}" | sed 's/\.sh$//'
	done
} | while read -r n; do wanted "$n" "$@" && echo "$n"; done >"$all"
{
	grep -vx '#.*' tests/slow 2>/dev/null | grep -Fxf "$all"
	grep -vxFf tests/slow "$all" 2>/dev/null || cat "$all"
} | awk '!seen[$0]++' >"$logs/order"
if [ -n "${TEST_EVENING:-}" ]; then
	grep '^e2e/' "$logs/order" | sed "s/\$/@$TEST_EVENING/" >"$logs/again"
	grep '^e2e/' "$all" | sed "s/\$/@$TEST_EVENING/" >>"$all"
	cat "$logs/again" >>"$logs/order"
fi

# Each test writes its output to $logs/N.log, its exit status to N.rc and
# its seconds to N.time.
export O logs
xargs -P "$jobs" -I{} sh -c "$(cat <<'EOF'
n=${1%@*}; f=$logs/$(echo "$1" | tr /: _-)
case $1 in *@*) SC_NOW=${1#*@}; export SC_NOW ;; esac
start=$(date +%s)
case $n in
unit/*) timeout 300 "$O/${n#unit/}" >"$f.log" 2>&1 ;;
*) timeout 600 sh "tests/$n.sh" >"$f.log" 2>&1 ;;
esac
echo $? >"$f.rc"
echo $(( $(date +%s) - start )) >"$f.time"
EOF
)" run {} <"$logs/order"

pass=0
fail=0
while read -r e; do
	n=${e%@*}
	f=$logs/$(echo "$e" | tr /: _-)
	at=
	case $e in *@*) at=" (at ${e#*@})" ;; esac
	rc=$(cat "$f.rc" 2>/dev/null || echo 1)
	case $n in
	unit/*)
		ok=$(grep -c '^\[       OK \]' "$f.log")
		bad=$(grep -c '^\[  \(FAILED\|ERROR\) *\] [A-Za-z_]' "$f.log")
		if [ "$rc" -ne 0 ] && [ "$bad" -eq 0 ]; then
			bad=1
			echo "FAIL ${n#unit/}: exited with status $rc"
		fi
		[ "$bad" -gt 0 ] && cat "$f.log"
		echo "unit ${n#unit/}: $ok passed, $bad failed ($(cat "$f.time") s)"
		;;
	*)
		ok=$(grep -c '^PASS ' "$f.log")
		bad=$(grep -c '^FAIL ' "$f.log")
		if [ "$rc" -ne 0 ] && [ "$bad" -eq 0 ]; then
			bad=1
			echo "FAIL tests/$n.sh$at: exited with status $rc"
		fi
		grep -E '^(PASS|FAIL) ' "$f.log" | sed "s/\$/$at/"
		[ "$bad" -gt 0 ] && grep -vE '^(PASS|FAIL) ' "$f.log" | tail -n 30
		[ -n "${TEST_TIMES:-}" ] && echo "time tests/$n.sh$at: $(cat "$f.time") s"
		;;
	esac
	pass=$((pass + ok))
	fail=$((fail + bad))
done <"$all"

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
