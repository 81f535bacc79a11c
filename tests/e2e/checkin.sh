#!/bin/sh
# checkin.sh — the first-run safety page, and the tension check-ins before and after.
# Run as `run ROUTINE` there is no menu to go back to: their q quits, and says so.
NAME=checkin
. "$(dirname "$0")/lib.sh"

E2E_FIRST_RUN=1 start 80 24 --speed 5 -c "$E2E_CAT" run e2e-flow
check "first run: the safety notes come first" wait_for 'Before your first session' 5
check "first run: hard-wrapped lines are joined and re-wrapped" sh -c "! tmux -L '$E2E_SOCK' capture-pane -p |
    grep -Eq '^ +(of|ice,)\$'"
check "first run, run ROUTINE: Enter continues, q quits" on_screen 'Enter continue +q quit'
keys Enter
check "first run: the questions about your back" wait_for 'About your back' 5
keys Escape
check "before: how does your back feel" wait_for 'How does your back feel right now\?' 5
check "before: the 0-10 scale" on_screen '0 +1 +2 +3 +4 +5 +6 +7 +8 +9 +10'
check "before: 5 is highlighted at first" on_screen 'Enter ok'
keys 6 Enter
check "the session follows" wait_for 'Get ready: Test Short' 5
# a session counts once its first hold has begun
wait_gone 'Get ready: Test Short' 8
keys q
wait_for 'End this session now' 5
keys y
check "after: asked again" wait_for 'After the routine' 5
keys 1 0 Enter
check "then the summary" wait_for 'Session ended early' 5
keys Enter
rc=$(wait_rc 5)
check "exit 0" [ "$rc" = 0 ]
check "tensions 6 and 10 are logged" sh -c "tail -n 1 '$tmp/data/stretchcoach/history.jsonl' |
    grep -q '\"tension_before\":6,\"tension_after\":10'"

start 80 24 --speed 5 -c "$E2E_CAT" run e2e-flow
check "not the first run: straight to the check-in" wait_for 'Before you start' 5
check "run ROUTINE: the check-in's q quits" on_screen 'q quit'
keys '?'
check "... and its help says so" wait_for 'q +quit stretchcoach' 5
keys x
keys s
check "s skips the check-in" wait_for 'Get ready: Test Short' 5
wait_gone 'Get ready: Test Short' 8
keys q y
wait_for 'After the routine' 5
keys Escape
wait_for 'Session ended early' 5
keys Enter
wait_rc 5 >/dev/null
check "skipped check-ins are logged as null" sh -c "tail -n 1 '$tmp/data/stretchcoach/history.jsonl' |
    grep -q '\"tension_before\":null,\"tension_after\":null'"

lines=$(wc -l <"$tmp/data/stretchcoach/history.jsonl")
start 80 24 --speed 5 -c "$E2E_CAT" run e2e-flow
wait_for 'Before you start' 5
keys q
rc=$(wait_rc 5)
check "run ROUTINE: q on the check-in ends the program, exit 0" [ "$rc" = 0 ]
check "... with nothing logged" [ "$(wc -l <"$tmp/data/stretchcoach/history.jsonl")" = "$lines" ]

# a first run again (no history, no answers): a page on the way through the
# questions goes back to them, so its q says back, not quit
rm -f "$tmp/data/stretchcoach/history.jsonl" "$tmp/config/stretchcoach/config.json"
E2E_FIRST_RUN=1 start 80 24 --speed 5 -c "$E2E_CAT" run e2e-flow
wait_for 'Before your first session' 5
keys Enter
wait_for 'About your back \(1 of 4\)' 5
keys Enter
wait_for 'About your back \(2 of 4\)' 5
keys Enter
check "first run: the clinician page after a leg symptom" wait_for 'Please see a clinician' 5
check "... its q goes back, and says so" on_screen 'Enter continue +q back'
keys q
check "... to the question" wait_for 'About your back \(2 of 4\)' 5
keys 2
wait_for 'About your back \(3 of 4\)' 5
keys Escape
wait_for 'How does your back feel' 5
keys q
check "... then the check-in's q ends the program, exit 0" [ "$(wait_rc 5)" = 0 ]
check "... and the answers kept are asked again by the command, not a menu there is not" \
    wait_for "kept. 'stretchcoach profile' asks again" 5

# an operation ticked among the first questions decides this very run: not for
# you yet, as every run after it, and nothing starts or is logged
rm -f "$tmp/data/stretchcoach/history.jsonl" "$tmp/config/stretchcoach/config.json"
E2E_FIRST_RUN=1 start 80 24 --speed 5 run desk-break
wait_for 'Before your first session' 5
keys Enter
wait_for 'About your back \(1 of 4\)' 5
keys 1
wait_for 'About your back \(2 of 4\)' 5
keys 2
wait_for 'About your back \(3 of 4\)' 5
keys 3
wait_for 'About your back \(4 of 4\)' 5
keys 7
check "the operation is ticked" wait_for '7 \[x\] Surgery in the last 3 months' 5
keys Enter
rc=$(wait_rc 5)
check "first run, an operation ticked: the routine does not run (exit $rc)" [ "$rc" = 2 ]
check "... and says why" wait_for 'not for you yet: after an operation' 5
check "... nothing logged" [ ! -s "$tmp/data/stretchcoach/history.jsonl" ]
finish
