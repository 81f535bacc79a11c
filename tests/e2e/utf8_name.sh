#!/bin/sh
# utf8_name.sh — a name typed in Build and My routines keeps its umlauts:
# "Übung für Rücken" is saved whole (id "uebung-fuer-ruecken"), Backspace
# takes off a whole character, and `show` and `history` print the name.
NAME=utf8_name
. "$(dirname "$0")/lib.sh"

start 80 24
wait_for 'Morning routines' 5
keys 4
wait_for 'Enter run' 5
keys s
wait_for 'Name' 5
keys -l 'Übung für Rückenü'
check "the typed umlauts show in the field" wait_for 'Name: Übung für Rückenü' 5
keys BSpace
check "Backspace takes off the whole last character" wait_for 'Name: Übung für Rücken$' 5
# a character whose bytes come in two reads, the field idle in between (ü is c3 bc)
keys -H c3
sleep 0.1
keys -H bc
check "a character split across two reads is typed whole" wait_for 'Name: Übung für Rückenü$' 5
keys BSpace
check "and Backspace takes it off again" wait_for 'Name: Übung für Rücken$' 5
keys Enter
check "saved under a transliterated id" \
    wait_for 'Saved "Übung für Rücken" as uebung-fuer-ruecken' 5
keys m
wait_for '^ My routines' 5
check "My routines lists the name whole" on_screen '^ +Übung für Rücken +uebung-fuer-ruecken'
keys r
wait_for 'New name:' 5
i=0
while [ $i -lt 20 ]; do keys BSpace; i=$((i + 1)); done
keys -l 'Übung für Rücken 2'
keys Enter
check "renamed with umlauts" wait_for 'Renamed "Übung für Rücken" to "Übung für Rücken 2"\.' 5
keys Enter
wait_for 'Before you start' 5
keys s
wait_gone 'Get ready' 20
keys q y
wait_for 'After the routine' 5
keys Escape
wait_for 'Enter (menu|back)' 5
keys Enter
wait_for 'Enter run' 5
keys q
wait_for '4  Build a routine' 5
keys q
rc=$(wait_rc 5)
check "exit 0" [ "$rc" = 0 ]

show=$(HOME=$tmp/home XDG_CONFIG_HOME=$tmp/config XDG_DATA_HOME=$tmp/data LANG=C.UTF-8 \
    "$SC_BIN" show uebung-fuer-ruecken 2>&1)
check "show prints the name whole" sh -c 'printf "%s\n" "$1" | grep -q "^Übung für Rücken 2"' - "$show"
# a finished session of it yesterday (the tmux one above was quit before a stretch was done)
printf '%s\n' '{"v":1,"routine":"uebung-fuer-ruecken","started":"2026-12-06T07:10:00+00:00","ended":"2026-12-06T07:17:00+00:00","planned_s":420,"active_s":415,"completed":["cat-cow"],"skipped":[],"hurt":[],"quit":false,"speed":1,"tension_before":6,"tension_after":3}' \
    >> "$tmp/data/stretchcoach/history.jsonl"
hist=$(SC_NOW="2026-12-07 08:30" HOME=$tmp/home XDG_CONFIG_HOME=$tmp/config XDG_DATA_HOME=$tmp/data LANG=C.UTF-8 \
    "$SC_BIN" history 2>&1)
printf "%s\n" "$hist" > "$tmp/hist"
check "history prints the name whole" sh -c 'printf "%s\n" "$1" | grep -q "^Most used  *Übung für Rücken 2 1x"' - "$hist"
[ -n "${E2E_VERBOSE:-}" ] && cat "$tmp/hist"
finish
