#!/bin/sh
# small.sh — every screen at small sizes: compact at 30x10, a note at 18x5,
# and the check-in, the menu and the session never crash.
NAME=small
. "$(dirname "$0")/lib.sh"

start 18 5 --no-checkin -c "$E2E_CAT" morning
check "menu at 18x5: terminal too small" wait_for 'Terminal too small' 5
keys q
rc=$(wait_rc 5)
check "menu at 18x5: q still quits" [ "$rc" = 0 ]

start 20 6 --no-checkin -c "$E2E_CAT" morning
check "menu at 20x6: compact list" wait_for '^1 E2E Morning' 5

start 30 10 -c "$E2E_CAT" run e2e-flow
check "check-in at 30x10" wait_for 'How does your back' 5
keys 7
check "check-in at 30x10 shows the pick" wait_for '< 7 >' 5
keys Enter
check "session at 30x10: compact" wait_for 'Get ready: Test Short|Test Short' 5
check "session at 30x10: countdown as text" wait_for '(Get ready|Hold) +[0-9]+:[0-9][0-9]' 5
check "session at 30x10: key hints" on_screen 'space pause'
# a session counts once a hold began: quit after that, so the after check-in comes
check "session at 30x10: the hold begins" wait_for 'Hold +[0-9]+:[0-9][0-9]' 15
keys q
check "quit box at 30x10" wait_for 'End this session now' 5
keys y
check "after check-in at 30x10" wait_for 'How does your back' 5
keys s
check "summary at 30x10" wait_for 'Session ended early' 5
keys Enter
rc=$(wait_rc 5)
check "30x10: exit 0" [ "$rc" = 0 ]
check "30x10: the check-in was logged" sh -c "tail -n 1 '$tmp/data/stretchcoach/history.jsonl' |
    grep -q '\"tension_before\":7'"

start 18 5 --no-checkin -c "$E2E_CAT" run e2e-flow
check "session at 18x5: a note, and the countdown" wait_for 'Terminal too small' 5
check "session at 18x5: the countdown under it" wait_for '[0-9]:[0-9][0-9]' 5
keys Space
check "session at 18x5: pause is shown" wait_for 'paused' 5
keys q y
check "session at 18x5: q y ends it (the countdown goes)" wait_gone "[0-9]:[0-9][0-9]" 5
keys Enter
rc=$(wait_rc 5)
check "session at 18x5: exit 0" [ "$rc" = 0 ]
finish
