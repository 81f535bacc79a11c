#!/bin/sh
# signals.sh — every terminating signal the program does not ignore (INT,
# TERM, HUP, QUIT, USR1, USR2, ALRM) ends it cleanly at every moment: the
# menu, the first-run safety page, the check-in, a hold, the summary and a
# waiting reminder. The terminal is restored, a session whose hold began is
# logged (and nothing else is), and the shell sees the signal (128 + its
# number). Each signal is a part of its own (tests/run.sh runs them side by
# side; TEST_PART picks one).
# parts: TERM ctrl-c HUP QUIT USR1 USR2 ALRM
NAME=signals
. "$(dirname "$0")/lib.sh"

# status SIG: what a shell reports for a process ended by SIG
status() {
	case $1 in
	HUP) echo 129 ;; INT|ctrl-c) echo 130 ;; QUIT) echo 131 ;; USR1) echo 138 ;;
	USR2) echo 140 ;; ALRM) echo 142 ;; TERM) echo 143 ;;
	esac
}

# deliver HOW: send the signal (ctrl-c types it, as a person does)
deliver() {
	case $1 in
	ctrl-c) keys C-c ;;
	*) kill -s "$1" "$(sc_pid)" ;;
	esac
}

# ends_clean HOW WHERE WANT LOGGED: after the signal, the status, the terminal and the log
ends_clean() {
	how=$1 where=$2 want=$3 logged=$4
	deliver "$how"
	rc=$(wait_rc 5)
	check "$how $where: the shell sees status $want (got $rc)" [ "$rc" = "$want" ]
	check "$how $where: the terminal is restored (normal screen)" [ "$(tm display -p '#{alternate_on}')" = 0 ]
	check "$how $where: the cursor is visible again" [ "$(tm display -p '#{cursor_flag}')" = 1 ]
	check "$how $where: stty -g is what it was before" cmp -s "$tmp/stty.before" "$tmp/stty.after"
	after=$(history_lines | grep -vc '"event"')
	check "$how $where: $logged session(s) logged" [ "$after" -eq $((before + logged)) ]
}

# at MOMENT HOW: start the program, bring it to MOMENT, deliver HOW
at() {
	moment=$1 how=$2
	want=$(status "$how")
	before=$(history_lines | grep -vc '"event"')
	case $moment in
	menu)
		start 80 24 --no-checkin -c "$E2E_CAT" morning
		wait_for 'E2E Morning' 5
		ends_clean "$how" "in a menu" "$want" 0 ;;
	safety)
		rm -f "$tmp/data/stretchcoach/history.jsonl"
		before=0
		E2E_FIRST_RUN=1 start 80 24 --no-checkin -c "$E2E_CAT" run e2e-flow
		wait_for 'Before your first session' 5
		ends_clean "$how" "on the safety page" "$want" 0
		check "$how on the safety page: still a first run after (no history)" \
		    [ ! -s "$tmp/data/stretchcoach/history.jsonl" ] ;;
	checkin)
		start 80 24 -c "$E2E_CAT" run e2e-flow
		wait_for 'Before you start' 5
		ends_clean "$how" "at the check-in" "$want" 0 ;;
	hold)
		start 80 24 --no-checkin -c "$E2E_CAT" run e2e-evening
		wait_for 'Get ready: Test Long Hold' 5
		wait_gone 'Get ready' 15
		check "$how mid-hold: in the alternate screen" [ "$(tm display -p '#{alternate_on}')" = 1 ]
		ends_clean "$how" "mid-hold" "$want" 1
		check "$how mid-hold: the coach is gone from the screen" off_screen 'Test Long Hold'
		check "$how mid-hold: logged as quit" sh -c "tail -n 1 '$tmp/data/stretchcoach/history.jsonl' |
		    grep -q '\"quit\":true'" ;;
	summary)
		start 80 24 --no-checkin --speed 100 -c "$E2E_CAT" run e2e-flow
		wait_for 'Well done' 10
		ends_clean "$how" "on the summary" "$want" 1 ;;
	remind)
		start 80 24 --no-checkin -c "$E2E_CAT" remind --every 1h --routine e2e-flow
		wait_for 'Reminding you every' 5
		ends_clean "$how" "while a reminder waits" "$want" 0 ;;
	esac
}

for how in ${TEST_PART:-$(sed -n 's/^# parts: //p' "$0")}; do
	for moment in menu safety checkin hold summary remind; do
		at "$moment" "$how"
	done
done
finish
