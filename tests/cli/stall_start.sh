#!/bin/sh
# stall_start.sh — plain mode says every stretch, however late its loop
# begins: a host that stalled right after a session started (at --speed
# 1000, ten milliseconds are a whole get-ready) made the run skip
# "Stretch 1 of N" and its get-ready, so its lines disagreed with the plan
# (CI failed on supine.sh's "the preview lists what the run coaches").
# SC_STALL_MS (test builds) makes the stall happen every time.
NAME=stall_start.sh
. "${SC_ROOT:-.}/tests/cli/lib.sh"
cd "$SC_ROOT" || exit 1
mkdir -p "$XDG_DATA_HOME/stretchcoach"
: > "$XDG_DATA_HOME/stretchcoach/history.jsonl"   # not the first run: no safety page

# the stretches and get-ready lines a plain run in $TMP/out said, in order
said() {
	sed -n 's/^\[[0-9:]*\] Stretch \([0-9]*\) of [0-9]*: .*/S\1/p; s/^\[[0-9:]*\] Get ready .*/R/p' "$TMP/out" |
	    tr '\n' ' '
}

for routine in morning-quick desk-break; do
	run_sc show "$routine"
	n=$(grep -c '^ *[0-9]*\. ' "$TMP/out")
	want=$(i=1; while [ "$i" -le "$n" ]; do printf 'S%d R ' "$i"; i=$((i + 1)); done)
	for late in 0 40 300; do
		export SC_STALL_MS=$late
		run_sc run "$routine" --plain --speed 1000 --no-checkin
		check "$routine, stalled $late ms at its start: exit 0" [ "$rc" -eq 0 ]
		check "$routine, stalled $late ms at its start: every stretch and its get-ready said, in order ($(said))" \
		    [ "$(said)" = "$want" ]
	done
done
unset SC_STALL_MS
finish
