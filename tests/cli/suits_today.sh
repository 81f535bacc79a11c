#!/bin/sh
# suits_today.sh — the menus' "suits you" mark judges what runs for the
# person today (after conditions, the kneel and floor settings), not the
# routine as written: with "floor": false, Morning Full Mobility swaps Sphinx
# for the Standing Back Bend and no longer leans forward, so a back eased by
# bending forward is not told it suits; with the floor, it is.
NAME=suits_today.sh
. "${SC_ROOT:-.}/tests/cli/lib.sh"
cd "$SC_ROOT" || exit 1
mkdir -p "$XDG_DATA_HOME/stretchcoach" "$XDG_CONFIG_HOME/stretchcoach"
: > "$XDG_DATA_HOME/stretchcoach/history.jsonl"   # not the first run: no safety page
cfg=$XDG_CONFIG_HOME/stretchcoach/config.json
profile='"profile": {"area": "lower-back", "leg": false, "eased_by": "bending-forward"}'

printf '{%s}\n' "$profile" >"$cfg"
run_sc morning --plain
check "with the floor: Morning Full Mobility suits a back eased by bending forward" \
    grep -q '^  [0-9]*\. Morning Full Mobility (.*) - suits you$' "$TMP/out"

printf '{"floor": false, %s}\n' "$profile" >"$cfg"
run_sc morning --plain
check "without the floor: it runs with a back bend, and is not marked as suiting" sh -c "
    grep -q '^  [0-9]*\. Morning Full Mobility (' '$TMP/out' &&
    ! grep -q '^  [0-9]*\. Morning Full Mobility (.*) - suits you$' '$TMP/out'"
check "... and the ones that still suit come first" sh -c "
    grep '^  [0-9]*\. ' '$TMP/out' | sed -n 1p | grep -q ' - suits you$'"
finish
