#!/bin/sh
# `status` is exact on a long history and stays fast on a huge one: its streak
# equals `history`'s whatever the file's size (issue 26, item 2). A session
# counts only when a stretch was completed (item 3).
NAME=status_streak.sh
. "$SC_ROOT/tests/cli/lib.sh"
. "$SC_ROOT/tests/cli/status_lib.sh"

# gen DAYS REMINDS [COMPLETED]: one session a day for DAYS days up to today,
# with REMINDS reminder lines each day.
gen() {
	status_gen "$1" "$2" "${3-\"cat-cow\"}" 0 morning-quick 300 0
}

# 401 days, a session and 32 reminder lines a day: about 2.5 MB.
gen 401 32 >"$file"
run_sc status
case $(cat "$TMP/out") in
"401-day streak, 5 min today"*) pass "status: 401-day streak on 13 233 lines" ;;
*) fail "status on 401 days says: $(cat "$TMP/out" "$TMP/err")" ;;
esac
h=$(status_history_streak)
[ "$h" = 401 ] && pass "history agrees: 401" || fail "history says $h"

# 1 GB: a gigabyte of old junk (one line too long to read, sparse so that it
# costs no disk), 100 days of sessions four years ago, then 700 days of
# sessions with reminders.
status_junk
gen 100 0 | status_years_ago >>"$file"
gen 700 32 >>"$file"
start=$(date +%s)
run_sc status
took=$(( $(date +%s) - start ))
case $(cat "$TMP/out") in
"700-day streak, 5 min today"*) pass "status on 1 GB: 700-day streak" ;;
*) fail "status on 1 GB says: $(cat "$TMP/out" "$TMP/err")" ;;
esac
[ "$took" -le 15 ] && pass "status on 1 GB took ${took}s" || fail "status on 1 GB took ${took}s"
h=$(status_history_streak)
[ "$h" = 700 ] && pass "history on 1 GB agrees: 700" || fail "history on 1 GB says $h"
rm -f "$file"

# Abandoned sessions (nothing completed) count toward nothing.
gen 3 0 '' >"$file"
run_sc status
[ "$(cat "$TMP/out")" = "no streak, stretch due" ] && pass "sessions with nothing completed do not count" ||
	fail "sessions with nothing completed: status says $(cat "$TMP/out")"
# Yesterday's counted session and today's abandoned one: no minutes today, and
# the next-day check (issue 23) waits for yesterday's session, the newest
# counted one, not for today's.
gen 2 0 | head -n 1 >"$file"
gen 1 0 '' >>"$file"
run_sc status
[ "$(cat "$TMP/out")" = "1-day streak, stretch due, next-day check waiting" ] &&
	pass "today's abandoned session gives no minutes" ||
	fail "today's abandoned session: status says $(cat "$TMP/out")"
# An abandoned session alone, 3 hours on: no next-day check is due for it.
gen 1 0 '' >"$file"
(SC_NOW='2026-12-07 10:05'; export SC_NOW; run_sc status)
[ "$(cat "$TMP/out")" = "no streak, stretch due" ] &&
	pass "an abandoned session makes no next-day check due" ||
	fail "an abandoned session, 3 hours on: status says $(cat "$TMP/out")"
finish
