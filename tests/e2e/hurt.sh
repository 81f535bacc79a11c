#!/bin/sh
# hurt.sh — "this hurts": stop the stretch, show the back-off advice, log it.
NAME=hurt
. "$(dirname "$0")/lib.sh"

start 80 24 --no-checkin --speed 2 -c "$E2E_CAT" run e2e-flow
check "the first hold begins" wait_for 'Breathe (in|out)' 8
keys h
check "h stops the stretch and says so" wait_for 'Test Short is marked "hurt"' 5
check "in a box that says to ease off" on_screen 'Ease off'
s1=$(screen)
sleep 1.5
check "the session waits while the advice is up" [ "$s1" = "$(screen)" ]
keys Space
check "a key goes on to the next stretch" wait_for 'Get ready: Test Hold' 5
keys q
wait_for 'End this session now' 5
keys y
check "summary names the stretch that hurt" wait_for 'Hurt +Test Short' 5
keys Enter
rc=$(wait_rc 5)
check "exit 0" [ "$rc" = 0 ]
check "history logs it under hurt" sh -c "tail -n 1 '$tmp/data/stretchcoach/history.jsonl' |
    grep -q '\"hurt\":\[\"test-short\"\]'"

# for a week the menus leave it out, say so, and offer to bring it back
start 80 24 --no-checkin -c "$E2E_CAT" morning
wait_for 'E2E Flow' 5
keys j
check "the menu says the stretch that hurt is left out" wait_for 'Left out for now.*Test Short' 5
check "... and the key that brings it back" wait_for 'u bring back' 2
keys q
wait_rc 5 >/dev/null
finish
