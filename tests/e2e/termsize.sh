#!/bin/sh
# termsize.sh — a terminal size in LINES/COLUMNS that no terminal has is
# named as the fault (not TERM), and the plain front end takes over.
NAME=termsize
. "$(dirname "$0")/lib.sh"

E2E_ENV="LINES=99999 COLUMNS=99999" start 80 24 --no-checkin -c "$E2E_CAT" morning
check "LINES/COLUMNS are named, not TERM" wait_for 'LINES=99999 COLUMNS=99999 is no terminal size' 10
check "TERM is not blamed" off_screen 'terminal type'
check "the plain menu takes over" wait_for 'Pick a routine' 5
keys q Enter
rc=$(wait_rc 10)
check "q ends it with status 0 (got $rc)" [ "$rc" = 0 ]
finish
