#!/bin/sh
# menu.sh — the main menu, the routine menus and their keys.
NAME=menu
. "$(dirname "$0")/lib.sh"

start 80 24 --no-checkin -c "$E2E_CAT"
check "main menu lists the six choices" wait_for 'Safety notes' 5
for item in 'Morning routines' 'Evening routines' 'All routines' 'Build a routine' 'History'; do
	check "main menu has $item" on_screen "$item"
done

# digits pick: 1 opens the morning routines
keys 1
check "1 opens the morning routines" wait_for '^ *Morning routines *$' 5
check "routine row: name, length, stretches, areas worked most first" \
    on_screen '1 +E2E Morning +3 min +2 stretches +hips, glutes, mid back, lower back'
check "morning menu leaves out evening routines" off_screen 'E2E Evening'
check "highlighted routine's description" on_screen 'A short routine for the end-to-end tests'
check "highlighted routine's stretch list" on_screen '2\. Test Hold +20 s each side, 2 sets'

# q goes back to the main menu, arrows and Enter move and pick
keys q
check "q goes back to the main menu" wait_for 'Build a routine' 5
keys Down Down Enter
check "arrows and Enter open all routines" wait_for '^ *All routines *$' 5
check "all routines shows the morning one" on_screen 'E2E Morning'
check "all routines shows the evening one" on_screen 'E2E Evening'
keys j
check "j moves the highlight (detail follows)" wait_for 'One long hold, for timing and idle tests' 5
keys k
check "k moves it back" wait_for 'A short routine for the end-to-end tests' 5
keys q
wait_for 'Build a routine' 5

# safety notes page, and back
keys 6
check "6 opens the safety notes" wait_for 'Safety notes' 5
keys q
check "q leaves the safety page" wait_for 'Build a routine' 5

keys q
rc=$(wait_rc 5)
check "q on the main menu exits 0" [ "$rc" = 0 ]

# the morning and evening commands open their own menus; q quits
start 80 24 --no-checkin -c "$E2E_CAT" evening
check "evening command opens the evening menu" wait_for 'E2E Evening +2 min' 5
check "evening menu leaves out morning routines" off_screen 'E2E Morning'
keys q
rc=$(wait_rc 5)
check "q on the evening menu exits 0" [ "$rc" = 0 ]

# the main menu highlights Morning before noon and Evening from 17:00 (local
# time, pinned through SC_NOW, which test builds read)
for when in "8 Gentle routines to wake" "20 Slower routines with longer holds"; do
	set -- $when
	hour=$1
	shift
	E2E_ENV="SC_NOW=$hour:00" start 80 24 --no-checkin -c "$E2E_CAT"
	check "at $hour:00 the main menu highlights: $*" wait_for "$*" 5
	check "main menu: q quit in the key bar" on_screen 'q quit'
	keys q
	wait_rc 5 >/dev/null
done
finish
