#!/bin/sh
# list_order.sh — the Morning and Evening lists put that time of day's
# routines before the any-time ones; "suits you" orders within each group,
# so a desk routine that suits never tops the Morning list.
NAME=list_order
. "$SC_ROOT/tests/cli/lib.sh"

cfg=$XDG_CONFIG_HOME/stretchcoach/config.json
mkdir -p "$(dirname "$cfg")" "$XDG_DATA_HOME/stretchcoach"
: > "$XDG_DATA_HOME/stretchcoach/history.jsonl"
printf '{"profile": {"area": "neck-shoulders", "leg": false, "eased_by": "bending-backward"}}' >"$cfg"

# names N: the routines of the main menu's Nth list, one a line, "*" after one that suits
names() {
	printf '%s\nq\nq\n' "$1" | "$SC_BIN" --plain 2>&1 |
	    sed -n 's/^  [0-9]*\. \(.*\) ([0-9][^)]*)\( - suits you\)*$/\1\2/p' | sed 's/ - suits you$/*/'
}
names 1 >"$TMP/morning"
check "Morning: the morning routines first" \
    sh -c "head -n 3 '$TMP/morning' | grep -c '^Morning' | grep -qx 3"
check "... then the any-time ones, those that suit first" \
    sh -c "sed -n 4p '$TMP/morning' | grep -q '\\*\$'"
check "... and none that suits after one that does not, in the any-time group" \
    sh -c "sed -n '4,\$p' '$TMP/morning' | awk '/\\*\$/ { if (other) bad = 1; next } { other = 1 } END { exit bad }'"
names 2 >"$TMP/evening"
check "Evening: the evening routines before the any-time ones" \
    sh -c "grep -n 'Desk Break' '$TMP/evening' | cut -d: -f1 | { read d; grep -n 'Evening Unwind' '$TMP/evening' | cut -d: -f1 | { read e; [ \$e -lt \$d ]; }; }"
finish
