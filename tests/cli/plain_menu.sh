#!/bin/sh
# plain_menu.sh — the plain front end's menu: History prints the report, the
# safety page and the check-in go back with nothing logged (run ROUTINE's
# quits), the summary shows the check-ins and offers the menu again.
NAME=plain_menu.sh
. "$SC_ROOT/tests/cli/lib.sh"
cat=$SC_ROOT/tests/e2e/data/catalogue.json
hist=$XDG_DATA_HOME/stretchcoach/history.jsonl
sc() { printf "$1" | timeout 60 "$SC_BIN" --plain --speed 100 -c "$cat" >"$TMP/out" 2>"$TMP/err"; rc=$?; }

# History from the main menu, with no sessions yet
sc '5\nq\n'
check "History: exit 0" [ "$rc" -eq 0 ]
check "History: its title" grep -q '^History$' "$TMP/out"
check "History: no sessions yet" grep -q '^No sessions yet' "$TMP/out"
check "History: back to the main menu" [ "$(grep -c '^Choose \[1-7, q to quit\]' "$TMP/out")" -eq 2 ]

# first run: the safety page goes back with q (check-ins need a terminal:
# tests/e2e/back.sh drives those)
sc '1\n1\nq\nq\nq\n'
check "safety page: asks Enter or q" grep -q 'Press Enter to go on, or q and Enter to go back' "$TMP/out"
check "safety page: q goes back to the routines" [ "$(grep -c '^Pick a routine' "$TMP/out")" -eq 2 ]
check "a routine menu's q goes back" grep -q 'Pick a routine \[1-2, q to go back\]' "$TMP/out"
check "back: exit 0" [ "$rc" -eq 0 ]
check "nothing logged before the first hold" [ ! -s "$hist" ]

# run ROUTINE has no menu to go back to: the safety page's q quits, and says so
printf 'q\n' | timeout 60 "$SC_BIN" --plain --speed 100 -c "$cat" run e2e-flow >"$TMP/out" 2>"$TMP/err"
rc=$?
check "run ROUTINE: the safety page asks Enter or q to quit" \
    grep -q 'Press Enter to go on, or q and Enter to quit' "$TMP/out"
check "run ROUTINE: q ends it, exit 0, no session" sh -c "[ $rc -eq 0 ] && ! grep -q 'Stretch 1 of' '$TMP/out'"
check "run ROUTINE: nothing logged" [ ! -s "$hist" ]

# a whole session, then Enter on the summary: the routines menu again (the
# answers after the session wait until it is over, as a person would)
{ printf '1\n2\n\n'; sleep 3; printf '\nq\nq\n'; } |
    timeout 60 "$SC_BIN" --plain --speed 100 -c "$cat" >"$TMP/out" 2>"$TMP/err"
rc=$?
check "session: exit 0" [ "$rc" -eq 0 ]
check "session: the summary" grep -q '^Routine complete: E2E Flow' "$TMP/out"
check "summary: Enter for the menu" grep -q 'Press Enter for the menu, or q and Enter to quit' "$TMP/out"
check "summary: then the routines menu again" [ "$(grep -c '^Pick a routine' "$TMP/out")" -eq 2 ]
check "one session logged" [ "$(wc -l < "$hist")" -eq 1 ]

# History now has it
sc '5\nq\n'
check "History: the report" grep -q '^History, 84 days' "$TMP/out"
check "History: the same report as the history command" sh -c \
    "'$SC_BIN' history > '$TMP/cmd' && grep -qF \"\$(sed -n 2p '$TMP/cmd')\" '$TMP/out'"
[ "$failures" -eq 0 ]
