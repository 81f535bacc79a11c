#!/bin/sh
# command_help.sh — every command answers --help and `help CMD` with its own
# usage from the command table; unknown commands and ids suggest the nearest.
NAME=command_help.sh
. "$SC_ROOT/tests/cli/lib.sh"

# the commands, from the table (help --commands), and as the general help lists them
cmds=$("$SC_BIN" help --commands | cut -f1)
listed=$("$SC_BIN" --help | sed -n '/^Commands:/,/^$/p' | grep -E '^  [a-z]' | awk '{ print $1 }')
check "the general help lists at least 15 commands" [ "$(echo "$cmds" | wc -l)" -ge 15 ]
check "the general help lists the commands of the table, in its order" [ "$cmds" = "$listed" ]
check "help --commands: a name, a tab and a line of help on every line" \
    sh -c "\"$SC_BIN\" help --commands | awk -F '\t' 'NF != 2 || \$2 == \"\" { exit 1 }'"
for c in $cmds; do
	run_sc "$c" --help
	a=$(cat "$TMP/out")
	check "$c --help: exit 0" [ "$rc" -eq 0 ]
	check "$c --help: its own usage line" grep -q "^Usage: stretchcoach \[OPTIONS\] $c" "$TMP/out"
	check "$c --help: examples that use it" grep -q "^  stretchcoach $c" "$TMP/out"
	check "$c --help: within 80 columns" sh -c "! awk 'length > 80' '$TMP/out' | grep -q ."
	run_sc help "$c"
	check "help $c: exit 0" [ "$rc" -eq 0 ]
	check "help $c: the same text as $c --help" [ "$(cat "$TMP/out")" = "$a" ]
done
run_sc run --help
check "run --help: its --minutes" grep -q '^  --minutes N ' "$TMP/out"
check "run --help: not the general help" sh -c "! grep -q '^Commands:' '$TMP/out'"
run_sc build --help
check "build --help: every build option" sh -c "for o in minutes time area level without \
    at-desk seed save run; do grep -q \"^  --\$o\" '$TMP/out' || exit 1; done"
run_sc help
check "help alone: the general help" grep -q '^Commands:' "$TMP/out"
check "the general help's keys come from the key table" grep -q 'i steps, ? help, q quit' "$TMP/out"

# did you mean
run_sc help hisotry
check "help of an unknown command: exit 2" [ "$rc" -eq 2 ]
check "help hisotry: did you mean history?" grep -q "unknown command 'hisotry'; did you mean history?" "$TMP/err"
run_sc rnu evening-unwind
check "a mistyped command suggests the right one" grep -q "did you mean run?" "$TMP/err"
run_sc show pigeo
check "show pigeo: exit 2" [ "$rc" -eq 2 ]
check "show pigeo: did you mean pigeon?" grep -q "no stretch or routine 'pigeo'; did you mean pigeon?" "$TMP/err"
run_sc run evening-unwnd
check "run evening-unwnd: did you mean evening-unwind?" grep -q "did you mean evening-unwind?" "$TMP/err"
run_sc show zzzzzz
check "nothing near: the list commands are named" grep -q "see stretchcoach list" "$TMP/err"
[ "$failures" -eq 0 ]
