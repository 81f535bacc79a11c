#!/bin/sh
# storm.sh — 300 resizes in about 10 s, between 1x1 and 200x60, mid-session:
# no crash (this runs against the ASan build), the compact and "too small"
# layouts where expected, and a normal end afterwards.
NAME=storm
. "$(dirname "$0")/lib.sh"

start 80 24 --no-checkin -c "$E2E_CAT" run e2e-evening
wait_for 'Test Long Hold' 5
i=0
while [ $i -lt 300 ]; do
	# a spread of sizes, the extremes among them
	case $((i % 6)) in
	0) w=1 h=1 ;;
	1) w=200 h=60 ;;
	2) w=$((10 + i % 50)) h=$((4 + i % 20)) ;;
	3) w=30 h=10 ;;
	4) w=$((20 + i % 170)) h=$((6 + i % 50)) ;;
	5) w=19 h=5 ;;
	esac
	tm resize-window -x "$w" -y "$h" 2>/dev/null
	sleep 0.03
	i=$((i + 1))
done
check "the program lived through 300 resizes" kill -0 "$(sc_pid)"
tm resize-window -x 18 -y 5
check "18x5: the 'too small' note" wait_for '[Tt]oo small' 5
tm resize-window -x 30 -y 10
check "30x10: the compact layout, still coaching" wait_for 'Test' 5
check "30x10: no 'too small' note" wait_gone '[Tt]oo small' 5
tm resize-window -x 80 -y 24
check "80x24: the full screen is back" wait_for 'space pause' 5
keys q
check "q still asks before quitting" wait_for 'End this session now\?' 5
keys y
check "and the summary shows" wait_for 'Session ended early' 5
keys Enter
rc=$(wait_rc 10)
check "a normal end after the storm (status $rc)" [ "$rc" = 0 ]
check "stty -g is what it was before" cmp -s "$tmp/stty.before" "$tmp/stty.after"
finish
