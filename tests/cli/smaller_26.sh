#!/bin/sh
# The smaller faults of issue 26, item 9: remind with a catalogue that has no
# routine is bad data (65, not 2); build --save refuses a bundled routine's id.
NAME=smaller_26.sh
. "$SC_ROOT/tests/cli/lib.sh"

cat >"$TMP/none.json" <<'JSON'
{"schema": 1,
 "stretches": [{"id": "reach", "name": "Reach", "kind": "static", "areas": ["shoulders"],
   "level": "gentle", "position": "standing", "time": ["morning"], "hold": 20,
   "sides": "none", "sets": 1, "steps": ["Reach up."]}],
 "routines": []}
JSON
timeout 10 "$SC_BIN" -c "$TMP/none.json" remind --every 1m >"$TMP/out" 2>"$TMP/err" </dev/null
rc=$?
check "remind, a catalogue with no routine: exit 65 (got $rc)" test "$rc" -eq 65
check "remind, a catalogue with no routine: says so" grep -q "no routine to offer" "$TMP/err"
timeout 10 "$SC_BIN" remind --every 1m --routine nosuch >"$TMP/out" 2>"$TMP/err" </dev/null
rc=$?
check "remind --routine nosuch: still a usage error (got $rc)" test "$rc" -eq 2

run_sc build --minutes 3 --save morning-quick
check "build --save morning-quick (bundled, in a programme): refused with exit 2 (got $rc)" test "$rc" -eq 2
check "build --save of a bundled id: says why" grep -q "'morning-quick' is a bundled routine" "$TMP/err"
check "build --save of a bundled id: nothing saved" test ! -e "$XDG_CONFIG_HOME/stretchcoach/catalogue.json"
run_sc build --minutes 3 --save my-quick
check "build --save my-quick: saved (exit $rc)" test "$rc" -eq 0
run_sc build --minutes 4 --save my-quick
check "build --save my-quick again replaces the user's own (exit $rc)" test "$rc" -eq 0
finish
