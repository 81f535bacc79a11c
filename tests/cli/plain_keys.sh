#!/bin/sh
# plain_keys.sh — plain mode, a line typed during a session that leaves it on
# the same step (no key, Enter alone, p twice): the answer, then where the
# session is (the stretch and the seconds left of the step; not while
# paused), never the step's first line again, which read as the stretch
# starting over.
NAME=plain_keys.sh
. "$SC_ROOT/tests/cli/lib.sh"
mkdir -p "$XDG_DATA_HOME/stretchcoach"
: >"$XDG_DATA_HOME/stretchcoach/history.jsonl"   # not a first run

# Desk Break at --speed 10: Shoulder Rolls' get-ready is 5 s (0.5 s here)
{ sleep 0.2; echo 5; sleep 0.1; echo; sleep 0.6; echo p; sleep 0.2; echo p; sleep 0.3; echo q; } |
    timeout 30 "$SC_BIN" run desk-break --plain --speed 10 --no-checkin >"$TMP/out" 2>&1
check "a line that is no key: the keys" grep -q '^\[0:0[0-9]\] Keys: p pause, n next' "$TMP/out"
check "... then where the session is" grep -q '^\[0:0[0-9]\] Shoulder Rolls: [0-9]* s left of this step\.$' "$TMP/out"
check "the get-ready is said once" test "$(grep -c 'Get ready (5 s)' "$TMP/out")" -eq 1
check "the stretch's steps are said once" test "$(grep -c 'Lift both shoulders toward your ears' "$TMP/out")" -eq 1
check "no key, Enter alone, and p to go on: where the session is, each time" \
    test "$(grep -c 'Shoulder Rolls: [0-9]* s left of this step\.$' "$TMP/out")" -ge 3
check "p to pause: 'Paused' alone, the seconds stand still" \
    sh -c "! grep -A1 'Paused. Type p and Enter' '$TMP/out' | grep -q 'left of this step'"
check "p pauses and p resumes, each said" sh -c "grep -q 'Paused. Type p and Enter to go on.' '$TMP/out' &&
    grep -q 'Resumed\\.' '$TMP/out'"
check "the reps are said once" test "$(grep -c '6 reps of 7 s' "$TMP/out")" -eq 1
finish
