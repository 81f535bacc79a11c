#!/bin/sh
# lists.sh — routine lists: the areas column starts with what a routine works
# most, and i shows every stretch of the highlighted routine.
NAME=lists
. "$(dirname "$0")/lib.sh"

for size in "80 24" "120 40" "50 15"; do
	start $size
	wait_for 'Morning routines' 5
	keys 3
	wait_for '^ All routines' 5
	if [ "$size" != "50 15" ]; then
		check "$size: Wrists and Forearms shows wrists first" on_screen 'Wrists and Forearms .* wrists, '
		check "$size: Flare Day shows lower back first" on_screen 'Flare Day .* lower back, '
	fi
	keys q q
	wait_rc 5 >/dev/null
done

# i: every stretch of the highlighted routine, in a box that scrolls to its end
start 80 24
wait_for 'Morning routines' 5
keys 3
wait_for '^ All routines' 5
keys 6
# (with room for none of them, the pane counts them: "… 11 stretches")
check "a long routine's list is cut and says how to see it all" \
    wait_for '(and [0-9]+ more \(i shows all\)|[0-9]+ stretches \(i shows them\))' 5
check "the bar offers i" on_screen 'i all stretches'
keys i
check "i: the box of every stretch" wait_for '─ Evening Deep Release ─' 5
check "i: its first stretch" on_screen '1\. +Cat-Cow +6 reps'
# Evening Deep Release has 11 stretches (Figure-Four left it beside Pigeon, issue 24)
check "i: its eleventh stretch, the last" on_screen '11\. +Supine Knee Twist'
keys j j j j j j j j j j j j j j j j j j j j
sleep 0.3
check "j past the end: the last stretch stays in sight" on_screen '11\. +Supine Knee Twist'
check "j past the end: the box stays full" on_screen '3\. +Sphinx'
keys x
check "another key closes it" wait_gone '─ Evening Deep Release ─' 5
check "back on the list, nothing started" on_screen '^ All routines'
keys q q
wait_rc 5 >/dev/null
finish
