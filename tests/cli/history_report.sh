#!/bin/sh
# `stretchcoach history` and `stretchcoach status` on a known history: streaks, minutes,
# previews, tension, warnings for bad lines, --json, --days, ASCII fallback, progression.
NAME=history_report.sh
. "$SC_ROOT/tests/cli/lib.sh"
# everything under one tree: the history in $tmp/data, the config in $tmp/config
tmp=$TMP
XDG_DATA_HOME=$tmp/data XDG_CONFIG_HOME=$tmp/config
dir=$tmp/data/stretchcoach
file=$dir/history.jsonl
mkdir -p "$dir"
off=$(date +%:z)
# the sessions below are at noon; the clock half an hour after the last of
# them, whatever hour the suite pins (at 23:00 the next-day check of today's
# sessions would already be waiting)
SC_NOW=12:30
export SC_NOW

# session DAYS-AGO ROUTINE ACTIVE-S SPEED BEFORE AFTER
session() {
	d=$(date -d "$1 days ago" +%F)
	printf '{"v":1,"routine":"%s","started":"%sT12:00:00%s","ended":"%sT12:10:00%s",' \
		"$2" "$d" "$off" "$d" "$off"
	printf '"planned_s":%s,"active_s":%s,"completed":["cat-cow"],"skipped":[],"hurt":[],' "$3" "$3"
	printf '"quit":false,"speed":%s,"tension_before":%s,"tension_after":%s}\n' "$4" "$5" "$6"
}
sc() { timeout 20 "$SC_BIN" "$@" >"$tmp/out" 2>"$tmp/err" </dev/null; rc=$?; }
compact() { tr -d ' \t\n' <"$tmp/out"; }

# An empty history.
sc status
[ $rc -eq 0 ] && [ "$(cat "$tmp/out")" = "no streak, stretch due" ] && pass "status, no history" ||
	fail "status, no history: rc $rc, $(cat "$tmp/out" "$tmp/err")"
sc history
[ $rc -eq 0 ] && grep -q "No sessions yet" "$tmp/out" && pass "history, no history" ||
	fail "history, no history: rc $rc"

{
	for n in 7 6 5 4 3; do session $n morning-wake-up 60 1 null null; done
	echo 'this line is not JSON'
	session 2 morning-wake-up 900 10 5 1          # a preview: breaks the streak
	session 1 evening-unwind 600 1 null null
	session 0 morning-wake-up 300 1 6 3
	session 0 morning-wake-up 420 1 4 2
} >"$file"

sc history --json
j=$(compact)
[ $rc -eq 0 ] && pass "history --json: exit 0" || fail "history --json: exit $rc"
for want in '"streak":{"current":2,"best":5,' '"window_minutes":27,' '"window_sessions":8,' \
	'"total_minutes":27,' '"sessions":8,' '"previews":1,' \
	"\"date\":\"$(date +%F)\",\"minutes\":12}]" \
	'"routines":[{"id":"morning-wake-up","sessions":7,"minutes":17},{"id":"evening-unwind","sessions":1,"minutes":10}]' \
	'"before_avg":5,"after_avg":2.5,' '"progression":[]'; do
	case $j in
	*"$want"*) pass "history --json has $want" ;;
	*) fail "history --json lacks $want" ;;
	esac
done
[ "$(grep -o '"date"' "$tmp/out" | wc -l)" -eq 84 ] && pass "84 days by default" || fail "calendar is not 84 days"
grep -qxF "stretchcoach: warning: $file:6: skipped: not valid JSON (column 1)" "$tmp/err" &&
	pass "a bad line is one warning naming FILE:LINE" || fail "warning was: $(cat "$tmp/err")"
grep -q 'this line is not JSON' "$file" && pass "the bad line stays in the file" || fail "the bad line was removed"

sc history --json --days 7
[ "$(grep -o '"date"' "$tmp/out" | wc -l)" -eq 7 ] && pass "--days 7" || fail "--days 7"

LC_ALL=C.UTF-8 sc history
[ $rc -eq 0 ] && grep -q "^Streak       current 2 days (best 5, ended $(date -d '3 days ago' +%F))$" "$tmp/out" &&
	pass "history: streaks" || fail "history: $(cat "$tmp/out")"
grep -q "^Most used    Morning Wake-Up 7x, Evening Unwind 1x$" "$tmp/out" &&
	pass "history: the routines used most, by name" || fail "history: most used line"
grep -q "^Minutes      27 in these 84 days (8 sessions)$" "$tmp/out" &&
    grep -q "^In all       27 min (8 sessions)$" "$tmp/out" &&
	pass "history: minutes" || fail "history: minutes line"
grep -q "^Previews     1 " "$tmp/out" && pass "history: previews" || fail "history: previews"
grep -q "^Tension      before 5.0, after 2.5 on average$" "$tmp/out" && pass "history: tension" ||
	fail "history: tension line"
