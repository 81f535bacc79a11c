#!/bin/sh
# `status` is exact on a long history and stays fast on a huge one: its streak
# equals `history`'s whatever the file's size (issue 26, item 2). A session
# counts only when a stretch was completed (item 3).
NAME=status_streak.sh
. "$SC_ROOT/tests/cli/lib.sh"
TZ=UTC SC_NOW='2026-12-07 08:30'
export TZ SC_NOW
dir=$XDG_DATA_HOME/stretchcoach
file=$dir/history.jsonl
mkdir -p "$dir"

# gen DAYS REMINDS [COMPLETED]: one session a day for DAYS days up to today,
# with REMINDS reminder lines each day.
gen() {
	python3 - "$@" <<'PY'
import datetime, sys
days, reminds = int(sys.argv[1]), int(sys.argv[2])
done = sys.argv[3] if len(sys.argv) > 3 else '"cat-cow"'
today = datetime.date(2026, 12, 7)
out = sys.stdout
for back in range(days - 1, -1, -1):
    d = (today - datetime.timedelta(days=back)).isoformat()
    for k in range(reminds):
        t = "%sT%02d:%02d:00+00:00" % (d, 9 + k // 4, (k % 4) * 15)
        out.write('{"v":1,"routine":"desk-break","started":"%s","ended":"%s","planned_s":0,'
                  '"active_s":0,"quit":false,"speed":1,"event":"reminder-snoozed"}\n' % (t, t))
    s, e = d + "T07:00:00+00:00", d + "T07:05:00+00:00"
    out.write('{"v":1,"routine":"morning-quick","started":"%s","ended":"%s","planned_s":300,'
              '"active_s":300,"completed":[%s],"skipped":[],"hurt":[],"quit":false,"speed":1,'
              '"tension_before":null,"tension_after":null}\n' % (s, e, done))
PY
}
streak_of_history() {
	timeout 300 "$SC_BIN" history --json </dev/null 2>/dev/null |
		tr -d ' \t\n' | sed -n 's/.*"streak":{"current":\([0-9]*\),.*/\1/p'
}

# 401 days, a session and 32 reminder lines a day: about 2.5 MB.
gen 401 32 >"$file"
run_sc status
case $(cat "$TMP/out") in
"401-day streak, 5 min today"*) pass "status: 401-day streak on 13 233 lines" ;;
*) fail "status on 401 days says: $(cat "$TMP/out" "$TMP/err")" ;;
esac
h=$(streak_of_history)
[ "$h" = 401 ] && pass "history agrees: 401" || fail "history says $h"

# 1 GB: a gigabyte of old junk (one line too long to read, sparse so that it
# costs no disk), 100 days of sessions four years ago, then 700 days of
# sessions with reminders.
truncate -s 1G "$file"
echo >>"$file"
gen 100 0 | sed 's/2026-/2022-/g; s/2025-/2021-/g' >>"$file"
gen 700 32 >>"$file"
start=$(date +%s)
run_sc status
took=$(( $(date +%s) - start ))
case $(cat "$TMP/out") in
"700-day streak, 5 min today"*) pass "status on 1 GB: 700-day streak" ;;
*) fail "status on 1 GB says: $(cat "$TMP/out" "$TMP/err")" ;;
esac
[ "$took" -le 15 ] && pass "status on 1 GB took ${took}s" || fail "status on 1 GB took ${took}s"
h=$(streak_of_history)
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
