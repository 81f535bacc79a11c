#!/bin/sh
# nocolor.sh — colours used sparingly; NO_COLOR and --no-color give a clean
# monochrome screen (bold and reverse still mark what matters).
NAME=nocolor
. "$(dirname "$0")/lib.sh"

# an SGR sequence that sets a foreground colour (30-37, 38;5;N, 90-97)
COLOR_SGR='\[([0-9]+;)*(3[0-8]|9[0-7])(;[0-9]+)*m'

has_color() {
	screen_escapes | grep -Eq "$COLOR_SGR"
}

no_color() {
	! has_color
}

start 80 24 --no-checkin --speed 2 -c "$E2E_CAT" morning
wait_for 'E2E Morning' 5
check "colour by default: the menu uses some" has_color
keys Enter
wait_for 'Breathe (in|out)' 10
check "colour by default: the session screen uses some" has_color

E2E_ENV="NO_COLOR=1" start 80 24 --no-checkin --speed 2 -c "$E2E_CAT" morning
wait_for 'E2E Morning' 5
check "NO_COLOR: a monochrome menu" no_color
check "NO_COLOR: the highlighted row is still marked (reverse)" sh -c "tmux -L '$E2E_SOCK' capture-pane -p -e |
    grep -q 'E2E Morning' && tmux -L '$E2E_SOCK' capture-pane -p -e | grep -Eq '\\[([0-9]+;)*7m'"
keys Enter
wait_for 'Breathe (in|out)' 10
check "NO_COLOR: a monochrome session screen" no_color
keys '?'
wait_for 'pause or resume' 5
check "NO_COLOR: a monochrome help box" no_color
keys x q
wait_for 'End this session now' 5
keys y
wait_for 'Session ended early' 5
check "NO_COLOR: a monochrome summary" no_color

start 80 24 --no-checkin --no-color --speed 2 -c "$E2E_CAT" morning
wait_for 'E2E Morning' 5
keys Enter
wait_for 'Breathe (in|out)' 10
check "--no-color: a monochrome session screen" no_color
finish