grep -q "▓" "$tmp/out" && pass "history: UTF-8 shades in a UTF-8 locale" || fail "history: no UTF-8 shades"
# The sparkline counts what the averages count: a session left before any
# stretch was done is not evidence, so its check-in is not drawn either.
grep -q '^  last 2 ' "$tmp/out" && pass "history: the sparkline has the two check-ins the averages have" ||
	fail "history: sparkline: $(grep -A1 '^Tension' "$tmp/out")"
cp "$file" "$tmp/kept"
d=$(date +%F)
printf '{"v":1,"routine":"desk-break","started":"%sT12:20:00%s","ended":"%sT12:21:00%s","planned_s":170,"active_s":20,"completed":[],"skipped":[],"hurt":[],"quit":true,"speed":1,"tension_before":7,"tension_after":7}\n' \
	"$d" "$off" "$d" "$off" >>"$file"
LC_ALL=C.UTF-8 sc history
grep -q '^  last 2 ' "$tmp/out" && grep -q "^Tension      before 5.0, after 2.5 on average$" "$tmp/out" &&
	pass "history: a session with no stretch done adds no check-in to the sparkline" ||
	fail "history: empty session's check-in: $(grep -A2 '^Tension' "$tmp/out")"
sc history --json
[ "$(compact | grep -o '"recent":\[[^]]*\]' | grep -o '"before"' | wc -l)" -eq 2 ] &&
	pass "history --json: recent check-ins as the text report's" || fail "history --json: recent: $(compact | grep -o '"recent":\[[^]]*\]')"
cp "$tmp/kept" "$file"
LC_ALL=C.UTF-8 sc history
LC_ALL=C sc history
[ "$(tr -d '\000-\177' <"$tmp/out" | wc -c)" -eq 0 ] && grep -q "^Sun\|^Mon" "$tmp/out" &&
	pass "history: ASCII only in the C locale" || fail "history: non-ASCII in the C locale"

sc status
[ $rc -eq 0 ] && [ "$(cat "$tmp/out")" = "2-day streak, 12 min today" ] && [ ! -s "$tmp/err" ] &&
	pass "status: streak and minutes today" || fail "status: rc $rc, $(cat "$tmp/out" "$tmp/err")"

# status reads only the end: megabytes of junk before the recent sessions change nothing.
{ head -c 5000000 /dev/zero | tr '\0' 'x'; echo; cat "$file"; } >"$tmp/big"
mv "$tmp/big" "$file"
sc status
[ $rc -eq 0 ] && [ "$(cat "$tmp/out")" = "2-day streak, 12 min today" ] && [ ! -s "$tmp/err" ] &&
	pass "status: megabytes of junk far back change nothing" || fail "status on a big file: $(cat "$tmp/out" "$tmp/err")"

# Progression: 5 finished sessions in 14 days, after-tension 2 or less.
cat >"$tmp/cat.json" <<'JSON'
{"schema": 1,
 "stretches": [
  {"id": "reach", "name": "Reach", "kind": "static", "areas": ["shoulders"], "level": "gentle",
   "position": "standing", "time": ["morning"], "hold": 20, "sides": "none", "sets": 1,
   "steps": ["Reach up."], "progression": "deep-reach"},
  {"id": "deep-reach", "name": "Deep Reach", "kind": "static", "areas": ["shoulders", "upper-back"],
   "level": "moderate", "position": "standing", "time": ["morning"], "hold": 30, "sides": "none",
   "sets": 1, "steps": ["Reach further."]}],
 "routines": [{"id": "reach-up", "name": "Reach Up", "time": "morning", "description": "x",
   "rest": 5, "items": [{"stretch": "reach"}]}]}
JSON
for n in 9 7 5 3 1; do session $n reach-up 240 1 5 1; done >"$file"
LC_ALL=C sc -c "$tmp/cat.json" history
grep -q "^  reach-up: 5 times in 14 days, after-tension 1.0 on average$" "$tmp/out" &&
	pass "progression: the routine is ready" || fail "progression: $(cat "$tmp/out" "$tmp/err")"
grep -q "^    deeper: reach -> deep-reach$" "$tmp/out" && pass "progression: deeper variation" ||
	fail "progression: no deeper variation"
grep -q "^    longer: stretchcoach build --minutes 9 --time morning --level moderate --area shoulders$" \
	"$tmp/out" && pass "progression: a longer, deeper build" || fail "progression: no build line"

# A history that cannot be read.
rm -f "$file"
mkdir "$file"
sc history
[ $rc -eq 66 ] && grep -q "cannot read history" "$tmp/err" && pass "unreadable history: exit 66" ||
	fail "unreadable history: exit $rc"
finish
