#!/bin/sh
# help_box.sh — the session's ? box lists every key of the one key table the
# bar is drawn from (+/- too, which the bar shows on a timed hold), says
# "j/k scroll" only when it has more than it shows, and the bar at 50x15
# shows no key without its word, nor does the bar of the questions about
# your back.
NAME=help_box
. "$(dirname "$0")/lib.sh"

# a set of reps (no + or - on the bar): the box still lists them
start 80 24 --no-checkin run evening-unwind
wait_for 'Rep [0-9]+ of' 20
keys '?'
check "80x24: the ? box opens" wait_for 'Keys' 5
check "80x24: it lists + or -, five seconds more or less" on_screen '\+ or -  +five seconds more or less'
check "80x24: it lists Ctrl-Z" on_screen 'Ctrl-Z +step away'
check "80x24: all of it shown: no j/k scroll" off_screen 'j/k scroll'
check "80x24: it says how to go back" on_screen 'any key to go back'
keys x
check "80x24: a key closes it" wait_gone 'any key to go back' 5

# 50x15: the box scrolls (and says so); the bar keeps whole keys only
start 50 15 --no-checkin run evening-unwind
check "50x15: the key bar" wait_for '\? help  q quit *$' 20
check "50x15: no key on the bar without its word" off_screen '^ space pause.*  [a-z+?]  '
keys '?'
check "50x15: the ? box, cut, says j/k scroll" wait_for 'j/k scroll +other keys back' 5

# the questions about your back at 50x15 (a first run again): keys go whole, never bare
rm -rf "$tmp/data" "$tmp/config" "$tmp/home"
E2E_FIRST_RUN=1 start 50 15 -c "$E2E_CAT" morning
wait_for 'Before your first session' 5
keys Enter
check "50x15: the first question" wait_for 'Enter choose' 5
keys Down Enter
check "50x15: the second question, with a way back" wait_for '← back' 5
check "50x15: no key on the question bar without its word" off_screen '^ Enter choose.*(  |^ )[^ ]+  '
finish
