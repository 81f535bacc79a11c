#!/bin/sh
# An endless stream of unusable answers (yes | stretchcoach) is not answered for
# ever: after 5 in a row plain mode says so on stderr and exits 65, having
# printed little (issue 26, item 6). Usable answers in between start the count again.
NAME=endless_answers.sh
. "$SC_ROOT/tests/cli/lib.sh"

for args in "" "morning" "run desk-break --plain" "run desk-break --plain --no-checkin"; do
	# shellcheck disable=SC2086
	{ yes | timeout 20 "$SC_BIN" $args 2>"$TMP/err"; echo $? >"$TMP/rc"; } | head -c 1048576 >"$TMP/out"
	rc=$(cat "$TMP/rc") size=$(wc -c <"$TMP/out")
	[ "$rc" = 65 ] && pass "yes | stretchcoach $args: exit 65" || fail "yes | stretchcoach $args: exit $rc"
	[ "$size" -lt 65536 ] && pass "yes | stretchcoach $args: $size bytes out" ||
		fail "yes | stretchcoach $args: $size bytes out"
	grep -q "answers in a row could not be used" "$TMP/err" && pass "yes | stretchcoach $args: says why" ||
		fail "yes | stretchcoach $args: stderr was $(head -c 300 "$TMP/err")"
done
# 4 unusable answers, a usable one, 4 more, then q: no giving up
printf 'x\nx\nx\nx\n1\nq\nx\nx\nx\nx\nq\nq\nq\n' | timeout 20 "$SC_BIN" --plain >"$TMP/out" 2>"$TMP/err"
rc=$?
[ "$rc" = 0 ] && pass "4 unusable answers between usable ones: exit 0" ||
	fail "4 unusable answers between usable ones: exit $rc, $(cat "$TMP/err")"
hist=$XDG_DATA_HOME/stretchcoach/history.jsonl
[ ! -s "$hist" ] && pass "nothing logged" || fail "logged: $(cat "$hist")"
finish
