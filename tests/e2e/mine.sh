#!/bin/sh
# mine.sh — My routines: a saved routine is renamed (the message names both
# names) and Enter runs it.
NAME=mine
. "$(dirname "$0")/lib.sh"

start 80 24
wait_for 'Morning routines' 5
keys 4
wait_for 'Enter run' 5
keys s
check "s asks for a name" wait_for 'Name' 5
keys 'My desk evening' Enter
check "saved" wait_for 'My desk evening' 5
keys m
wait_for '^ My routines' 5
check "My routines lists it" on_screen '^ +My desk evening +my-desk-evening'
check "the key bar says Enter runs it" on_screen 'Enter run +r rename +d delete +q back'
keys r
wait_for 'New name:' 5
i=0
while [ $i -lt 20 ]; do keys BSpace; i=$((i + 1)); done
keys 'Office stretch' Enter
check "the message names the old and the new name" \
    wait_for 'Renamed "My desk evening" to "Office stretch"\.' 5
check "the list shows the new name" on_screen '^ +Office stretch '
keys Enter
check "Enter runs it: the check-in" wait_for 'Before you start' 5
keys s
check "the session is the saved routine" wait_for 'Office stretch' 5
wait_gone 'Get ready' 20
keys q y
wait_for 'After the routine' 5
keys Escape
wait_for 'Enter (menu|back)' 5
keys Enter
check "Enter on the summary: back to Build" wait_for 'Enter run' 5
keys q
wait_for '4  Build a routine' 5
keys q
rc=$(wait_rc 5)
check "exit 0" [ "$rc" = 0 ]
finish
