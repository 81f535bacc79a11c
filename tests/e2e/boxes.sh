#!/bin/sh
# boxes.sh — boxes over the session screen at 50x15: the help box (in a hold,
# where it lists every key) says there is more and scrolls to it; the i box
# stops scrolling at its last line.
NAME=boxes
. "$(dirname "$0")/lib.sh"

# the help in a timed hold, where it lists every key (+ and - too)
start 50 15 --no-checkin --speed 2 -c "$E2E_CAT" run e2e-flow
wait_for 'Breathe (in|out)' 10
keys '?'
check "help: the box opens" wait_for 'Keys' 5
check "help: cut at the bottom, it says there is more" on_screen '↓ more'
check "help: its last line is not shown yet" off_screen 'Ctrl-Z'
check "help: the hint says how to scroll" on_screen 'j/k scroll +other keys back'
keys j j j j j j j j j j j j
check "help: j scrolls to the last line" wait_for 'Ctrl-Z +step away' 5
check "help: scrolled, it says more is above" on_screen '↑ more'
check "help: at the end, nothing more below" off_screen '↓ more'
keys k k k k k k k k k k k k
check "help: k scrolls back to the top" wait_for 'space +pause' 5
keys x
wait_gone '─ Keys ─' 5
keys q y
wait_for 'Session ended early' 5
keys Enter
wait_rc 5 >/dev/null

start 50 15 --no-checkin run evening-wind-down
wait_for 'Get ready' 5
keys i
check "i: the steps and cautions" wait_for '1\. +Come onto hands and knees' 5
keys j j j j j j j j j j j j j j j j j j j j
sleep 0.5
check "i: j past the end keeps the box full" sh -c "tmux -L '$E2E_SOCK' capture-pane -p |
    grep -c '│ [0-9!]\.\? ' | awk '{ exit !(\$1 >= 4) }'"
check "i: the last caution stays on the bottom line" on_screen 'means stop and come out slowly'
keys q
wait_gone 'j/k scroll' 5
keys q y
finish
