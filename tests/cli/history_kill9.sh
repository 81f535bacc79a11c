#!/bin/sh
# Kill an appending process with SIGKILL at random points, 50 times: every line still parses.
# Uses the histtool helper ($SC_HISTTOOL, default: beside $SC_BIN).
NAME=history_kill9.sh
. "$SC_ROOT/tests/cli/lib.sh"
TOOL=$(history_tool) || exit 1
# everything under one tree: the history in $tmp/data, the config in $tmp/config
tmp=$TMP
XDG_DATA_HOME=$tmp/data XDG_CONFIG_HOME=$tmp/config
file=$tmp/data/stretchcoach/history.jsonl

# Each round waits until the tool has appended something (its start-up is
# slow under ASan on a loaded machine), then kills it after a random pause
# of 0..49 ms from /dev/urandom (sh has no $RANDOM): the kill lands in the
# middle of appending, whatever the machine's speed.
pauses=$(od -An -N100 -tu1 /dev/urandom | tr -s ' ' '\n' | grep . | head -n 50)
before=0
i=0
for p in $pauses; do
	i=$((i + 1))
	"$TOOL" append "$file" 0 "kill-$i" 2>/dev/null &
	pid=$!
	waited=0
	while [ "$(stat -c %s "$file" 2>/dev/null || echo 0)" -le "$before" ] &&
	    [ "$waited" -lt 1000 ] && kill -0 $pid 2>/dev/null; do
		sleep 0.01
		waited=$((waited + 1))
	done
	sleep "0.0$(printf '%02d' $((p % 50)))"
	kill -KILL $pid 2>/dev/null
	wait $pid 2>/dev/null
	size=$(stat -c %s "$file" 2>/dev/null || echo 0)
	if [ "$size" -lt "$before" ]; then
		fail "round $i: the file shrank from $before to $size bytes"
	fi
	before=$size
done
[ "$i" -eq 50 ] && pass "50 kills" || fail "only $i kills"

out=$(timeout 60 "$TOOL" check "$file" 2>&1)
case $out in
"lines "*" bad 0")
	pass "every line parses ($out)" ;;
*)
	fail "check says: $out" ;;
esac
lines=$(echo "$out" | sed -n 's/^lines \([0-9]*\) .*/\1/p')
if [ "${lines:-0}" -gt 0 ]; then
	pass "sessions were logged before each kill"
else
	fail "nothing was logged"
fi
finish
