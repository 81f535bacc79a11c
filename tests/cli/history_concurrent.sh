#!/bin/sh
# Two processes append 500 sessions each at the same moment, then eight append
# 200 each: every line lands, whole.
# Uses the histtool helper ($SC_HISTTOOL, default: beside $SC_BIN).
NAME=history_concurrent.sh
. "$SC_ROOT/tests/cli/lib.sh"
TOOL=$(history_tool) || exit 1
# everything under one tree: the history in $tmp/data, the config in $tmp/config
tmp=$TMP
XDG_DATA_HOME=$tmp/data XDG_CONFIG_HOME=$tmp/config
file=$tmp/data/stretchcoach/history.jsonl

timeout 120 "$TOOL" append "$file" 500 left 2>"$tmp/err1" & p1=$!
timeout 120 "$TOOL" append "$file" 500 right 2>"$tmp/err2" & p2=$!
wait $p1; rc1=$?
wait $p2; rc2=$?
if [ $rc1 -eq 0 ] && [ $rc2 -eq 0 ]; then
	pass "both writers exited 0"
else
	fail "writers exited $rc1 and $rc2: $(cat "$tmp/err1" "$tmp/err2")"
fi

out=$(timeout 60 "$TOOL" check "$file" 2>&1)
if [ "$out" = "lines 1000 valid 1000 blank 0 bad 0" ]; then
	pass "1000 valid lines"
else
	fail "check says: $out"
fi
left=$(grep -c '"routine":"left"' "$file")
right=$(grep -c '"routine":"right"' "$file")
if [ "$left" -eq 500 ] && [ "$right" -eq 500 ]; then
	pass "500 lines from each writer"
else
	fail "left $left, right $right"
fi
mode=$(stat -c %a "$file" 2>/dev/null)
dmode=$(stat -c %a "$tmp/data/stretchcoach" 2>/dev/null)
if [ "$mode" = 600 ] && [ "$dmode" = 700 ]; then
	pass "file 0600 in a 0700 directory"
else
	fail "file mode $mode, directory mode $dmode"
fi
# Eight writers of 200 each, into a fresh file.
file8=$tmp/data8/history.jsonl
pids=
for w in 1 2 3 4 5 6 7 8; do
	timeout 120 "$TOOL" append "$file8" 200 "w$w" 2>"$tmp/err8-$w" &
	pids="$pids $!"
done
rc8=0
for p in $pids; do
	wait "$p" || rc8=1
done
out=$(timeout 60 "$TOOL" check "$file8" 2>&1)
if [ $rc8 -eq 0 ] && [ "$out" = "lines 1600 valid 1600 blank 0 bad 0" ]; then
	pass "8 writers x 200: 1600 valid lines"
else
	fail "8 writers x 200: writers ok=$((1 - rc8)), check says: $out"
fi
each=0
for w in 1 2 3 4 5 6 7 8; do
	[ "$(grep -c "\"routine\":\"w$w\"" "$file8")" -eq 200 ] && each=$((each + 1))
done
if [ "$each" -eq 8 ]; then
	pass "200 lines from each of the 8 writers"
else
	fail "only $each writers have all 200 lines"
fi
finish
