#!/bin/sh
# keys.sh — the session's key bar keeps "? help" and "q quit" at every width,
# says "space resume" while paused, and `i` shows every step and caution.
NAME=keys
. "$(dirname "$0")/lib.sh"

for size in "80 24" "50 15" "40 12"; do
	set -- $size
	start "$1" "$2" --no-checkin -c "$E2E_CAT" run e2e-flow
	wait_for 'Test Short' 5
	bar=$(screen | grep -E 'q quit' | tail -n 1)
	check "key bar at $1x$2 keeps ? help" sh -c "echo '$bar' | grep -q '? help'"
	check "key bar at $1x$2 keeps q quit" sh -c "echo '$bar' | grep -q 'q quit'"
	check "key bar at $1x$2 fits" [ "${#bar}" -le "$1" ]
	keys Space
	check "paused at $1x$2: the bar says space resume" wait_for 'space resume' 5
	check "paused at $1x$2: no space pause" off_screen 'space pause'
	keys Space
	check "resumed at $1x$2: space pause again" wait_for 'space pause' 5
	keys q y
	wait_for 'Session ended early' 5
	keys Enter
	wait_rc 5 >/dev/null
done

# the full key bar at 80 columns, from the key table, in a hold
start 80 24 --no-checkin -c "$E2E_CAT" run e2e-flow
wait_for 'Test Short' 5
check "80x24: no +/- in the get-ready, where they do nothing" sh -c \
    "tmux -L '$E2E_SOCK' -f /dev/null capture-pane -p | grep 'q quit' | grep -vq '+/-'"
wait_for 'Breathe (in|out)' 10
check "80x24: every key in the bar in a hold" on_screen 'space pause +n skip +b back +h it hurts +\+/- 5 s +i steps +\? help +q quit'
keys '?'
check "help box lists i" wait_for 'every step and caution of this stretch' 5
check "... and + or - in a hold" on_screen 'five seconds more or less on this hold'
keys x
wait_gone 'every step and caution' 5
keys q y
wait_for 'Session ended early' 5
keys Enter
wait_rc 5 >/dev/null

# a stretch of repetitions: + and - do nothing there, so neither the bar nor the help offers them
start 80 24 --no-checkin -c "$E2E_CAT" run e2e-morning
check "Test Arch's reps begin" wait_for 'Rep [0-9]|rep [0-9]' 15
check "80x24 reps: no +/- in the key bar" sh -c \
    "tmux -L '$E2E_SOCK' -f /dev/null capture-pane -p | grep 'q quit' | grep -vq '+/-'"
keys '?'
check "reps: the help box lists i" wait_for 'every step and caution of this stretch' 5
check "reps: the help box lists + or - too (for holds: the ? box lists every key)" on_screen 'five seconds more or less on this hold'
keys x
check "help closes" wait_gone 'every step and caution' 5
keys q y
wait_for 'Session ended early' 5
keys Enter
wait_rc 5 >/dev/null

# `i` at 80x24 on Pigeon (bundled catalogue): step 5 and both cautions
start 80 24 --no-checkin run evening-wind-down
wait_for 'Cat-Cow' 5
keys n
wait_for 'Thread the Needle' 5
keys n
wait_for 'Low Lunge' 5
keys n
wait_for 'Lizard' 5
keys n
check "on to Pigeon" wait_for 'Pigeon' 5
keys i
check "i: step 5" wait_for 'Breathe into the outer hip' 5
check "i: the first caution" on_screen 'in the buttock, not the knee'
check "i: the second caution" on_screen 'Sharp, shooting'
check "i: how to go back" on_screen 'q back'
keys q
check "q closes the steps" wait_gone 'j/k scroll' 5
check "the session goes on" on_screen 'Pigeon'
keys q y
wait_for 'Session ended early' 5
keys Enter
rc=$(wait_rc 5)
check "exit 0" [ "$rc" = 0 ]
finish
