#!/bin/sh
# remind in a pane, as a person leaves it running: the next break's time on
# screen, the offer sent to the desktop through notify-send (a recording
# stand-in first on PATH: its command line is the real client's), a Start
# answered on the desktop runs the routine, s and x work without Enter, q
# stops it with the terminal as it was; and time away from the keyboard
# counts as the break (read from tmux: a stand-in answers list-clients as
# if a client were attached, and passes everything else to the real tmux).
NAME=remind
. "$(dirname "$0")/lib.sh"

mkdir -p "$tmp/bin"
cat > "$tmp/bin/notify-send" <<'EOS'
#!/bin/sh
# notify-send stand-in: record the command line, one argument a line, then
# wait for the answer the test writes (as a click on an action would give).
{ for a in "$@"; do printf '%s\n' "$a"; done; echo --; } >> "$NOTIFY_LOG"
while [ ! -s "$NOTIFY_ANSWER" ]; do sleep 0.25; done
answer=$(cat "$NOTIFY_ANSWER")
rm -f "$NOTIFY_ANSWER"
echo "$answer"
EOS
cat > "$tmp/bin/tmux" <<EOS
#!/bin/sh
# tmux stand-in: the clients' last activity from \$TMUX_CLIENTS (epoch seconds)
case "\$1" in
list-clients) cat "\$TMUX_CLIENTS"; exit 0 ;;
esac
exec $(command -v tmux) "\$@"
EOS
chmod +x "$tmp/bin/notify-send" "$tmp/bin/tmux"
date +%s > "$tmp/clients"
# offers N SECONDS: wait until the pane has shown N offers (a look four times
# a second: the offers come 10 s apart, and each look is a capture-pane)
offers() {
	i=0
	while [ "$(screen | grep -c 'Time for a stretch')" -lt "$1" ]; do
		i=$((i + 1))
		[ $i -gt $(($2 * 4)) ] && return 1
		sleep 0.25
	done
	sleep 0.3    # the prompt is up and waiting for a key
}

# no_fake_left: no notify-send stand-in still runs (the terminal's answer closed it)
no_fake_left() {
	! ps -eo args= | grep -q "^/bin/sh $tmp/bin/notify-send"
}

E2E_ENV="PATH=$tmp/bin:$PATH TMUX_CLIENTS=$tmp/clients DISPLAY=:99 NOTIFY_LOG=$tmp/notify.log NOTIFY_ANSWER=$tmp/answer"
start 80 24 remind --every 10s --speed 1000 --no-checkin

check "it says what it will do" wait_for 'Reminding you every 10 s to take Desk Break' 5
check "the next break's clock time is on screen" wait_for '^Next break at [0-9]{2}:[0-9]{2} \(in 10 s\): Desk Break' 5
check "the break is offered in the pane" wait_for 'Time for a stretch: Desk Break' 15
check "with its single keys" on_screen 'Enter starts it, s snoozes 10 s, x skips, q stops'
e2e_wait_file "$tmp/notify.log" 5
check "and sent to the desktop with notify-send --wait" grep -qx -- '--wait' "$tmp/notify.log"
check "titled 'Time for a stretch'" grep -qx 'Time for a stretch' "$tmp/notify.log"
check "its body names the routine" grep -q '^Desk Break, 3 min\. ' "$tmp/notify.log"
check "with a Start action" grep -qx -- '--action=start=Start' "$tmp/notify.log"
check "and Snooze and Skip actions" sh -c "grep -qx -- '--action=snooze=Snooze 10 s' '$tmp/notify.log' &&
    grep -qx -- '--action=skip=Skip' '$tmp/notify.log'"

echo start > "$tmp/answer"
check "Start on the desktop runs the routine in the pane" wait_for 'Well done · Desk Break' 10
keys Enter
check "the pane says the desktop answered" wait_for 'Answered on the desktop: Start' 5
check "the session is in history" sh -c "grep -q '\"routine\":\"desk-break\",\"started\"' '$tmp/data/stretchcoach/history.jsonl'"
check "and the next break is on screen" wait_for '^Next break at [0-9]{2}:[0-9]{2}' 5

check "the next break is offered" offers 2 15
keys s
check "s snoozes, without Enter" wait_for 'Snoozed: back in 10 s\.' 3
check "the desktop's offer was closed when the pane answered" no_fake_left
check "the offer went to the desktop again" test "$(grep -c '^--wait$' "$tmp/notify.log")" -eq 2
check "and the snooze is in history" sh -c "grep -q '\"event\":\"reminder-snoozed\"' '$tmp/data/stretchcoach/history.jsonl'"
check "the next one is offered" offers 3 15
keys x
check "x skips, without Enter" wait_for 'Skipped\. Next break in 10 s\.' 3
check "and the skip is in history" sh -c "grep -q '\"event\":\"reminder-skipped\"' '$tmp/data/stretchcoach/history.jsonl'"
check "and the next" offers 4 15
keys C-z
i=0
while [ "$(ps -o stat= -p "$(sc_pid)" 2>/dev/null | cut -c1)" != T ] && [ $i -lt 50 ]; do sleep 0.1; i=$((i + 1)); done
check "Ctrl-Z at the offer stops it" test "$(ps -o stat= -p "$(sc_pid)" | cut -c1)" = T
fg_job
sleep 0.5
keys x
skips() { [ "$(grep -c '"event":"reminder-skipped"' "$tmp/data/stretchcoach/history.jsonl")" -eq 2 ]; }
i=0
while ! skips && [ $i -lt 50 ]; do sleep 0.1; i=$((i + 1)); done
check "after fg a single key still answers" skips
check "and the next is offered" offers 5 15
keys q
check "q stops reminding (status 0)" test "$(wait_rc 5)" = 0
check "q: it says it stopped" on_screen '^Reminders stopped\.$'
check "the terminal's settings are as they were" cmp -s "$tmp/stty.before" "$tmp/stty.after"
check "no notify-send is left behind" no_fake_left

# Away: the last key in a tmux client 20 minutes ago, and no desktop.
E2E_ENV="PATH=$tmp/bin:$PATH TMUX_CLIENTS=$tmp/clients"
start 80 24 remind --every 10s --no-checkin
check "without a graphical session the pane says so once" wait_for 'No desktop notifications \(no graphical session\)' 5
check "it names tmux as where time away is read" wait_for '^Time away is read from tmux' 5
echo $(($(date +%s) - 1200)) > "$tmp/clients"
check "time away counts as the break" wait_for 'You were away 20 min: that counts as a break\.' 15
check "no offer is made" off_screen 'Time for a stretch'
check "the time away is in history" sh -c "grep -q '\"event\":\"reminder-away\"' '$tmp/data/stretchcoach/history.jsonl'"
check "the next break is on screen" wait_for '^Next break at [0-9]{2}:[0-9]{2}' 3
check "still away at the next one: no second credit, no offer" wait_for 'Still away \(20 min\): no break offered\.' 15
check "still no offer" off_screen 'Time for a stretch'
test "$(grep -c reminder-away "$tmp/data/stretchcoach/history.jsonl")" -eq 1 &&
    pass "the time away is logged once" || fail "the time away is logged once"
keys C-c
check "Ctrl-C ends it (status 130)" test "$(wait_rc 5)" = 130
check "Ctrl-C: the status line gives way to a goodbye" on_screen '^Reminders stopped\.$'
check "Ctrl-C: no ^C is left on the status line" off_screen '\^C'
check "the terminal's settings are as they were after Ctrl-C" cmp -s "$tmp/stty.before" "$tmp/stty.after"
finish
