#!/bin/sh
# emptied.sh — a routine of which nothing suits the person's health
# conditions is not offered: the curses and plain lists leave it out alike
# and say under the list how many went and why; with recent surgery only
# Breathe and Walk is listed. `run` of such a routine names it, not its id.
NAME=emptied
. "$(dirname "$0")/lib.sh"

sc() {
	HOME=$tmp/home XDG_CONFIG_HOME=$tmp/config XDG_DATA_HOME=$tmp/data "$SC_BIN" "$@" 2>&1
}
mkdir -p "$tmp/config/stretchcoach" "$tmp/data/stretchcoach"
: > "$tmp/data/stretchcoach/history.jsonl"
cfg=$tmp/config/stretchcoach/config.json

# same N WHAT: the plain and curses lists the main menu's Nth entry opens
# give the same routines, in order
same() {
	printf '%s\nq\nq\n' "$1" | sc --plain > "$tmp/plain"
	sed -n 's/^  [0-9]*\. \(.*\) ([0-9].*/\1/p' "$tmp/plain" > "$tmp/plain.names"
	start 100 40 --no-checkin
	wait_for 'Evening routines' 5 >/dev/null
	keys "$1"
	wait_for "$(head -n 1 "$tmp/plain.names")" 5 >/dev/null
	screen > "$tmp/curses"
	keys q q
	wait_rc 5 >/dev/null
	: > "$tmp/curses.names"
	while IFS= read -r name; do
		grep -qF "$name" "$tmp/curses" && printf '%s\n' "$name" >> "$tmp/curses.names"
	done < "$tmp/plain.names"
	check "$2: curses lists what plain lists" cmp -s "$tmp/plain.names" "$tmp/curses.names"
	check "$2: ... and as many rows" [ "$(grep -c '^ *[0-9][0-9]*  *[A-Z]' "$tmp/curses")" = "$(wc -l < "$tmp/plain.names")" ]
}

echo '{"conditions": ["osteoporosis", "spinal-stenosis"]}' > "$cfg"
same 1 "osteoporosis and stenosis, morning"
# Back-Bend Relief keeps only its walk and a standing stretch: no warm-up and
# calm end left, so it is not offered (nor Upper and Mid-Back Reset)
check "plain leaves Back-Bend Relief out" sh -c "! grep -q 'Back-Bend Relief' '$tmp/plain'"
check "... and says why under the list" grep -q '^  2 routines left out: none of their stretches suits your health conditions' "$tmp/plain"
check "curses leaves it out too" sh -c "! grep -q 'Back-Bend Relief' '$tmp/curses'"
check "... and says why under the list" grep -q '2 routines left out: none of their stretches suits' "$tmp/curses"
sc run back-bend-relief --plain --no-checkin > "$tmp/run" </dev/null
check "run names the routine and its reason in words" \
    grep -q "^stretchcoach: nothing in Back-Bend Relief suits your health conditions" "$tmp/run"

# at 50x15 the list scrolls: on its last row the line under it comes into view
start 50 15 --no-checkin
wait_for 'Evening routines' 5 >/dev/null
keys 1
wait_for 'Morning Wake-Up' 5 >/dev/null
keys End
check "50x15: on the last row the left-out line shows, wrapped" wait_for 'routines left out: none of' 5
check "... whole" on_screen 'floor settings\.'
keys q q
wait_rc 5 >/dev/null

echo '{"conditions": ["recent-surgery"]}' > "$cfg"
same 3 "recent surgery, all routines"
check "plain lists only Breathe and Walk" [ "$(cat "$tmp/plain.names")" = "Breathe and Walk" ]
check "... and says why" grep -q 'routines left out: after an operation only walking and breathing' "$tmp/plain"
check "curses says why too" grep -q 'routines left out: after an operation only walking' "$tmp/curses"
finish
