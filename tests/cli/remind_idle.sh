#!/bin/sh
# remind's time away, from recording stand-ins first on PATH for tmux,
# loginctl, notify-send and the speech command: each source of idle time is
# named and believed only for what it can see; where nothing can see the user
# every break is offered; locked time counts; an absurd idle time is clamped
# and named; a helper that hangs (ignoring TERM and INT) never holds remind
# up; a failed notify-send is tried again at the next offer, and a
# notification left unanswered is withdrawn while the terminal still answers.
# (Ctrl-C with a hung helper, and Start in a new terminal window, are in
# tests/e2e/remind_desk.sh.)
NAME=remind_idle
. "$SC_ROOT/tests/cli/lib.sh"

# the hung stand-ins sleep this long: a number no other test uses, to look for leftovers
HANG_S=$((100000 + $$))
export HANG_S
unset TMUX TMUX_PANE DISPLAY WAYLAND_DISPLAY DBUS_SESSION_BUS_ADDRESS XDG_SESSION_ID STY
B=$TMP/bin
mkdir -p "$B" "$XDG_CONFIG_HOME/stretchcoach"
echo '{"away_counts_after": "10s"}' > "$XDG_CONFIG_HOME/stretchcoach/config.json"
hist=$XDG_DATA_HOME/stretchcoach/history.jsonl

