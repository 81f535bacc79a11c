#!/bin/sh
# home_rows.sh — the main menu is one array (src/ui_home.c): the curses menu
# and the plain menu list the same rows, in the same order, and the row the
# time of day highlights comes from it (pinned here: 08:30 and 21:30).
NAME=home_rows
. "$(dirname "$0")/lib.sh"

# the plain menu's rows: "  N. Label" up to the prompt
mkdir -p "$tmp/phome"
: | HOME="$tmp/phome" XDG_CONFIG_HOME="$tmp/phome/c" XDG_DATA_HOME="$tmp/phome/d" \
    "$SC_BIN" --plain --no-checkin -c "$E2E_CAT" >"$tmp/plain" 2>&1
sed -n 's/^  \([0-9][0-9]*\)\. \(.*\)$/\1 \2/p' "$tmp/plain" >"$tmp/plain.rows"
check "the plain menu lists rows" [ -s "$tmp/plain.rows" ]

# the curses menu's rows: " N  Label" above the rule under the list
start 80 24 --no-checkin -c "$E2E_CAT"
wait_for 'Safety notes' 5
screen | sed -n '3,/^ *─/p' | sed -n 's/^ *\([0-9][0-9]*\)  \(.*[^ ]\) *$/\1 \2/p' >"$tmp/curses.rows"
check "the curses menu lists rows" [ -s "$tmp/curses.rows" ]
check "both front ends list the same main-menu rows, in order" cmp -s "$tmp/plain.rows" "$tmp/curses.rows"
if ! cmp -s "$tmp/plain.rows" "$tmp/curses.rows"; then
	diff "$tmp/plain.rows" "$tmp/curses.rows" | sed 's/^/  /'
fi
# as many rows as the array has
n=$(sed -n '/^static const struct home_row rows/,/^};/p' "$SC_ROOT/src/ui_home.c" | grep -c '^	{ N_(')
check "the menu has one row a line of the array ($n)" [ "$(wc -l <"$tmp/curses.rows")" -eq "$n" ]

# the time of day picks the first highlighted row from the same array
E2E_ENV="SC_NOW=08:30"
start 80 24 --no-checkin -c "$E2E_CAT"
wait_for 'Safety notes' 5
check "08:30: the detail is the morning list's" on_screen 'Gentle routines to wake the back up'
E2E_ENV="SC_NOW=21:30"
start 80 24 --no-checkin -c "$E2E_CAT"
wait_for 'Safety notes' 5
check "21:30: the detail is the evening list's" on_screen "Slower routines with longer holds"
E2E_ENV="SC_NOW=14:00"
start 80 24 --no-checkin -c "$E2E_CAT"
wait_for 'Safety notes' 5
check "14:00: the first row" on_screen 'Gentle routines to wake the back up'
finish
