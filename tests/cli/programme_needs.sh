#!/bin/sh
# programme_needs.sh — a programme's days as they run for the person: with a
# health condition, `programme status`, the calendar and `show` give each
# day's routine the same length (the adapted one); after an operation a
# programme is not started nor written out as a calendar, and one already
# running says why its day waits instead of offering a command that refuses.
NAME=programme_needs.sh
. "$SC_ROOT/tests/cli/lib.sh"
CAT=$SC_ROOT/data/catalogue.json
cfg=$XDG_CONFIG_HOME/stretchcoach/config.json
mkdir -p "$XDG_CONFIG_HOME/stretchcoach"
sc() { timeout 20 "$SC_BIN" -c "$CAT" "$@" >"$TMP/out" 2>"$TMP/err" </dev/null; rc=$?; }
# show ROUTINE's length ("any, 2 min, 3 stretches" -> "2 min")
shown_len() { sc show "$1"; sed -n '2s/^[^,]*, \([0-9]* min\),.*/\1/p' "$TMP/out"; }

printf '{"conditions": ["osteoporosis"]}\n' >"$cfg"
sc programme start desk-week
check "with osteoporosis: programme start desk-week (exit 0)" [ "$rc" -eq 0 ]
sc programme status
day1=$(sed -n '1s/.* · Desk Break · \([0-9]* min\)$/\1/p' "$TMP/out")
show1=$(shown_len desk-break)
check "programme status gives Desk Break the length show gives it ($day1, $show1)" \
    sh -c "[ -n '$day1' ] && [ '$day1' = '$show1' ]"
# the condition shortens it: the test would not tell the two apart otherwise
rm -f "$cfg"
plain=$(shown_len desk-break)
printf '{"conditions": ["osteoporosis"]}\n' >"$cfg"
check "and that is not Desk Break's length as written ($plain)" sh -c "[ '$plain' != '$show1' ]"

# every day of the calendar: the summary's length is show's for that routine
sc programme calendar
sed -n 's/^SUMMARY:Day [0-9]* of [0-9]* · \(.*\) · \([0-9]* min\)\r*$/\1|\2/p' "$TMP/out" >"$TMP/days"
check "the calendar has the programme's days" test -s "$TMP/days"
sc routines --json
bad=
while IFS='|' read -r name len; do
	id=$(python3 -c 'import json,sys
for r in json.load(open(sys.argv[1])):
    if r["shown_name"] == sys.argv[2]: print(r["id"]); break' "$TMP/out" "$name")
	[ "$(shown_len "$id")" = "$len" ] || bad="$bad $name($len)"
	sc routines --json
done <"$TMP/days"
check "each calendar day's length is the one show gives its routine${bad:+ (not:$bad)}" [ -z "$bad" ]

# after an operation: the running programme's day waits, and says why
printf '{"conditions": ["recent-surgery"]}\n' >"$cfg"
sc programme status
check "after an operation: the day names no length" grep -qx "Desk Worker's Week: Day 1 of 7 · Desk Break" "$TMP/out"
check "and says why it waits, as run would" grep -q "'desk-break' is not for you yet" "$TMP/out"
check "and offers no run that refuses" sh -c "! grep -q 'or: stretchcoach run desk-break' '$TMP/out'"
sc programme calendar
check "the calendar is not written: no alarms for days that wait (exit 2)" sh -c "[ $rc -eq 2 ] && [ ! -s '$TMP/out' ]"
check "... and says why" grep -q "after an operation, a programme waits until your surgical team" "$TMP/err"
sc programme calendar back-reset-2w
check "nor one named (exit 2)" sh -c "[ $rc -eq 2 ] && [ ! -s '$TMP/out' ]"
sc programme stop
# and none is started: day after day of routines that wait for the surgical team
sc programme start desk-week
check "after an operation: programme start refuses (exit 2)" [ "$rc" -eq 2 ]
check "and says why, and what there is instead" grep -q "after an operation, a programme waits until your surgical team says you may stretch; until then, 'stretchcoach run breathe-and-walk'" "$TMP/err"
sc programme status
check "and nothing was started" grep -q '^No programme is running' "$TMP/out"

# a stretch marked hurt is left out for 7 days from the mark: the calendar
# leaves it out of the days before that and keeps it in the days after (it
# gave every day today's lengths: Morning Wake-Up 6 min on day 5 too)
rm -f "$cfg"
hist=$XDG_DATA_HOME/stretchcoach/history.jsonl
d=$(date -d '3 days ago' +%F)
printf '{"v":1,"routine":"evening-unwind","started":"%sT20:00:00+00:00","ended":"%sT20:05:00+00:00","planned_s":300,"active_s":100,"completed":["cat-cow"],"skipped":[],"hurt":["knee-to-chest"],"quit":true,"speed":1}\n' "$d" "$d" >>"$hist"
marked=$(shown_len morning-wake-up)
sc --include-hurt show morning-wake-up
whole=$(sed -n '2s/^[^,]*, \([0-9]* min\),.*/\1/p' "$TMP/out")
check "the mark shortens Morning Wake-Up today ($marked, $whole with it)" sh -c "[ -n '$marked' ] && [ '$marked' != '$whole' ]"
sc programme calendar back-reset-2w
day2=$(sed -n 's/^SUMMARY:Day 2 of 14 · Morning Wake-Up · \([0-9]* min\)\r*$/\1/p' "$TMP/out")
day5=$(sed -n 's/^SUMMARY:Day 5 of 14 · Morning Wake-Up · \([0-9]* min\)\r*$/\1/p' "$TMP/out")
check "tomorrow, while the mark lasts, the calendar leaves it out ($day2)" [ "$day2" = "$marked" ]
check "4 days on, after it lapsed, the calendar keeps it ($day5)" [ "$day5" = "$whole" ]
finish
