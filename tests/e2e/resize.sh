#!/bin/sh
# resize.sh — the screen re-lays itself at any size and never crashes:
# full at 80x24, compact at 30x10, a note below 20x6, and back.
NAME=resize
. "$(dirname "$0")/lib.sh"

start 80 24 --no-checkin -c "$E2E_CAT" run e2e-evening
check "full layout: big countdown at 80x24" wait_for 'Breathe (in|out)' 10
check "big digits read as a countdown" [ -n "$(bigcount)" ]
check "the illustration at 80x24" on_screen '/   \\__O'

tm resize-window -x 30 -y 10
check "30x10: compact layout with the stretch" wait_for '^ ?Test Long Hold' 5
check "30x10: the countdown as text" wait_for 'Hold +[0-9]+:[0-9][0-9]' 5
check "30x10: the breath cue" on_screen '(In |Out) '
check "30x10: no big digits" [ -z "$(bigcount)" ]
check "30x10: the key hints fit" on_screen 'q quit'

tm resize-window -x 18 -y 5
check "18x5: terminal too small" wait_for 'Terminal too small' 5

tm resize-window -x 40 -y 12
check "40x12: full layout again" wait_for 'Stretch 1 of 2' 5

keys Space
tm resize-window -x 25 -y 7
check "resized while paused: still says paused" wait_for 'PAUSED|Paused' 5
keys Space

tm resize-window -x 80 -y 24
check "back at 80x24: the big countdown returns" wait_for 'Breathe (in|out)' 5
i=0
while [ -z "$(bigcount)" ] && [ $i -lt 30 ]; do sleep 0.1; i=$((i + 1)); done
check "back at 80x24: big digits" [ -n "$(bigcount)" ]
check "back at 80x24: the illustration" on_screen '/   \\__O'

keys q
wait_for 'End this session now' 5
keys y
wait_for 'Session ended early' 5
tm resize-window -x 20 -y 6
check "the summary at 20x6" wait_for 'ended early|Session' 5
keys Enter
rc=$(wait_rc 5)
check "still alive after every resize: exit 0" [ "$rc" = 0 ]

# the menus
start 80 24 --no-checkin -c "$E2E_CAT" morning
wait_for 'E2E Morning' 5
tm resize-window -x 30 -y 10
check "menu at 30x10: compact list" wait_for '^1 E2E Morning +3 min' 5
tm resize-window -x 18 -y 5
check "menu at 18x5: terminal too small" wait_for 'Terminal too small' 5
tm resize-window -x 80 -y 24
check "menu at 80x24 again, with the detail" wait_for 'A short routine for the end-to-end tests' 5
keys q
rc=$(wait_rc 5)
check "menu exits 0" [ "$rc" = 0 ]
finish
