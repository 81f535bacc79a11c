#!/bin/sh
# Every part of `status` reads only the end of the history it needs: the
# streak, today's minutes, the programme line and the next-day check agree
# with `history` and `programme status` on a 1 GB history while status reads
# a few MiB of it (counted by the test build's SC_TEST_READ_REPORT hook, so
# the check holds however loaded the machine is). Issue 26.
NAME=status_bounded.sh
. "$SC_ROOT/tests/cli/lib.sh"
. "$SC_ROOT/tests/cli/status_lib.sh"

# gen DAYS: one session a day for DAYS days up to yesterday, 32 reminder
# lines a day, and Desk Worker's Week begun 2 days ago, its days 1 and 2 done.
gen() {
	status_gen "$1" 32 '"cat-cow"' 1 desk-break 180 1
}

# a gigabyte of old junk (one line too long to read; sparse, so it costs no
# disk), then 100 days of sessions four years ago, then the last 30 days
status_junk
gen 100 | status_years_ago >>"$file"
gen 30 >>"$file"

SC_TEST_READ_REPORT=$TMP/read timeout 120 "$SC_BIN" status >"$TMP/out" 2>"$TMP/err" </dev/null
rc=$?
check "status on 1 GB: exit 0 (got $rc)" test "$rc" -eq 0
want="30-day streak, stretch due, day 3/7 due, next-day check waiting"
[ "$(cat "$TMP/out")" = "$want" ] && pass "status on 1 GB: $want" ||
	fail "status on 1 GB says: $(cat "$TMP/out" "$TMP/err")"
if [ -s "$TMP/read" ]; then
	read=$(cat "$TMP/read")
	[ "$read" -lt $((64 * 1024 * 1024)) ] && pass "status read $read bytes of a 1 GB history" ||
		fail "status read $read bytes of a 1 GB history (at most 64 MiB)"
else
	fail "no SC_TEST_READ_REPORT from $SC_BIN (not a test build?)"
fi

# the same answers as the commands that read the whole file
h=$(status_history_streak)
[ "$h" = 30 ] && pass "history agrees: 30" || fail "history on 1 GB says $h"
timeout 120 "$SC_BIN" programme status >"$TMP/prog" 2>&1 </dev/null
grep -q "Day 3 of 7" "$TMP/prog" && pass "programme status agrees: day 3 of 7" ||
	fail "programme status says: $(cat "$TMP/prog")"

# answered: the check is no longer waiting
printf '%s\n' '{"v":1,"routine":"desk-break","started":"2026-12-06T07:00:00+00:00","ended":"2026-12-07T08:00:00+00:00","planned_s":0,"active_s":0,"completed":[],"skipped":[],"hurt":[],"quit":false,"speed":1,"tension_before":null,"tension_after":null,"event":"next-day","answer":"better"}' >>"$file"
run_sc status
[ "$(cat "$TMP/out")" = "30-day streak, stretch due, day 3/7 due" ] &&
	pass "an answer about yesterday's session: no check waiting" ||
	fail "after an answer, status says: $(cat "$TMP/out" "$TMP/err")"
# an answer about an older session leaves yesterday's waiting
sed -i '$d' "$file"
printf '%s\n' '{"v":1,"routine":"desk-break","started":"2026-12-05T07:00:00+00:00","ended":"2026-12-07T08:00:00+00:00","planned_s":0,"active_s":0,"completed":[],"skipped":[],"hurt":[],"quit":false,"speed":1,"tension_before":null,"tension_after":null,"event":"next-day","answer":"same"}' >>"$file"
run_sc status
[ "$(cat "$TMP/out")" = "$want" ] && pass "an answer about an older session: the check still waits" ||
	fail "after an older answer, status says: $(cat "$TMP/out" "$TMP/err")"
finish
