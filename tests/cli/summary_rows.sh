#!/bin/sh
# summary_rows.sh — the summary after a session quit part-way: the stretch
# it was in is "stopped during", not "not reached", and the planned time is
# counted as the session's own time is, from the first hold (without the
# first get-ready).
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

# the planned time beside a whole session leaves out the first get-ready, as the time does
run_sc run desk-break --plain --speed 1000 --no-checkin
planned=$(sed -n 's/.*(planned \([0-9]*\):\([0-9]*\),.*/\1 \2/p' "$TMP/out" | awk '{ print $1 * 60 + $2 }')
spent=$(sed -n 's/^  time *\([0-9]*\):\([0-9]*\) .*/\1 \2/p' "$TMP/out" | awk '{ print $1 * 60 + $2 }')
check "a whole session's time and its planned time agree ($spent s, planned $planned s)" \
    sh -c "[ -n '$planned' ] && [ -n '$spent' ] && [ $spent -le $planned ] && [ $((planned - spent)) -le 2 ]"
finish
