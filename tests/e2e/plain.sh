#!/bin/sh
# plain.sh — stdout not a terminal: the plain front end, never a curses screen.
NAME=plain
. "$(dirname "$0")/lib.sh"

E2E_REDIRECT="> '$tmp/out'" start 80 24 --no-checkin --speed 200 -c "$E2E_CAT" run e2e-flow
rc=$(wait_rc 15)
check "a routine with stdout in a file runs to the end (rc $rc)" [ "$rc" = 0 ]
check "the file holds the coaching as plain lines" grep -q 'Test Short' "$tmp/out"
check "no escape sequence reaches the file" sh -c "! grep -q \"\$(printf '\\033')\" '$tmp/out'"
check "the terminal never left the normal screen" [ "$(tm display -p '#{alternate_on}')" = 0 ]
check "nothing was drawn on the terminal" off_screen 'Test Short|Breathe'
# a terminal curses cannot drive: the plain front end, with a word why
E2E_ENV="TERM=no-such-terminal" E2E_REDIRECT="2> '$tmp/err'" \
    start 80 24 --no-checkin --speed 200 -c "$E2E_CAT" run e2e-flow
rc=$(wait_rc 15)
check "unknown TERM: the routine still runs, plainly (rc $rc)" [ "$rc" = 0 ]
check "unknown TERM: says why, on stderr" grep -q 'no-such-terminal' "$tmp/err"
check "unknown TERM: the coaching is on the screen as lines" on_screen 'Test Hold'
check "unknown TERM: never the alternate screen" [ "$(tm display -p '#{alternate_on}')" = 0 ]
finish
