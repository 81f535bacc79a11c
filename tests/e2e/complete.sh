#!/bin/sh
# complete.sh — a whole routine end to end: hold, rest, get ready, switch sides,
# the closing summary, the terminal bell at each cue (and none with --no-bell).
NAME=complete
. "$(dirname "$0")/lib.sh"

# e2e-flow at --speed 5: ready 1 s, Test Short 2 s, rest 2 s, ready 1 s,
# Test Hold left 2 s, switch 1 s, right 2 s.
start 80 24 --no-checkin --speed 5 -c "$E2E_CAT" run e2e-flow
tm pipe-pane -o "cat >> '$tmp/out'"
check "get ready for the first stretch" wait_for 'Get ready: Test Short' 5
check "where to be when there is no equipment" on_screen 'Seated, no equipment'
check "the hold" wait_for 'Breathe (in|out)' 5
check "rest between stretches names what comes next" wait_for 'Up next: Test Hold' 6
check "rest screen" on_screen 'Rest'
check "get ready for the second stretch" wait_for 'Get ready: Test Hold' 6
check "left side" wait_for 'Test Hold +Left side' 6
check "switch sides between the sides" wait_for 'Switch sides' 6
check "switch sides says the right side is next" on_screen 'Next: the right side'
check "right side" wait_for 'Test Hold +Right side' 6
check "the closing summary" wait_for 'Well done . E2E Flow' 8
check "summary: every stretch completed" on_screen 'Completed +2 of 2 stretches: Test Short, Test Hold'
check "summary: nothing skipped" on_screen 'Skipped +none'
check "summary: a preview is not counted toward the streak" on_screen 'preview at 5x speed'
bells=$(tr -cd '\007' < "$tmp/out" | wc -c)
# Test Short's hold, the left hold, switch sides, the right hold, the end
check "the bell rings at each hold, at switch sides and at the end ($bells)" [ "$bells" -ge 5 ]
keys Enter
rc=$(wait_rc 5)
check "a finished routine exits 0" [ "$rc" = 0 ]
check "history has the finished session" sh -c "tail -n 1 '$tmp/data/stretchcoach/history.jsonl' |
    grep -q '\"completed\":\[\"test-short\",\"test-hold\"\].*\"quit\":false'"

# --say: every cue goes to the speech command, its text as the last argument (after --)
printf '#!/bin/sh\nfor a; do last=$a; done\necho "$last" >> "%s/said"\n' "$tmp" > "$tmp/say"
chmod +x "$tmp/say"
rm -f "$tmp/out"
start 80 24 --no-checkin --no-bell --say "$tmp/say" --speed 10 -c "$E2E_CAT" run e2e-flow
tm pipe-pane -o "cat >> '$tmp/out'"
wait_for 'Well done' 10
bells=$(tr -cd '\007' < "$tmp/out" | wc -c)
check "--no-bell: no bell at all ($bells)" [ "$bells" -eq 0 ]
check "--say speaks what comes next" grep -q '^Next: Test Short, ' "$tmp/said"
check "--say speaks switch sides" grep -qx 'Switch sides\.' "$tmp/said"
check "--say speaks the end" grep -q 'Well done' "$tmp/said"
check "the speech command never writes on the screen" off_screen 'said'

keys q
wait_rc 5 >/dev/null

start 80 24 --no-checkin --say "$tmp/no-such-speaker" --speed 2 -c "$E2E_CAT" run e2e-flow
check "a speech command that fails is said plainly" wait_for 'the speech command' 5
check "and the session goes on" on_screen 'Test Short'
keys q y
wait_for 'Session ended early' 5
keys Enter
wait_rc 5 >/dev/null
finish
