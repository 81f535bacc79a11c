#!/bin/sh
# remind through a pipe: waits without waking, offers the break, Enter runs
# it, s snoozes (never longer than the interval), x skips; skips and snoozes
# land in history; working hours hold the offers back; a signal ends it
# cleanly; bad durations, hours and days are usage errors. (The pane, with
# single keys and desktop notifications, is tests/e2e/remind.sh.)
NAME=remind
. "$SC_ROOT/tests/cli/lib.sh"

hist=$XDG_DATA_HOME/stretchcoach/history.jsonl
# no tmux or desktop of the caller's to read time away from
unset TMUX TMUX_PANE DISPLAY WAYLAND_DISPLAY DBUS_SESSION_BUS_ADDRESS
# a long time away never counts here: the offers must come
mkdir -p "$XDG_CONFIG_HOME/stretchcoach"
echo '{"away_counts_after": "24h"}' > "$XDG_CONFIG_HOME/stretchcoach/config.json"
mkfifo "$TMP/in"
"$SC_BIN" remind --every 10s --snooze 1h --routine desk-break --plain --speed 1000 \
    <"$TMP/in" >"$TMP/out" 2>"$TMP/err" &
pid=$!
exec 3>"$TMP/in"

# wait_for PATTERN SECONDS [COUNT]: poll the output for COUNT lines (four
# times a second: the waits are for timers of 10 s, and each look costs a grep)
wait_for() {
	i=0
	while [ $i -lt $(($2 * 4)) ]; do
		[ "$(grep -c "$1" "$TMP/out")" -ge "${3:-1}" ] && return 0
		sleep 0.25
		i=$((i + 1))
	done
	return 1
}

check "it says what it will do" wait_for 'Reminding you every 10 s to take Desk Break' 5
check "it says the next break's time" wait_for '^Next break at [0-9][0-9]:[0-9][0-9] (in 10 s): Desk Break$' 5
check "the first break is offered" wait_for 'Time for a stretch: Desk Break' 15
check "the snooze is never longer than the interval" grep -q 's snoozes 10 s' "$TMP/out"
echo x >&3
check "x skips this one" wait_for 'Skipped. Next break in 10 s.' 5
check "the next break comes" wait_for 'Time for a stretch' 15 2
echo >&3
# no session is logged yet (reminder lines are no session): the first run's
# safety notes come first, and Enter goes on past them
check "the first run's safety notes come first" wait_for 'Press Enter to go on' 10
echo >&3
check "Enter starts the routine" wait_for 'Routine complete: Desk Break' 10
check "and the next break comes after it" wait_for 'Time for a stretch' 15 3
echo s >&3
check "s snoozes" wait_for 'Snoozed: back in 10 s.' 5

# now it waits: it must not wake meanwhile
sleep 0.5
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
check "nothing went to stderr" test ! -s "$TMP/err"
check "the skip is in history" test "$(grep -c '"event":"reminder-skipped"' "$hist")" -eq 1
check "the snooze is in history" test "$(grep -c '"event":"reminder-snoozed"' "$hist")" -eq 1
check "the session run from the reminder is in history" test "$(grep -c '"routine":"desk-break","started"' "$hist")" -eq 3
"$SC_BIN" history >"$TMP/h" 2>&1
check "history counts the reminders" grep -q 'Reminders    1 skipped, 1 snoozed' "$TMP/h"
"$SC_BIN" history --json >"$TMP/h" 2>&1
check "history --json counts them too" grep -q '"reminders_skipped":[[:space:]]*1' "$TMP/h"

# outside the working hours: it sleeps until they begin, and offers nothing
# (the clock pinned at 10:00, so the hours 11-12 are still to come)
from=11
hours="$from-$((from + 1))"
SC_NOW=10:00 "$SC_BIN" remind --every 10s --hours "$hours" --days mon-sun --plain </dev/null >"$TMP/out" 2>"$TMP/err" &
pid=$!
check "outside the hours it says it sleeps until they begin" wait_for "Outside your reminder hours ($from:00-$((from + 1)):00, every day): sleeping until" 5
sleep 0.3
kill -TERM "$pid"
wait "$pid" 2>/dev/null
check "and makes no offer" sh -c "! grep -q 'Time for a stretch' '$TMP/out'"

