#!/bin/sh
# build_small.sh — the Build screen at 50x15: the routine's stretches are
# still shown (by name), and ? lists every key, those the bar has no room for.
NAME=build_small
. "$(dirname "$0")/lib.sh"

start 50 15
wait_for 'Morning routines' 5
keys 4
check "Build at 50x15" wait_for 'Build a routine' 5
check "the total" wait_for '^ Total [0-9]+:[0-9][0-9]' 5
check "the stretches by name above the total" on_screen '^ 1\. [A-Z][a-z]+.* 2\. [A-Z]'
check "the bar offers help" on_screen '\? help'
keys '?'
check "? opens the keys" wait_for '─ Keys ─' 5
check "help: m my routines" on_screen 'm +my routines: run, rename or delete'
check "help: r shuffle" on_screen 'r +shuffle: another routine'
check "help: + - minutes" on_screen '\+ - +five minutes more or less'
check "help: q back" on_screen 'q +back to the menu'
keys x
check "any key closes it" wait_gone '─ Keys ─' 5
check "and the key did nothing else" on_screen 'Build a routine'
keys q
wait_for 'Safety notes' 5
keys q
rc=$(wait_rc 5)
check "exit 0" [ "$rc" = 0 ]
finish
