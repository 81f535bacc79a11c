#!/bin/sh
# get_ready.sh — the get-ready line follows the start positions (issue 24):
# someone already on the floor is never told to get down on it, staying put
# is said as staying, and turning over as turning; in English, German and
# Spanish, from the build tree's message catalogues.
NAME=get_ready.sh
. "${SC_ROOT:-.}/tests/cli/lib.sh"
. "$SC_ROOT/tests/locale.sh"
cd "$SC_ROOT" || exit 1
mkdir -p "$XDG_DATA_HOME/stretchcoach"
: > "$XDG_DATA_HOME/stretchcoach/history.jsonl"   # not the first run: no safety page

# ready LANG ROUTINE: "Stretch name|what the get-ready says", a line per stretch
ready() {
	env -u LANGUAGE -u LC_MESSAGES LC_ALL="$1" "$SC_BIN" run "$2" --plain --speed 1000 \
	    --no-checkin </dev/null 2>&1 |
	    sed -n 's/^\[[0-9:]*\] [^:]* [0-9]* [^:]* [0-9]*: \(.*\)$/S|\1/p; s/^\[[0-9:]*\] [^(]* ([0-9]* s): \(.*\)$/R|\1/p' |
	    awk -F'|' '$1 == "S" { name = $2 } $1 == "R" { print name "|" $2 }'
}

ready C evening-wind-down >"$TMP/en"
check "evening-wind-down: Cat-Cow from standing: down onto all fours" grep -qxF "Cat-Cow|get down onto all fours" "$TMP/en"
check "evening-wind-down: Thread the Needle after Cat-Cow: stay on all fours" \
    grep -qxF "Thread the Needle|stay on all fours" "$TMP/en"
check "evening-wind-down: nobody on the floor is told to get down on it" \
    sh -c "! sed 1d '$TMP/en' | grep -q 'down'"
ready C morning-wake-up >"$TMP/en"
check "morning-wake-up: from all fours onto the back is a roll" grep -qxF "Pelvic Tilts|roll onto your back" "$TMP/en"
check "morning-wake-up: on the back to on the back: stay" grep -qxF "Knee-to-Chest|stay on your back" "$TMP/en"

if ! locales_ready "$TMP/locales"; then
	fail "de_DE.UTF-8 and es_ES.UTF-8 can be made with localedef (make deps installs locales)"
	finish
fi
ready de_DE.UTF-8 evening-wind-down >"$TMP/de"
check "German: Thread the Needle after Cat-Cow: bleib im Vierfüßlerstand" \
    grep -q "|bleib im Vierfüßlerstand$" "$TMP/de"
check "German: never \"runter auf den Boden\" once on the floor" sh -c "! sed 1d '$TMP/de' | grep -q 'runter'"
ready es_ES.UTF-8 evening-wind-down >"$TMP/es"
check "Spanish: Thread the Needle after Cat-Cow: sigue a cuatro patas" \
    grep -q "|sigue a cuatro patas$" "$TMP/es"
check "Spanish: never \"al suelo\" once on the floor" sh -c "! sed 1d '$TMP/es' | grep -q 'al suelo'"
finish
