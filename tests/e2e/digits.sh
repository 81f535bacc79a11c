#!/bin/sh
# digits.sh — picking by number: at once in a short menu; in a list of ten or
# more the digits typed go to that number (two digits make one), Enter starts.
NAME=digits
. "$(dirname "$0")/lib.sh"

start 80 24
wait_for 'Morning routines' 5
check "main menu: the hint gives its numbers" on_screen 'q quit +\? help +1-7 pick'
keys 3
check "3 opens All routines at once" wait_for '^ All routines' 5
check "a long list: the hint says digits go to a number" on_screen '1-18 go to'
keys 1
sleep 0.3
check "1 goes to item 1 and starts nothing" sh -c "[ \"\$0\" != \"\${0#* 1  Morning Quick Start}\" ]" "$(selected)"
check "still on the list" on_screen '^ All routines'
sleep 2
keys 1 3
sleep 0.3
check "1 then 3 goes to item 13" sh -c "[ \"\$0\" != \"\${0#*13  Neck and Shoulders}\" ]" "$(selected)"
keys 4
sleep 0.3
check "a digit that makes no item starts a new number: 4" sh -c "[ \"\$0\" != \"\${0#* 4  Evening Unwind}\" ]" "$(selected)"
sleep 2
keys 1 5 Enter
check "1 5 Enter starts item 15" wait_for 'Before you start' 5
keys s
check "the session is item 15" wait_for 'Buttocks and Hips with a Ball' 5
keys q
wait_for 'End this session|All routines' 5
on_screen 'End this session' && keys y
finish