# tmux: list-clients gives the clients' last activity from $TMUX_ACTIVITY ("hang": never answers)
cat > "$B/tmux" <<'EOS'
#!/bin/sh
echo "$*" >> "$TMP_LOG.tmux"
[ "$TMUX_ACTIVITY" = hang ] && { trap '' TERM INT; sleep "$HANG_S"; }
echo "$TMUX_ACTIVITY"
EOS
# loginctl: the hints from $LC_STATE, a file of lines ("hang": never answers)
cat > "$B/loginctl" <<'EOS'
#!/bin/sh
echo "$*" >> "$TMP_LOG.loginctl"
[ "$(cat "$LC_STATE" 2>/dev/null)" = hang ] && { trap '' TERM INT; sleep "$HANG_S"; }
[ -s "$LC_STATE" ] || exit 1
cat "$LC_STATE"
EOS
# notify-send: fails while $NS_FAIL exists; hangs on "hang"; else answers what $NS_ANSWER holds
cat > "$B/notify-send" <<'EOS'
#!/bin/sh
echo "$*" >> "$TMP_LOG.notify"
if [ -e "$NS_FAIL" ]; then rm -f "$NS_FAIL"; echo "Failed to connect to proxy" >&2; exit 1; fi
[ "$(cat "$NS_ANSWER" 2>/dev/null)" = hang ] && { trap '' TERM INT; sleep "$HANG_S"; }
while [ ! -s "$NS_ANSWER" ]; do sleep 0.1; done
cat "$NS_ANSWER"; rm -f "$NS_ANSWER"
EOS
# the speech command: hangs, ignoring TERM and INT
cat > "$B/hangsay" <<'EOS'
#!/bin/sh
echo "$*" >> "$TMP_LOG.say"
trap '' TERM INT
sleep "$HANG_S"
EOS
chmod +x "$B"/*

# wait_in FILE PATTERN SECONDS [COUNT]: poll FILE for COUNT lines (four
# times a second: the waits are for timers of 10 s, and each look costs a
# grep)
wait_in() {
	i=0
	while [ $i -lt $(($3 * 4)) ]; do
		[ "$(grep -c "$2" "$1" 2>/dev/null)" -ge "${4:-1}" ] && return 0
		sleep 0.25
		i=$((i + 1))
	done
	return 1
}

# remind_bg NAME ENV...: remind --every 10s --snooze 10s in the background,
# its input the fifo $TMP/NAME.in (fd opened by the caller), output $TMP/NAME.out
remind_bg() {
	n=$1
	shift
	mkfifo "$TMP/$n.in"
	env PATH="$B:$PATH" TMP_LOG="$TMP/$n" "$@" "$SC_BIN" remind --every 10s --snooze 10s \
	    --routine desk-break --plain --speed 1000 --no-checkin ${REMIND_EXTRA:-} \
	    <"$TMP/$n.in" >"$TMP/$n.out" 2>&1 &
	echo $! > "$TMP/$n.pid"
}

# gone_within PID SECONDS: the process has ended within that time
gone_within() {
	i=0
	while kill -0 "$1" 2>/dev/null; do
		[ $i -ge $(($2 * 4)) ] && return 1
		sleep 0.25
		i=$((i + 1))
	done
}

now=$(date +%s)
# 1. tmux: the last key in any client, 20 minutes ago
remind_bg tmux TMUX=/tmp/fake,1,0 TMUX_PANE=%1 TMUX_ACTIVITY="$((now - 1200))
$((now - 1500))"
exec 3>"$TMP/tmux.in"
# 2. logind on a desktop session (Type=x11, no DISPLAY needed): idle 15 minutes
echo "IdleHint=yes
IdleSinceHint=$(( (now - 900) * 1000000 ))
LockedHint=no
Type=x11" > "$TMP/lc-desk"
remind_bg desk LC_STATE="$TMP/lc-desk" XDG_SESSION_ID=c9
exec 4>"$TMP/desk.in"
# 3. can't tell: a display without logind or an X server answering
remind_bg none DISPLAY=:9599 LC_STATE="$TMP/lc-none" NS_ANSWER="$TMP/none.ans"
exec 5>"$TMP/none.in"
# 4. a locked screen, unlocked later
printf 'IdleHint=no\nLockedHint=yes\nType=tty\n' > "$TMP/lc-lock"
remind_bg lock LC_STATE="$TMP/lc-lock"
exec 6>"$TMP/lock.in"
# 5. an idle time from 1970
printf 'IdleHint=yes\nIdleSinceHint=1000000\nLockedHint=no\nType=wayland\n' > "$TMP/lc-1970"
remind_bg old LC_STATE="$TMP/lc-1970"
exec 7>"$TMP/old.in"

check "tmux is named as the source" wait_in "$TMP/tmux.out" '^Time away is read from tmux: the last key pressed in any of its clients\.$' 5
check "tmux is asked for its clients' last activity" grep -qx 'list-clients -F #{client_activity}' "$TMP/tmux.tmux"
check "tmux's latest client activity counts" wait_in "$TMP/tmux.out" '^You were away 20 min: that counts as a break\.$' 20
check "logind of a desktop session is named" grep -q '^Time away is read from systemd-logind' "$TMP/desk.out"
check "logind is asked for the session's type too" grep -qx 'show-session c9 -p IdleHint -p IdleSinceHint -p LockedHint -p Type' "$TMP/desk.loginctl"
check "logind idle 15 min counts" wait_in "$TMP/desk.out" '^You were away 15 min: that counts as a break\.$' 5
check "where nothing can see you it says so" grep -qx "Can't tell when you are away here: every break will be offered." "$TMP/none.out"
check "and the break is offered" wait_in "$TMP/none.out" 'Time for a stretch: Desk Break' 5
check "a locked screen: no offer" wait_in "$TMP/lock.out" '^The screen is locked: no break offered while you are away\.$' 5
check "an idle time from 1970 is named and clamped" wait_in "$TMP/old.out" '^systemd-logind gives a time away of more than 24 h, which cannot be right: 24 h is counted\.$' 5
check "and counts as 24 h" grep -q '^You were away 24 h: that counts as a break\.$' "$TMP/old.out"
check "nothing from 1970 in history" sh -c "! grep -q '\"started\":\"1970' '$hist'"
check "locked for a whole interval (10 s or a little more on a loaded machine) counts as a break" wait_in "$TMP/lock.out" '^You have been away [0-9][0-9]* s with the screen locked: that counts as a break\.$' 15
printf 'IdleHint=no\nLockedHint=no\nType=tty\n' > "$TMP/lc-lock"
# the next look finds it unlocked: the locked time was the break, so no offer then
check "after unlocking the next break is a full interval away" wait_in "$TMP/lock.out" '^Next break at' 15 3
check "with no offer at the unlocking" sh -c "! grep -q 'Time for a stretch' '$TMP/lock.out'"
check "the locked time is in history" test "$(grep -c reminder-away "$hist")" -ge 3
for n in tmux desk none lock old; do kill -TERM "$(cat "$TMP/$n.pid")"; done
exec 3>&- 4>&- 5>&- 6>&- 7>&-
for n in tmux desk none lock old; do wait "$(cat "$TMP/$n.pid")" 2>/dev/null; done

# Hung helpers: loginctl, tmux and notify-send never answer and ignore TERM and INT.
echo hang > "$TMP/lc-hang"
remind_bg hlc LC_STATE="$TMP/lc-hang"
exec 3>"$TMP/hlc.in"
remind_bg htm TMUX=/tmp/fake,1,0 TMUX_PANE=%1 TMUX_ACTIVITY=hang
exec 4>"$TMP/htm.in"
echo hang > "$TMP/ns-hang"
remind_bg hns DISPLAY=:9599 NS_ANSWER="$TMP/ns-hang"
exec 5>"$TMP/hns.in"
remind_bg hterm LC_STATE="$TMP/lc-hang"
exec 6>"$TMP/hterm.in"
check "with a hung loginctl the break is still offered" wait_in "$TMP/hlc.out" 'Time for a stretch' 15
check "with a hung tmux too" wait_in "$TMP/htm.out" 'Time for a stretch' 5
check "and with a hung notify-send" wait_in "$TMP/hns.out" 'Time for a stretch' 5
sleep 0.5
echo q >&3
check "q answers at once with a hung loginctl" gone_within "$(cat "$TMP/hlc.pid")" 2
echo q >&4
check "q answers at once with a hung tmux" gone_within "$(cat "$TMP/htm.pid")" 2
echo q >&5
check "q answers at once with a hung notify-send" gone_within "$(cat "$TMP/hns.pid")" 2
# TERM while loginctl hangs: the offer is due, the check is under way
i=0
while ! grep -q 'show-session' "$TMP/hterm.loginctl" 2>/dev/null || [ "$(grep -c show-session "$TMP/hterm.loginctl")" -lt 2 ]; do
	sleep 0.1; i=$((i + 1)); [ $i -gt 150 ] && break
done
kill -TERM "$(cat "$TMP/hterm.pid")"
check "SIGTERM ends it at once while loginctl hangs" gone_within "$(cat "$TMP/hterm.pid")" 2
exec 3>&- 4>&- 5>&- 6>&-
sleep 0.3
check "no hung helper is left running" sh -c "! ps -eo args= | grep -qx 'sleep $HANG_S'"

# The hung speech command, in a routine started from an offer
REMIND_EXTRA="--say hangsay" remind_bg hsay LC_STATE="$TMP/lc-none"
exec 3>"$TMP/hsay.in"
check "an offer comes" wait_in "$TMP/hsay.out" 'Time for a stretch' 15
echo >&3
echo >&3
check "the routine runs to its end" wait_in "$TMP/hsay.out" 'Routine complete' 15
check "and the next break is offered" wait_in "$TMP/hsay.out" 'Time for a stretch' 15 2
echo q >&3
check "q answers with the speech command hung" gone_within "$(cat "$TMP/hsay.pid")" 2
check "the speech command was run" test -s "$TMP/hsay.say"
# a cue still being spoken is left to finish (or to the next deadline): end this one
pkill -x -f "sleep $HANG_S" 2>/dev/null
exec 3>&-

# Notifications recover: the first notify-send fails, the next offer tries again.
: > "$TMP/ns-fail"
remind_bg rec DISPLAY=:9599 NS_FAIL="$TMP/ns-fail" NS_ANSWER="$TMP/rec.ans"
exec 3>"$TMP/rec.in"
check "a failed notify-send is said" wait_in "$TMP/rec.out" '^Desktop notifications failed (Failed to connect to proxy): offers come to this terminal only\.$' 15
echo x >&3
echo skip > "$TMP/rec.ans"
check "the next offer goes to the desktop again" wait_in "$TMP/rec.out" '^Answered on the desktop: Skip\.$' 15
check "notify-send was run for both offers" test "$(wc -l < "$TMP/rec.notify")" -eq 2
check "and it says they work again" grep -q '^Desktop notifications work again\.$' "$TMP/rec.out"
# the third offer's notification gets no answer: withdrawn after the snooze time
check "an unanswered notification is withdrawn" wait_in "$TMP/rec.out" '^No answer on the desktop in 10 s: the notification is withdrawn\.$' 30
echo s >&3
check "and the terminal still answers" wait_in "$TMP/rec.out" '^Snoozed: back in 10 s\.$' 5
kill -TERM "$(cat "$TMP/rec.pid")"
wait "$(cat "$TMP/rec.pid")" 2>/dev/null
exec 3>&-
check "no notify-send is left waiting" sh -c "! ps -eo args= | grep -q '^/bin/sh $B/notify-send'"

# As under the user service: no terminal at all (input /dev/null, output a
# file). The desktop alone answers: Start opens a terminal window; an offer
# no one could answer (notify-send failing) comes again after the snooze.
cat > "$B/x-terminal-emulator" <<'EOS'
#!/bin/sh
echo "$*" >> "$TMP_LOG.term"
EOS
chmod +x "$B/x-terminal-emulator"
echo start > "$TMP/svc.ans"
env PATH="$B:$PATH" TMP_LOG="$TMP/svc" DISPLAY=:9599 NS_ANSWER="$TMP/svc.ans" \
    "$SC_BIN" remind --every 10s --snooze 10s --routine desk-break </dev/null >"$TMP/svc.out" 2>&1 &
svc=$!
check "as a service, Start on the desktop opens a terminal window" \
    wait_in "$TMP/svc.out" '^Opening Desk Break in a new terminal window (x-terminal-emulator)\.$' 15
check "running the routine there" grep -q -- '^-e .*/stretchcoach run desk-break$' "$TMP/svc.term"
: > "$TMP/ns-fail"
env PATH="$B:$PATH" TMP_LOG="$TMP/svc2" DISPLAY=:9599 NS_FAIL="$TMP/ns-fail" NS_ANSWER="$TMP/svc2.ans" \
    "$SC_BIN" remind --every 10s --snooze 10s --routine desk-break </dev/null >"$TMP/svc2.out" 2>&1 &
svc2=$!
check "with no one to answer, the offer comes again after the snooze" \
    wait_in "$TMP/svc2.out" '^No answer: the break is offered again in 10 s\.$' 15
check "and reminding goes on" kill -0 "$svc2"
kill -TERM "$svc" "$svc2"
wait "$svc" "$svc2" 2>/dev/null

# config names the source remind would use here, and the terminal for Start
env PATH="$B:$PATH" TMP_LOG="$TMP/cfg" TMUX=/tmp/fake,1,0 TMUX_ACTIVITY="$now" TERMINAL=myterm \
    "$SC_BIN" config >"$TMP/config.out" 2>&1
check "config names tmux as where time away is read" grep -q '^time away  *Time away is read from tmux' "$TMP/config.out"
check "and the terminal a routine opens in" grep -q '^start terminal  *myterm$' "$TMP/config.out"
env PATH="$B:$PATH" TMP_LOG="$TMP/cfg" DISPLAY=:9599 "$SC_BIN" config >"$TMP/config.out" 2>&1
check "or that it cannot tell" grep -q "^time away  *Can't tell when you are away here" "$TMP/config.out"
check "x-terminal-emulator without TERMINAL" grep -q '^start terminal  *x-terminal-emulator$' "$TMP/config.out"
finish
