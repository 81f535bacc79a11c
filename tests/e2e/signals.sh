#!/bin/sh
# signals.sh — SIGTERM, Ctrl-C (SIGINT) and SIGHUP end a session cleanly: the
# terminal is restored, the partial session is logged, and the shell sees
# the signal (143, 130, 129).
NAME=signals
. "$(dirname "$0")/lib.sh"

# one_signal HOW WANT: start a session, deliver the signal HOW, expect status WANT
one_signal() {
	how=$1 want=$2
	before=$(history_lines | wc -l)
	start 80 24 --no-checkin -c "$E2E_CAT" run e2e-evening
	wait_for 'Get ready: Test Long Hold' 5
	check "$how: the session is on screen, in the alternate screen" \
	    [ "$(tm display -p '#{alternate_on}')" = 1 ]
	case $how in
	ctrl-c) keys C-c ;;
	*) kill -s "$how" "$(sc_pid)" ;;
	esac
	rc=$(wait_rc 5)
	check "$how: the shell sees status $want (got $rc)" [ "$rc" = "$want" ]
	check "$how: the terminal is restored (normal screen)" [ "$(tm display -p '#{alternate_on}')" = 0 ]
	check "$how: the cursor is visible again" [ "$(tm display -p '#{cursor_flag}')" = 1 ]
	check "$how: stty -g is what it was before" cmp -s "$tmp/stty.before" "$tmp/stty.after"
	check "$how: the coach is gone from the screen" off_screen 'Test Long Hold'
	after=$(history_lines | wc -l)
	check "$how: the partial session is kept for history" [ "$after" -eq $((before + 1)) ]
	check "$how: logged as quit" sh -c "tail -n 1 '$tmp/data/stretchcoach/history.jsonl' |
	    grep -q '\"quit\":true'"
}

one_signal TERM 143
one_signal ctrl-c 130
one_signal HUP 129

# a signal in a menu: no session, the terminal is restored all the same
menu_signal() {
	how=$1 want=$2
	start 80 24 --no-checkin -c "$E2E_CAT" morning
	wait_for 'E2E Morning' 5
	case $how in
	ctrl-c) keys C-c ;;
	*) kill -s "$how" "$(sc_pid)" ;;
	esac
	rc=$(wait_rc 5)
	check "$how in a menu: status $want (got $rc)" [ "$rc" = "$want" ]
	check "$how in a menu: the terminal is restored" [ "$(tm display -p '#{alternate_on}')" = 0 ]
	check "$how in a menu: the cursor is visible" [ "$(tm display -p '#{cursor_flag}')" = 1 ]
	check "$how in a menu: stty -g is what it was before" cmp -s "$tmp/stty.before" "$tmp/stty.after"
}

menu_signal TERM 143
menu_signal ctrl-c 130
menu_signal HUP 129
finish
