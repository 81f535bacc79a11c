#!/bin/sh
# direct.sh — a hold's ticks are sent without curses' cursor optimiser
# (src/ui_direct.c): between ticks, and after many of them, a resize, a pause
# and the help box, the screen is cell for cell (text and attributes) what a
# full repaint (Ctrl-L) draws from scratch.
NAME=direct
. "$(dirname "$0")/lib.sh"
HOLD="$(cd "$(dirname "$0")/../bench" && pwd)/hold60.json"

# repainted WAIT: Ctrl-L, and after WAIT seconds the screen is $tmp/before.
repainted() {
	keys C-l
	sleep "$1"
	tm capture-pane -p -e > "$tmp/after"
	cmp -s "$tmp/before" "$tmp/after"
}

# same_as_repaint WHAT: pause the countdown, read the screen, repaint it, read again.
same_as_repaint() {
	tm capture-pane -p -e > "$tmp/before"
	if repainted 0.6; then
		pass "$1"
	else
		fail "$1"
		diff "$tmp/before" "$tmp/after" | head -n 12
	fi
}

# between_ticks WHAT: the screen just after a tick, with no key to redraw it,
# against a repaint made before the next tick. A repaint that lands on a tick
# shows a later second, so up to five tries, a few seconds of ticks apart.
between_ticks() {
	n=0
	while [ $n -lt 5 ]; do
		n=$((n + 1))
		sleep 2.5
		tm capture-pane -p -e > "$tmp/tick0"
		i=0
		while [ $i -lt 40 ]; do
			i=$((i + 1))
			sleep 0.05
			tm capture-pane -p -e > "$tmp/before"
			cmp -s "$tmp/tick0" "$tmp/before" || break
		done
		if repainted 0.15; then
			pass "$1"
			return
		fi
	done
	fail "$1"
	diff "$tmp/before" "$tmp/after" | head -n 12
}

start 80 24 --no-checkin -c "$HOLD" run bench-hold
check "the hold starts" wait_for 'Breathe (in|out)' 20
# the ticks alone (a key redraws every cell, which would mend a wrong one)
between_ticks "between ticks the screen is what a repaint draws"
# from a repaint: the step's first frame is curses' own, a whole new screen
sleep 1
keys C-l
# a dozen ticks of the countdown, the breath dots and the bars
sleep 12
keys Space
check "paused" wait_for 'paused|Paused' 3
sleep 0.5
same_as_repaint "after a dozen ticks the screen is what a repaint draws"
keys Space
sleep 4
# a new size clears the screen once: the first tick after it is sent as ticks are
tm pipe-pane -o "cat > $(e2e_quote "$tmp/resize.out")"
tm resize-window -x 120 -y 40
sleep 4
tm pipe-pane
clears=$( { grep -oF "$(printf '\033[J')" "$tmp/resize.out"; grep -oF "$(printf '\033[2J')" "$tmp/resize.out"; } | wc -l)
check "a resize clears the screen once ($clears)" test "$clears" -eq 1
keys Space
check "paused at 120x40" wait_for 'paused|Paused' 3
sleep 0.5
same_as_repaint "after a resize and ticks at 120x40 the screen is what a repaint draws"
keys Space
sleep 3
keys '?'
check "the help box opens" wait_for 'Keys' 3
keys Escape
check "and closes" wait_gone '^ *│.*help' 3
sleep 3
keys Space
check "paused again" wait_for 'paused|Paused' 3
sleep 0.5
same_as_repaint "after the help box and more ticks the screen is what a repaint draws"
keys Space
tm resize-window -x 50 -y 15
sleep 4
keys Space
check "paused at 50x15" wait_for 'paused|Paused|PAUSED' 3
sleep 0.5
same_as_repaint "after ticks in the compact layout (50x15) the screen is what a repaint draws"
keys q
wait_for 'End this session now\?' 5 && keys y
wait_for 'Session ended early' 5 && keys Enter
check "exit 0" test "$(wait_rc 10)" = 0

# the steps box (i) leaves the timer running: the screen goes on around it,
# and the box stays when the next step begins under it
start 80 24 --no-checkin -c "$HOLD" run bench-hold
check "steps box: the get-ready" wait_for 'Get ready' 10
keys i
check "steps box: i opens it" wait_for 'j/k scroll' 3
check "steps box: the hold begins under it" wait_for '^ Hold ' 15
check "steps box: it stays over the new step" on_screen 'j/k scroll'
before=$(screen | grep '^ Progress')
sleep 2.2
after=$(screen | grep '^ Progress')
check "steps box: the bars go on moving beside it" sh -c '[ -n "$1" ] && [ "$1" != "$2" ]' - "$before" "$after"
keys x
check "steps box: a key closes it" wait_gone 'j/k scroll' 3
keys q
wait_for 'End this session now\?' 5 && keys y
wait_for 'Session ended early' 5 && keys Enter
check "steps box: exit 0" test "$(wait_rc 10)" = 0
finish
