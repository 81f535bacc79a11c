#!/bin/sh
# again.sh — after a session from a menu: Enter goes back to that menu on the
# routine just run, and the next check-in starts on the answers just given.
NAME=again
. "$(dirname "$0")/lib.sh"
# The main menu highlights the Morning list before noon: pin a morning hour.
SC_NOW=08:30
export SC_NOW

start 80 24
wait_for 'Morning routines' 5
keys Enter
wait_for '1  Morning Quick Start' 5
keys Down Enter
wait_for "Before you start" 5
check "before: 5 is highlighted at first" [ "$(selected ' 0 +1 +2')" = "  5 " ]
keys 7 Enter
wait_for 'Get ready' 5
wait_gone 'Get ready' 20
keys q y
check "after: asked" wait_for 'After the routine' 5
keys 3 Enter
check "summary: 7 -> 3" wait_for 'Tension +7 . 3' 5
keys Enter
check "Enter: back to the Morning list" wait_for '1  Morning Quick Start' 5
keys Enter
check "next before: asked" wait_for 'Before you start' 5
check "next before: starts on last time's 7" [ "$(selected ' 0 +1 +2')" = "  7 " ]
keys Escape
wait_for '1  Morning Quick Start' 5
keys q
wait_for 'Morning routines' 5
keys q
rc=$(wait_rc 5)
check "q quits: exit 0" [ "$rc" = 0 ]

# a routine from Build: Enter on its summary comes back to Build, same routine
start 80 24
wait_for 'Morning routines' 5
keys 4
wait_for 'Enter run' 5
screen | grep -E '^ +[0-9]+\. ' > "$tmp/built"
check "Build shows a routine" [ -s "$tmp/built" ]
keys Enter
wait_for 'Before you start' 5
keys s
wait_for 'Get ready' 5
wait_gone 'Get ready' 20
keys q y
wait_for 'After the routine' 5
keys Escape
check "summary of the built routine" wait_for 'Enter (menu|back)' 5
keys Enter
check "Enter: back to Build" wait_for 'Enter run' 5
screen | grep -E '^ +[0-9]+\. ' > "$tmp/again"
check "Build still holds the routine just run" cmp -s "$tmp/built" "$tmp/again"
keys q
check "q: Build back to the main menu" wait_for '4  Build a routine' 5
keys q
rc=$(wait_rc 5)
check "q quits: exit 0" [ "$rc" = 0 ]
finish
