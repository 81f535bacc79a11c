#!/bin/sh
# layout.sh — what fits where: list and routines at 80 columns (the areas
# wrap, rows are never cut), the whole of Pigeon on the session screen at
# 80x24 and its steps at 60x20, a divider and whole rows in a wide menu.
NAME=layout
. "$(dirname "$0")/lib.sh"

for cmd in list routines; do
	start 80 50 "$cmd"
	wait_rc 5 >/dev/null
	check "$cmd at 80 columns: no line is wrapped by the terminal" sh -c "
	    tmux -L '$E2E_SOCK' capture-pane -p -J | awk 'length > 80 { bad = 1 } END { exit bad }'"
done
start 80 50 list
wait_rc 5 >/dev/null
check "list at 80: every stretch starts its own row" sh -c "
    [ \$('$SC_BIN' list --json | grep -c '\"id\"') -eq \$(tmux -L '$E2E_SOCK' capture-pane -p -S - |
    grep -cE '^[a-z0-9-]+ +[A-Z]') ]"
check "list at 80: name beside the id" sh -c "tmux -L '$E2E_SOCK' capture-pane -p -S - |
    grep -q '^pigeon  *Pigeon Pose'"
check "list at 80: kind, level, where, amount and areas below it" sh -c "tmux -L '$E2E_SOCK' \
    capture-pane -p -S - | grep -A1 '^pigeon ' | grep -q '^    static, [a-z]*, floor, .*: .*hips'"
start 80 24 routines
wait_rc 5 >/dev/null
check "routines at 80: the areas go under their row" on_screen '^    (neck|shoulders|lower-back|hips)[a-z, -]*$'
start 160 24 routines
wait_rc 5 >/dev/null
check "routines at 160: the areas stay in their column" on_screen \
    '^morning-quick +Morning Quick Start +morning +[0-9]+ min +[0-9]+ +[a-z-]+, [a-z, -]+$'

# the stretch at 80x24: its picture, the first steps under it, both cautions,
# and i for every step (a floor stretch is hard to picture from words alone)
long=$E2E_DIR/data/long.json
start 80 24 --no-checkin -c "$long" run long-text
wait_for 'Short First' 5
keys n
check "80x24: Pigeon" wait_for 'Get ready: Pigeon' 5
check "80x24: the picture above the steps" sh -c "[ \"\$(tmux -L '$E2E_SOCK' capture-pane -p |
    grep -n '^ 1\\. From hands and knees' | cut -d: -f1)\" -ge 8 ]"
check "80x24: the first caution" on_screen '! The stretch belongs in the'
check "80x24: the second caution" on_screen '! Sharp, shooting or spreading'
check "80x24: i for the rest" on_screen 'i: every step'
keys i
check "80x24: i shows step 5" wait_for '5\. +Breathe into the outer hip' 5
keys q
wait_gone 'j/k scroll' 5
keys q y
wait_for 'Session ended early' 5
keys q
wait_rc 5 >/dev/null

# at 60x20 the steps appear, and say how to read the rest
start 60 20 --no-checkin -c "$long" run long-text
wait_for 'Short First' 5
keys n
check "60x20: Pigeon" wait_for 'Get ready: Pigeon' 5
check "60x20: its first step" on_screen '1\. From hands and knees'
check "60x20: i for the rest" on_screen 'i: every step'
keys q y
wait_for 'Session ended early' 5
keys q
wait_rc 5 >/dev/null

# a wide menu: a divider before the preview, rows not cut
start 120 40 --no-checkin -c "$E2E_CAT" morning
wait_for 'E2E Morning' 5
check "120x40: a divider between the list and the preview" on_screen '│ A short routine'
check "120x40: no row cut" off_screen 'stretches .*…'
check "120x40: no dose cut in the preview" off_screen 'se…'
keys q
wait_rc 5 >/dev/null
finish
