#!/bin/sh
# hostile.sh — input and output no person would give, met with a clear line
# and the right status, never a hang: endless stdin (/dev/zero, a long line
# without a newline), FIFOs where files belong, and a full or closed stdout.
NAME=hostile
. "$SC_ROOT/tests/cli/lib.sh"

# ends_within SECS CMD...: run CMD (stdin, stdout as given by the caller), status in $rc;
# false when it had to be killed
ends_within() {
	secs=$1
	shift
	timeout -s KILL "$secs" "$@"
	rc=$?
	[ "$rc" -ne 137 ]
}

# --- endless standard input -----------------------------------------------------
ends_within 60 "$SC_BIN" run desk-break --plain --speed 1000 --no-checkin </dev/zero >"$TMP/out" 2>"$TMP/err"
check "/dev/zero on stdin: a routine runs to its end, status 0 (got $rc)" test "$rc" -eq 0
check "/dev/zero on stdin: the routine completed" grep -q '^Routine complete: Desk Break' "$TMP/out"
ends_within 30 "$SC_BIN" morning --plain </dev/zero >"$TMP/out" 2>"$TMP/err"
check "/dev/zero on stdin: the menu ends, status 0 (got $rc)" test "$rc" -eq 0
head -c 3000000 /dev/zero | tr '\0' 'a' >"$TMP/long"
ends_within 30 "$SC_BIN" morning --plain <"$TMP/long" >"$TMP/out" 2>"$TMP/err"
check "a 3 MB line without a newline: the menu ends, status 0 (got $rc)" test "$rc" -eq 0
ends_within 30 "$SC_BIN" remind --every 10s --plain </dev/zero >"$TMP/out" 2>"$TMP/err"
check "a reminder answered by /dev/zero ends, status 0 (got $rc)" test "$rc" -eq 0

# a signal still ends a session whose stdin never ends (INT and QUIT are
# ignored by a background job of a script, as POSIX has it)
for sig in TERM HUP USR1 ALRM; do
	"$SC_BIN" run desk-break --plain --no-checkin </dev/zero >"$TMP/out" 2>"$TMP/err" &
	pid=$!
	i=0
	until grep -q 'Hold' "$TMP/out" || [ $i -gt 100 ]; do sleep 0.1; i=$((i + 1)); done
	kill -s "$sig" "$pid"
	i=0
	while kill -0 "$pid" 2>/dev/null && [ $i -lt 50 ]; do sleep 0.1; i=$((i + 1)); done
	if kill -0 "$pid" 2>/dev/null; then
		kill -KILL "$pid"
		fail "/dev/zero on stdin: SIG$sig ends the session within 5 s"
	else
		pass "/dev/zero on stdin: SIG$sig ends the session within 5 s"
	fi
	wait "$pid" 2>/dev/null
done
finish