# The real notify-send with no notification service to reach: it says so
# (and then would wait for ever); the pane says so once, and the offer stays
# in the terminal.
if command -v notify-send >/dev/null 2>&1; then
	mkfifo "$TMP/in2"
	DISPLAY=:99 DBUS_SESSION_BUS_ADDRESS=unix:path=$TMP/no-bus \
	    "$SC_BIN" remind --every 10s --plain <"$TMP/in2" >"$TMP/out" 2>"$TMP/err" &
	pid=$!
	exec 4>"$TMP/in2"
	check "with no notification service the pane says notifications failed" \
	    wait_for '^Desktop notifications failed (.*): offers come to this terminal only\.$' 15
	check "in notify-send's own words, without its log prefix" grep -qE 'failed \((Failed to connect|Could not connect)' "$TMP/out"
	echo x >&4
	check "and the terminal still answers" wait_for 'Skipped. Next break in 10 s.' 5
	kill -TERM "$pid"
	wait "$pid" 2>/dev/null
	exec 4>&-
	# this test's own notify-send only: its environment names this test's missing bus
	# (other tests may run a notify-send of their own at the same time)
	check "no notify-send is left waiting" sh -c '
		for p in /proc/[0-9]*; do
			tr "\0" "\n" <"$p/cmdline" 2>/dev/null | head -1 | grep -q "notify-send\$" || continue
			tr "\0" "\n" <"$p/environ" 2>/dev/null | grep -qxF "DBUS_SESSION_BUS_ADDRESS=unix:path=$1" && exit 1
		done
		exit 0' sh "$TMP/no-bus"
fi

# systemd-logind's word, through a stand-in loginctl that records how it is
# asked: idle for 15 minutes counts as a break; a locked screen gets no offer.
mkdir -p "$TMP/bin" "$TMP/cfg/stretchcoach"
cat > "$TMP/bin/loginctl" <<'EOS'
#!/bin/sh
echo "$*" >> "$LOGINCTL_LOG"
echo "IdleHint=$IDLE"
echo "IdleSinceHint=$(( ($(date +%s) - 900) * 1000000 ))"
echo "LockedHint=$LOCKED"
EOS
chmod +x "$TMP/bin/loginctl"
echo '{}' > "$TMP/cfg/stretchcoach/config.json"
PATH=$TMP/bin:$PATH LOGINCTL_LOG=$TMP/lc.log XDG_SESSION_ID=c7 IDLE=yes LOCKED=no DISPLAY=:99 \
    XDG_CONFIG_HOME=$TMP/cfg "$SC_BIN" remind --every 10s --plain </dev/null >"$TMP/idle" 2>&1 &
p1=$!
PATH=$TMP/bin:$PATH LOGINCTL_LOG=$TMP/lc2.log IDLE=no LOCKED=yes \
    XDG_CONFIG_HOME=$TMP/cfg "$SC_BIN" remind --every 10s --plain </dev/null >"$TMP/locked" 2>&1 &
p2=$!
i=0
while { ! grep -q 'You were away' "$TMP/idle" || ! grep -q 'locked' "$TMP/locked"; } && [ $i -lt 60 ]; do
	sleep 0.25
	i=$((i + 1))
done
kill -TERM "$p1" "$p2"
wait "$p1" "$p2" 2>/dev/null
check "logind is asked about this session" grep -qx 'show-session c7 -p IdleHint -p IdleSinceHint -p LockedHint -p Type' "$TMP/lc.log"
check "or about the caller's own" grep -qx 'show-session auto -p IdleHint -p IdleSinceHint -p LockedHint -p Type' "$TMP/lc2.log"
check "logind idle for 15 min counts as a break" grep -q '^You were away 15 min: that counts as a break\.$' "$TMP/idle"
check "with no offer" sh -c "! grep -q 'Time for a stretch' '$TMP/idle'"
check "a locked screen gets no offer" grep -q '^The screen is locked: no break offered while you are away\.$' "$TMP/locked"
check "none at all" sh -c "! grep -q 'Time for a stretch' '$TMP/locked'"

run_sc remind --every 5x
check "a bad --every is a usage error" test "$rc" -eq 2
check "it says what --every takes" grep -q -- "--every takes a duration from 10s to 24h, like 45m" "$TMP/err"
run_sc remind --every 9s
check "--every under 10 s is a usage error" test "$rc" -eq 2
run_sc remind --every 25h
check "--every over 24 h is a usage error" test "$rc" -eq 2
run_sc remind --snooze 1
check "a bad --snooze is a usage error" grep -q -- "--snooze takes a duration from 10s to 24h" "$TMP/err"
run_sc remind --hours 18-9
check "backward --hours is a usage error" test "$rc" -eq 2
check "it says what --hours takes" grep -q -- "--hours takes hours like 9-18" "$TMP/err"
run_sc remind --days weekdays
check "a bad --days is a usage error" test "$rc" -eq 2
check "it says what --days takes" grep -q -- "--days takes days like mon-fri" "$TMP/err"
run_sc history --days 7
check "history --days still takes a count" test "$rc" -eq 0
run_sc history --days mon-fri
check "and refuses days of the week" grep -q -- "--days takes a whole number" "$TMP/err"
run_sc list --snooze 5m
check "--snooze belongs to remind" grep -q -- "--snooze does not apply to 'list'" "$TMP/err"
finish
