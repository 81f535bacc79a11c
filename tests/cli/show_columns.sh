#!/bin/sh
# show_columns.sh — `show ROUTINE` keeps a space between a long stretch name
# and its amount: the amounts stand in one column past the longest name
# (upper-back-reset has Thoracic Opener on a Rolled Towel, 33 columns).
NAME=show_columns.sh
. "$SC_ROOT/tests/cli/lib.sh"

run_sc show upper-back-reset
check "show: exit 0" [ "$rc" = 0 ]
check "the long name and its amount stay apart" grep -q '^ *6\. Thoracic Opener on a Rolled Towel  *60 s$' "$TMP/out"
check "the amounts stand in one column" sh -c \
    "grep -E '^ +[0-9]+\. ' '$TMP/out' | awk '{ match(\$0, / [0-9]+ (s|reps)/); print RSTART }' | sort -u | wc -l | grep -qx 1"
finish
