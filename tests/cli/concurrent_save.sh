#!/bin/sh
# Read-modify-write under a lock: 20 `build --save` at once all keep their routine
# in the user catalogue, whose mode stays what it was; 30 `programme start` at
# once write one start event (issue 26, item 1).
NAME=concurrent_save.sh
. "$SC_ROOT/tests/cli/lib.sh"
cat=$XDG_CONFIG_HOME/stretchcoach/catalogue.json
hist=$XDG_DATA_HOME/stretchcoach/history.jsonl
mkdir -p "$XDG_CONFIG_HOME/stretchcoach"
printf '{"schema": 1, "routines": []}\n' >"$cat"
chmod 0644 "$cat"

i=1
while [ $i -le 20 ]; do
	timeout 120 "$SC_BIN" build --minutes 3 --seed $i --save "c$i" </dev/null >"$TMP/out$i" 2>&1 &
	i=$((i + 1))
done
wait
said=$(cat "$TMP"/out* | grep -c "Saved as")
kept=$(python3 -c 'import json,sys; print(len(json.load(open(sys.argv[1]))["routines"]))' "$cat" 2>&1)
[ "$said" -eq 20 ] && pass "20 saves said Saved" || fail "$said of 20 saves said Saved"
[ "$kept" = 20 ] && pass "all 20 routines kept" || fail "the catalogue keeps $kept of 20 routines"
mode=$(stat -c %a "$cat")
[ "$mode" = 644 ] && pass "the catalogue keeps mode 0644" || fail "the catalogue's mode became $mode"
run_sc routines
for n in c1 c7 c20; do
	grep -q "$n" "$TMP/out" && pass "routines lists $n" || fail "routines does not list $n"
done

i=1
while [ $i -le 30 ]; do
	timeout 120 "$SC_BIN" programme start desk-week </dev/null >/dev/null 2>&1 &
	i=$((i + 1))
done
wait
starts=$(grep -c '"programme-start"' "$hist" 2>/dev/null)
[ "$starts" = 1 ] && pass "30 programme starts at once: one start event" ||
	fail "30 programme starts at once wrote $starts start events"
finish
