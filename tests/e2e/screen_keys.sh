#!/bin/sh
# screen_keys.sh — the keys of the screens outside the session come from one
# table each (src/keymap_screens.c): every key the key bar of the main menu,
# Build and My routines shows is in that screen's ? box too, and the key
# names are the language's (French: Entrée, not Enter).
NAME=screen_keys
. "$(dirname "$0")/lib.sh"

# bar_keys: the keys of the bar on the last row (the first word of each pair), one a line
bar_keys() {
	screen | grep -v '^ *$' | tail -n 1 | sed 's/^ *//; s/   */\n/g' | sed 's/ .*//' | grep -v '^?$'
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
else
	fail "fr_FR.UTF-8 can be made with localedef"
fi
finish
