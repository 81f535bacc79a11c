#!/bin/sh
# Run the tests against the build in $1 (default: build) and end with the
# line "N passed, N failed". Unit tests are cmocka programs ($O/test_*);
# tests/cli/*.sh and tests/e2e/*.sh print "PASS ..." or "FAIL ..." per check.
#
#   sh tests/run.sh [O] [PATTERN...]
#
# PATTERNs (shell globs over test names such as e2e/menu or unit/test_plan)
# pick some tests; none runs them all. The tests run TEST_JOBS at a time
# (default: five a core, as most of a test is waiting: for a screen, a
# timer, a reminder);
# each has its own HOME, tmux socket and temporary files, and its output is
# printed whole, in a fixed order, when all are done.
#
# The wall clock is pinned (SC_NOW, read by test builds only) so that a test
# sees the same hour whenever it runs: TEST_NOW sets it (default 08:30, a
# morning). With TEST_EVENING=HH:MM, an e2e test whose screens the hour
# changes (tests/e2e/lib.sh notes it: it opened the main menu or remind on
# this clock) runs a second time at that hour, right after its first run; with
# TEST_EVENING_ALL=1 too, every e2e test does, in the same pool (CI, at 23:00). An e2e test that needs a given hour pins its own.
# TEST_TIMES=1 adds each test's wall and CPU seconds (tests/cputime.py).
set -u
O=${1:-build}
[ $# -gt 0 ] && shift
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
# the command words, for tests/e2e/lib.sh to tell the main menu from a
# command (none: every start counts as the menu)
TEST_COMMANDS=$("$SC_BIN" help --commands 2>/dev/null | cut -f1 | tr '\n' ' ')
export TEST_COMMANDS

jobs=${TEST_JOBS:-$(( $(nproc 2>/dev/null || echo 1) * 5 ))}
logs=$(mktemp -d "${TMPDIR:-/tmp}/sc-run.XXXXXX")
trap 'rm -rf "$logs"' EXIT
# the German, Spanish and French locales, made once for the run (tests/locale.sh)
TEST_LOCALES=$logs/locales
export TEST_LOCALES

# The tests, slowest first so that the long ones do not end the run alone
# (tests/slow lists them; a test missing from it runs after them). A script
# with a line "# parts: A B C" runs as one test a part, side by side, each
# with TEST_PART set to its part (e2e/signals:TERM); a PATTERN that names the
# script picks every part. With TEST_EVENING, each e2e test's evening run
# (with TEST_EVENING_ALL) starts right after its morning one.
wanted() {
	n=$1
	shift
	[ $# -eq 0 ] && return 0
	for p in "$@"; do
		# shellcheck disable=SC2254
		case $n in $p) return 0 ;; esac
		# shellcheck disable=SC2254
		case ${n%%:*} in $p) return 0 ;; esac
	done
	return 1
}
# pick PATTERN...: the names on stdin, each script's parts apart ($logs/parts),
# those wanted; with $evening, each e2e test again at that hour right after it
pick() {
	awk -v parts="$logs/parts" 'BEGIN {
		while ((getline l <parts) > 0) {
			f = substr(l, 1, index(l, ":") - 1)
			sub(/^[^:]*:# parts: */, "", l)
			p[f] = l
		}
	}
	{
		f = "tests/" $0 ".sh"
		if (!(f in p)) { print; next }
		n = split(p[f], x, " ")
		for (i = 1; i <= n; i++) print $0 ":" x[i]
	}' | while read -r e; do
		wanted "$e" "$@" || continue
		echo "$e"
		case $e in e2e/*) [ -n "$evening_all" ] && echo "$e@$evening" ;; esac
	done
}
{
	for t in "$O"/test_*; do
		case "$t" in *.d|*.o) continue ;; esac
		[ -x "$t" ] && echo "unit/${t##*/}"
	done
	for s in tests/cli/*.sh tests/e2e/*.sh; do
		case "$s" in */lib.sh | */*_lib.sh) continue ;; esac
		s=${s#tests/}
		echo "${s%.sh}"
	done
} >"$logs/names"
grep -H '^# parts:' tests/cli/*.sh tests/e2e/*.sh >"$logs/parts"
evening=${TEST_EVENING:-}
evening_all=
[ -n "$evening" ] && evening_all=${TEST_EVENING_ALL:-}
{
	grep -vx '#.*' tests/slow 2>/dev/null | grep -Fxf "$logs/names"
	grep -vxFf tests/slow "$logs/names" 2>/dev/null || cat "$logs/names"
} | awk '!seen[$0]++' | pick "$@" >"$logs/order"
# Each test (NAME[:PART][@HH:MM]) writes its output to $logs/N.log, its exit
# status to N.rc, its seconds to N.time (and N.cpu), and, from
# tests/e2e/lib.sh, what it opened that the hour changes to N.hour.
export O logs evening evening_all
xargs -P "$jobs" -I{} sh -c "$(cat <<'EOF'
run1() {
	e=${1%@*}; n=${e%%:*}; f=$logs/$(echo "$1" | tr /: _-)
	TEST_CLOCK=${TEST_NOW:-08:30}
	case $1 in *@*) TEST_CLOCK=${1#*@} ;; esac
	SC_NOW=$TEST_CLOCK TEST_PART= TEST_HOUR_LOG=$f.hour
	case $e in *:*) TEST_PART=${e#*:} ;; esac
	export SC_NOW TEST_CLOCK TEST_PART TEST_HOUR_LOG
	start=$(date +%s)
	case $n in
	unit/*) set -- timeout -k 10 300 "$O/${n#unit/}" ;;
	*) set -- timeout -k 10 600 sh "tests/$n.sh" ;;
	esac
	if [ -n "${TEST_TIMES:-}" ]; then
		python3 tests/cputime.py "$f.cpu" "$@" >"$f.log" 2>&1
	else
		"$@" >"$f.log" 2>&1
	fi
	echo $? >"$f.rc"
	echo $(( $(date +%s) - start )) >"$f.time"
}
run1 "$1"
case $1 in
*@*) ;;
e2e/*) [ -n "$evening" ] && [ -z "$evening_all" ] && [ -s "$f.hour" ] && run1 "$1@$evening" ;;
esac
:
EOF
)" run {} <"$logs/order"

# the report: the tests in name order, then the evening runs
all=$logs/all
evening_all=
pick "$@" <"$logs/names" >"$all"
if [ -n "$evening" ]; then
	grep '^e2e/' "$all" | while read -r e; do
		[ -e "$logs/$(echo "$e@$evening" | tr /: _-).rc" ] && echo "$e@$evening"
	done >"$logs/again"
	cat "$logs/again" >>"$all"
fi

pass=0
fail=0
while read -r e; do
	n=${e%@*}
	f=$logs/$(echo "$e" | tr /: _-)
	at=
	case $n in *:*) at=" (part ${n#*:})" n=${n%%:*} ;; esac
	case $e in *@*) at="$at (at ${e#*@})" ;; esac
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
		;;
	esac
	pass=$((pass + ok))
	fail=$((fail + bad))
done <"$all"

# TEST_TIMES: each test's wall and CPU seconds (its own and its children's,
# a tmux server's included), the most CPU first, and the sum.
if [ -n "${TEST_TIMES:-}" ]; then
	while read -r e; do
		f=$logs/$(echo "$e" | tr /: _-)
		[ -s "$f.cpu" ] && echo "$e $(cat "$f.cpu")"
	done <"$all" | awk '{ cpu = $3 + $4; sum += cpu; printf "%.1f %.1f %s\n", cpu, $2, $1 }
	    END { printf "%.1f total\n", sum > "/dev/stderr" }' 2>"$logs/sum" |
	    sort -rn | awk '{ printf "time %s: %s s CPU, %s s wall\n", $3, $1, $2 }'
	echo "time: $(cut -d' ' -f1 "$logs/sum") s CPU in all"
fi
echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
