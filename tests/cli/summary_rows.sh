#!/bin/sh
# summary_rows.sh — the summary after a session quit part-way: the stretch
# it was in is "stopped during", not "not reached"; the planned time is the
# one the history records (planned_s) and the session screen counts down
# from, the first get-ready with it, for every bundled routine.
NAME=summary_rows.sh
. "$SC_ROOT/tests/cli/lib.sh"
mkdir -p "$XDG_DATA_HOME/stretchcoach"
: > "$XDG_DATA_HOME/stretchcoach/history.jsonl"

# desk-break at 5x: 1 s of get-ready, then Shoulder Rolls; q three seconds in
{ sleep 3; echo q; } | timeout 60 "$SC_BIN" run desk-break --plain --speed 5 --no-checkin \
    >"$TMP/out" 2>"$TMP/err"
check "quit: exit 0" [ $? = 0 ]
check "the summary says it stopped early" grep -q '^Stopped early: Desk Break' "$TMP/out"
check "Shoulder Rolls is listed as stopped during" grep -q '^  stopped during 1 of 4: Shoulder Rolls$' "$TMP/out"

# the planned time the summary shows is the history's planned_s; the time
# spent (from the first hold) is that less the first get-ready
for r in morning-quick evening-unwind desk-break flare-day; do
	run_sc run "$r" --plain --speed 1000 --no-checkin
	planned=$(sed -n 's/.*(planned \([0-9]*\):\([0-9]*\),.*/\1 \2/p' "$TMP/out" | awk '{ print $1 * 60 + $2 }')
	spent=$(sed -n 's/^  time *\([0-9]*\):\([0-9]*\) .*/\1 \2/p' "$TMP/out" | awk '{ print $1 * 60 + $2 }')
	recorded=$(tail -n 1 "$XDG_DATA_HOME/stretchcoach/history.jsonl" | sed -n 's/.*"planned_s":\([0-9]*\).*/\1/p')
	check "$r: the summary's planned time is the recorded planned_s ($planned s, $recorded s)" \
	    sh -c "[ -n '$planned' ] && [ '$planned' = '$recorded' ]"
	check "$r: the time spent is within the plan ($spent s, planned $planned s)" \
	    sh -c "[ -n '$spent' ] && [ $spent -le $planned ] && [ $((planned - spent)) -le 12 ]"
done
finish
