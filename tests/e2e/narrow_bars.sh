#!/bin/sh
# narrow_bars.sh — at 50x15 in German, Spanish and French, the key bar of
# every screen with a key table (the main menu, a routine list, Build, My
# routines, a page, the check-in) keeps ? with its word and the way back:
# the keys dropped for room are the least needed, and the ? box lists them.
# Runs from the build tree: LANG=C.UTF-8 with LANGUAGE needs no locale made.
NAME=narrow_bars
. "$(dirname "$0")/lib.sh"

# bar_keeps WHAT: the bar (the last row) fits, shows "? word" and "q word"
bar_keeps() {
	bar=$(screen | grep -v '^ *$' | tail -n 1)
	check "$l 50x15 $1: the bar keeps ? and its word ($bar)" \
	    sh -c 'printf "%s\n" "$1" | grep -qE "(^| )\? [^ ]"' - "$bar"
	check "$l 50x15 $1: the bar keeps q and its word ($bar)" \
	    sh -c 'printf "%s\n" "$1" | grep -qE "(^| )q [^ ]"' - "$bar"
	check "$l 50x15 $1: the bar fits" [ "$(printf '%s' "$bar" | wc -m)" -le 50 ]
}

for l in de es fr; do
	E2E_ENV="LANGUAGE=$l"
	start 50 15 -c "$E2E_CAT"
	wait_for '^  1  ' 5
	bar_keeps "main menu"
	keys 1
	wait_for 'E2E Morning' 5
	bar_keeps "routine list"
	keys q
	wait_for '^  4  ' 5
	keys 4
	wait_for '^ +1\. ' 5
	bar_keeps "Build"
	keys s
	sleep 0.3
	keys -l Mine
	keys Enter
	wait_for 'Mine' 5
	keys m
	wait_for '^  Mine ' 5
	bar_keeps "My routines"
	keys q
	wait_for '^ +1\. ' 5
	keys q
	wait_for '^  6  ' 5
	keys 6
	wait_for ' 1-[0-9]+ [^ ]+ [0-9]+ *$' 5
	bar_keeps "safety page"
	keys q
	wait_for '^  1  ' 5
	keys q
	wait_rc 5 >/dev/null || true

	start 50 15 -c "$E2E_CAT" run e2e-flow
	wait_for '9  10' 5
	bar_keeps "check-in"
	keys q
	wait_rc 5 >/dev/null || true
done
finish
