#!/bin/sh
# home_end.sh — Home and End scroll a page and move a menu's highlight in a
# terminal whose terminfo entry does not know the keys' sequences: inside
# tmux with TERM=xterm-256color, tmux sends ESC [ 1 ~ and ESC [ 4 ~, which
# xterm's entry does not define (src/ui_keys.c binds them). Without that,
# curses reads Esc then 4: "back", then the menu's entry 4.
NAME=home_end
. "$(dirname "$0")/lib.sh"

for size in "80 24" "50 15"; do
	# shellcheck disable=SC2086
	E2E_ENV="TERM=xterm-256color SC_NOW=08:30" E2E_FIRST_RUN=1 start $size -c "$E2E_CAT" morning
	check "$size: the first-run safety page" wait_for 'Before your first session' 5
	keys End
	check "$size: End scrolls the safety page to its end" wait_for '([0-9]+)-([0-9]+) of \2 *$' 5
	check "$size: End stays on the safety page" on_screen 'Before your first session'
	check "$size: End shows the page's last line" on_screen 'a timer and a guide'
	keys Home
	check "$size: Home scrolls back to the top" wait_for ' 1-[0-9]+ of [0-9]+ *$' 5
	check "$size: Home stays on the safety page" on_screen 'Before your first session'
	keys q
	check "$size: q goes on to the routines" wait_for 'E2E Morning' 5
	check "$size: the first routine is highlighted" on_screen 'A short routine for the end-to-end tests'
	keys End
	check "$size: End moves to the last routine" wait_for 'Every kind of step' 5
	check "$size: End stays in the routine list" on_screen 'Morning routines'
	keys Home
	check "$size: Home moves to the first routine" wait_for 'A short routine for the end-to-end tests' 5
	check "$size: Home stays in the routine list" on_screen 'Morning routines'
	check "$size: still running" [ ! -e "$tmp/rc" ]
done
finish
