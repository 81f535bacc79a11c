#!/bin/sh
# suspend.sh — Ctrl-Z suspends with the terminal restored; `fg` (SIGCONT)
# redraws the screen, and the session waits, paused, for the user.
NAME=suspend
. "$(dirname "$0")/lib.sh"

start 80 24 --no-checkin -c "$E2E_CAT" run e2e-evening
check "the session runs" wait_for 'Breathe (in|out)' 10
keys C-z
i=0
while [ "$(ps -o stat= -p "$(sc_pid)" | cut -c1)" != T ] && [ $i -lt 50 ]; do
	sleep 0.1
	i=$((i + 1))
done
check "Ctrl-Z stops the process" [ "$(ps -o stat= -p "$(sc_pid)" | cut -c1)" = T ]
check "with the terminal restored" [ "$(tm display -p '#{alternate_on}')" = 0 ]
check "and the shell has the terminal back" e2e_wait_file "$tmp/pid" 1
fg_job
check "fg redraws the session" wait_for 'Test Long Hold' 5
check "and it is paused" wait_for 'Paused\. Press space to resume\.' 5
a=$(bigcount)
sleep 1.5
check "the countdown waits ($a)" [ -n "$a" ] && [ "$a" = "$(bigcount)" ]
keys Space
check "space resumes" wait_gone 'Paused' 5
keys q
wait_for 'End this session now' 5
keys y
wait_for 'Session ended early' 5
keys Enter
rc=$(wait_rc 5)
check "exit 0 after a suspend" [ "$rc" = 0 ]

# Ctrl-Z in a menu
start 80 24 --no-checkin -c "$E2E_CAT"
wait_for 'Build a routine' 5
keys C-z
i=0
while [ "$(ps -o stat= -p "$(sc_pid)" | cut -c1)" != T ] && [ $i -lt 50 ]; do
	sleep 0.1
	i=$((i + 1))
done
check "Ctrl-Z in a menu stops the process" [ "$(ps -o stat= -p "$(sc_pid)" | cut -c1)" = T ]
fg_job
check "fg redraws the menu" wait_for 'Build a routine' 5
keys q
rc=$(wait_rc 5)
check "menu exits 0 after a suspend" [ "$rc" = 0 ]
finish
