#!/bin/sh
# remind: waits without waking, offers the break, Enter runs it, s snoozes,
# x skips; skips and snoozes land in history; a signal ends it cleanly.
NAME=remind
. "$SC_ROOT/tests/cli/lib.sh"

hist=$XDG_DATA_HOME/stretchcoach/history.jsonl
mkfifo "$TMP/in"
"$SC_BIN" remind --every 1s --routine desk-break --plain --speed 1000 <"$TMP/in" >"$TMP/out" 2>"$TMP/err" &
pid=$!
exec 3>"$TMP/in"

# wait_for PATTERN SECONDS: poll the output for a line
wait_for() {
	i=0
	while [ $i -lt $(($2 * 10)) ]; do
		[ "$(grep -c "$1" "$TMP/out")" -ge "${3:-1}" ] && return 0
		sleep 0.1
		i=$((i + 1))
	done
	return 1
}

check "it says what it will do" wait_for 'Reminding you every 1 s to take Desk Break' 5
check "the first break is offered" wait_for 'Time for a stretch: Desk Break' 5
echo x >&3
check "x skips this one" wait_for 'Skipped. Next break in 1 s.' 5
check "the next break comes" wait_for 'Time for a stretch' 5 2
echo >&3
check "Enter starts the routine" wait_for 'Routine complete: Desk Break' 10
check "and the next break comes after it" wait_for 'Time for a stretch' 5 3
echo s >&3
check "s snoozes for 10 minutes" wait_for 'Snoozed: back in 10 minutes.' 5

# now it waits 10 minutes: it must not wake meanwhile
t0=$(awk '{print $14 + $15}' "/proc/$pid/stat")
w0=$(awk '/^voluntary_ctxt_switches/ {print $2}' "/proc/$pid/status")
sleep 2
t1=$(awk '{print $14 + $15}' "/proc/$pid/stat")
w1=$(awk '/^voluntary_ctxt_switches/ {print $2}' "/proc/$pid/status")
check "waiting costs no CPU ($((t1 - t0)) ticks in 2 s)" test "$((t1 - t0))" -eq 0
check "waiting does not wake ($((w1 - w0)) wakeups in 2 s)" test "$((w1 - w0))" -le 1

kill -TERM "$pid"
wait "$pid" 2>/dev/null
rc=$?
exec 3>&-
check "SIGTERM ends it the way a shell expects (status $rc)" test "$rc" -eq 143
check "the skip is in history" test "$(grep -c '"event":"reminder-skipped"' "$hist")" -eq 1
check "the snooze is in history" test "$(grep -c '"event":"reminder-snoozed"' "$hist")" -eq 1
check "the session run from the reminder is in history" test "$(grep -c '"routine":"desk-break","started"' "$hist")" -eq 3
"$SC_BIN" history >"$TMP/h" 2>&1
check "history counts the reminders" grep -q 'Reminders    1 skipped, 1 snoozed' "$TMP/h"
"$SC_BIN" history --json >"$TMP/h" 2>&1
check "history --json counts them too" grep -q '"reminders_skipped":[[:space:]]*1' "$TMP/h"

# In a tmux pane, as a person leaves it running: the offer on screen, keys
# typed at it, and Ctrl-C ending it.
sock=sc-$$-remind
tmux -L "$sock" -f /dev/null new-session -d -x 80 -y 24 \
    "trap : INT; env HOME='$HOME' XDG_DATA_HOME='$XDG_DATA_HOME' XDG_CONFIG_HOME='$XDG_CONFIG_HOME' \
    '$SC_BIN' remind --every 1s --no-bell; echo rc=\$? > '$TMP/pane-rc'; sleep 30"
on_pane() {
	i=0
	while [ $i -lt 50 ]; do
		tmux -L "$sock" capture-pane -p | grep -q "$1" && return 0
		sleep 0.1
		i=$((i + 1))
	done
	return 1
}
check "in a pane: the offer appears" on_pane 'Time for a stretch: Desk Break'
tmux -L "$sock" send-keys x Enter
check "in a pane: x then Enter skips" on_pane 'Skipped. Next break in 1 s.'
tmux -L "$sock" send-keys C-c
i=0
while [ ! -s "$TMP/pane-rc" ] && [ $i -lt 50 ]; do sleep 0.1; i=$((i + 1)); done
check "in a pane: Ctrl-C ends it with status 130" grep -q '^rc=130$' "$TMP/pane-rc"
tmux -L "$sock" kill-server 2>/dev/null

run_sc remind --every 5x
check "a bad --every is a usage error" test "$rc" -eq 2
check "it says what --every takes" grep -q -- "--every takes a duration like 45m" "$TMP/err"
finish
