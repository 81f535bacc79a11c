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
finish
