#!/bin/sh
# The exit-74 rule (issue 26, item 7): when an action is done but its
# confirmation cannot be written (a full disk), stretchcoach keeps exit 74 and
# says on stderr, once, that the action was done all the same.
NAME=output_done.sh
. "$SC_ROOT/tests/cli/lib.sh"
[ -w /dev/full ] || { pass "no /dev/full here: nothing to test"; finish; }

"$SC_BIN" build --minutes 3 --save kept >/dev/full 2>"$TMP/err" </dev/null
rc=$?
check "build --save >/dev/full: exit 74 (got $rc)" test "$rc" -eq 74
check "build --save >/dev/full: says the output failed" grep -q "cannot write output" "$TMP/err"
check "build --save >/dev/full: says the routine was saved" \
    grep -qx "stretchcoach: the routine was saved all the same as 'kept' (see: stretchcoach routines)" "$TMP/err"
check "build --save >/dev/full: the failure is told once" test "$(grep -c "cannot write output" "$TMP/err")" -eq 1
run_sc routines
check "the routine is saved" grep -q "kept" "$TMP/out"

"$SC_BIN" programme start desk-week >/dev/full 2>"$TMP/err" </dev/null
rc=$?
check "programme start >/dev/full: exit 74 (got $rc)" test "$rc" -eq 74
check "programme start >/dev/full: says it started" grep -q "the programme was started all the same" "$TMP/err"
run_sc programme status
check "the programme runs" grep -q "Desk" "$TMP/out"

"$SC_BIN" programme stop >/dev/full 2>"$TMP/err" </dev/null
rc=$?
check "programme stop >/dev/full: exit 74 (got $rc)" test "$rc" -eq 74
check "programme stop >/dev/full: says it stopped" grep -q "the programme was stopped all the same" "$TMP/err"

# nothing done: no such sentence
"$SC_BIN" programme status >/dev/full 2>"$TMP/err" </dev/null
rc=$?
check "programme status >/dev/full: exit 74 (got $rc)" test "$rc" -eq 74
check "programme status >/dev/full: claims nothing done" sh -c "! grep -q 'all the same' '$TMP/err'"
finish
