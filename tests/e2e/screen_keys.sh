#!/bin/sh
# screen_keys.sh — the keys of the screens outside the session come from one
# table each (src/keymap_screens.c): every key the key bar of the main menu,
# Build, My routines, a page, the check-in and the summary shows is in that
# screen's ? box too, and the key names are the language's (French: Entrée,
# not Enter), in the questions' bar too.
NAME=screen_keys
. "$(dirname "$0")/lib.sh"

# bar_keys: the keys of the bar on the last row (the first word of each pair), one a line
bar_keys() {
	screen | grep -v '^ *$' | tail -n 1 | sed 's/^ *//; s/  *[0-9]*-[0-9]* of [0-9]* *$//' |
	    sed 's/   */\n/g' | sed 's/ .*//' | grep -v '^?$'
}

# same_keys WHAT: each key of the bar is listed at the start of a line of the open ? box
same_keys() {
	bar_keys >"$tmp/bar"
	keys '?'
	wait_for 'any key to go back' 5
	check "$1: the bar shows keys" [ -s "$tmp/bar" ]
	while read -r k; do
		check "$1: bar key '$k' is in the ? box" on_screen "│ $k  "
	done <"$tmp/bar"
	keys x
	wait_gone 'any key to go back' 5
}

start 120 40 --no-checkin -c "$E2E_CAT"
wait_for 'Safety notes' 5
same_keys "main menu"
keys 1
wait_for '^ *Morning routines *$' 5
same_keys "routine list"
keys q 4
wait_for 'Minutes' 5
check "Build's bar has the shuffle key (120 columns)" on_screen 'r shuffle'
same_keys "Build"
keys s
wait_for 'Name:' 5
keys -l Mine
keys Enter
wait_for 'Saved' 5
keys m
wait_for '^ *My routines *$' 5
same_keys "My routines"
keys q q
wait_for 'Safety notes' 5
keys 6
wait_for '[0-9]+-[0-9]+ of [0-9]+' 5
check "the safety page scrolls: its bar offers the arrows" on_screen '↑↓ scroll'
same_keys "safety page"
keys End
check "End goes to the page's end" wait_for '[0-9]+-([0-9]+) of \1 *$' 5
keys Home
check "Home goes back to its top" wait_for ' 1-[0-9]+ of [0-9]+ *$' 5
keys Escape
check "Esc leaves the page" wait_for 'Build a routine' 5

start 120 40 -c "$E2E_CAT" run e2e-flow
wait_for 'Before you start' 5
same_keys "check-in"
keys Enter
wait_for 'Test Short' 5
keys q y
# quit before a stretch began: no check-in after, the summary at once
wait_for 'Enter close' 5
same_keys "summary"
keys q
check "q closes the summary of run ID" wait_rc 5

# French: the key names in the bar are French
. "$(dirname "$0")/../locale.sh"
if locales_ready "$tmp/locales"; then
	E2E_ENV="LC_ALL=fr_FR.UTF-8${LOCPATH:+ LOCPATH=$LOCPATH}"
	start 80 24 --no-checkin -c "$E2E_CAT"
	wait_for 'Consignes de sécurité' 5
	check "French menu bar: Entrée" on_screen 'Entrée choisir'
	check "French menu bar: no English Enter" off_screen 'Enter '
	keys 4
	wait_for 'Composer une routine' 5
	check "French Build bar: Entrée" on_screen 'Entrée lancer'
	keys s
	wait_for 'Nom' 5
	check "French name line: Échap" on_screen 'Échap annuler'
	keys Escape q 6
	check "French page bar: Entrée is not there, q and ? are" wait_for 'q retour  \? aide' 5
	rm -f "$tmp/data/stretchcoach/history.jsonl"
	E2E_FIRST_RUN=1 start 80 24 -c "$E2E_CAT"
	check "French first-run page: Entrée continuer" wait_for 'Entrée continuer' 5
	check "French first-run page: no English Enter" off_screen 'Enter '
	keys Enter
	check "French questions: Entrée and Échap" wait_for 'Entrée choisir  Échap quitter' 5
	check "French questions: no English Enter or Esc" off_screen 'Enter |Esc '
	keys Escape
	wait_for 'Consignes de sécurité' 5
	keys 1 Enter
	check "French check-in: Entrée ok" wait_for 'Entrée ok' 5
	check "French check-in: no English Enter" off_screen 'Enter '
else
	fail "fr_FR.UTF-8 can be made with localedef"
fi
finish
