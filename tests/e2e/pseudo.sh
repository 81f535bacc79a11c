#!/bin/sh
# pseudo.sh — the pseudo-locale check of the screens, at 80x24 and 50x15:
# the main menu, a routine menu, Build and its help, History, the profile
# questions, a session's get-ready, counted stretches (its help box) and rest, the quit
# box and the summary, with every message pseudo-translated (tests/pseudo.sh:
# accented, marked ⟦…~⟧, 40 % longer) and the catalogue accented. A screen
# fails on an ASCII word (English that escaped _(); tests/pseudo.allow lists
# ids and key names), on a message that runs off the screen's edge without an
# ellipsis, and, in a session, on a key bar that lost one of its keys.
NAME=pseudo
. "$(dirname "$0")/lib.sh"
. "$(dirname "$0")/../locale.sh"
. "$(dirname "$0")/../pseudo.sh"

if ! pseudo_ready "$tmp/pseudo"; then
	fail "the pseudo-locale can be made (msgen, msgfmt, python3, localedef: make deps)"
	finish
fi
# the clock pinned to a morning: the menu offers the morning routines first
# (2026-12-07 08:30 UTC, the day after the history below)
E2E_ENV="$PSEUDO_ENV${LOCPATH:+ LOCPATH=$LOCPATH} SC_NOW=@1796632200"

# look WHAT: the screen now, checked; FAIL with what was found
look() {
	screen >"$tmp/screen"
	if pseudo_check "$size $1" "$tmp/screen" "$cols" >"$tmp/found"; then
		pass "$size $1: no English, nothing cut"
	else
		fail "$size $1: $(wc -l <"$tmp/found") findings"
		cat "$tmp/found"
	fi
}

# keybar WHAT KEYS...: the screen's last line shows each key (as a word of its own);
# a key that does not fit is dropped whole, the least needed first (the ? box
# lists them all)
keybar() {
	what=$1
	shift
	bar=$(screen | sed '/^ *$/d' | tail -n 1)
	lost=
	for k in "$@"; do
		case " $bar " in
		*" $k "*) ;;
		*) lost="$lost $k" ;;
		esac
	done
	check "$size $what: the key bar keeps every key (lost:${lost:- none})" test -z "$lost"
}

# a week of history, one stretch marked hurt yesterday
history_seed() {
	mkdir -p "$tmp/data/stretchcoach"
	cat >"$tmp/data/stretchcoach/history.jsonl" <<'EOF'
{"v":1,"routine":"morning-wake-up","started":"2026-12-05T07:10:00+00:00","ended":"2026-12-05T07:17:00+00:00","planned_s":420,"active_s":415,"completed":["cat-cow","knee-to-chest"],"skipped":[],"hurt":[],"quit":false,"speed":1,"tension_before":6,"tension_after":3}
{"v":1,"routine":"evening-unwind","started":"2026-12-06T20:40:00+00:00","ended":"2026-12-06T20:45:00+00:00","planned_s":300,"active_s":290,"completed":["cat-cow"],"skipped":["childs-pose","pigeon"],"hurt":["knee-to-chest"],"quit":true,"speed":1}
EOF
}

# see WHAT PATTERN: wait for the screen to show PATTERN, then look at it
see() {
	if wait_for "$2" 8; then
		sleep 0.3
		look "$1"
	else
		fail "$size $1 shows ('$2')"
	fi
}

walk() {
	cols=$1 rows=$2 size=$1x$2
	history_seed
	start "$cols" "$rows" --no-checkin
	# yesterday's session: the next-day check comes first, once
	if wait_for 'Ţĥé ñéẋţ-ðáý' 3; then
		sleep 0.3
		look "the next-day check"
		keys Escape
	fi
	see "main menu" 'Ɓûíļð á ŕöûţíñé'
	keys 1
	see "a routine menu" 'Ṁöŕñíñĝ Ǫûíçķ'
	keys q
	wait_for 'Ɓûíļð á ŕöûţíñé' 5
	keys 4
	see "Build" 'Ţíɱé öƒ ðáý'
	keys '?'
	see "Build's help" 'Ķéýš'
	keys Escape
	wait_gone 'Ķéýš' 5
	keys q
	wait_for 'Ɓûíļð á ŕöûţíñé' 5
	keys 5
	see "History" 'Ţöţáļ|Ɓŕéáţĥé|ðáýš|Ɓûíļð'
	keys q
	wait_for 'Ɓûíļð á ŕöûţíñé' 5
	keys q
	wait_rc 5 >/dev/null

	start "$cols" "$rows" profile
	see "the profile questions" 'Áƀöûţ ýöûŕ ƀáçķ'
	keys Escape
	wait_rc 5 >/dev/null

	# hip circles, breathed; leg swings, counted with the breath free
	start "$cols" "$rows" --no-checkin --speed 5 run morning-wake-up
	see "get ready" 'Ĝéţ ŕéáðý'
	see "a counted stretch" '⟦Ŕéþš⟧'
	# a narrow bar keeps what matters most (pause, help, quit); ? lists every key
	keybar "a counted stretch" '⟦šþáçé⟧' '?' q
	keys '?'
	see "the session's help" 'Ķéýš'
	keys Escape
	wait_gone 'Ķéýš' 5
	keys n
	wait_for 'Ļéĝ Šŵíñĝš' 5
	see "a counted stretch, the breath free" '⟦Ŕéþš⟧'
	wait_for '⟦Ŕéšţ' 20 && keys ' '
	see "a rest" '⟦Ŕéšţ'
	keybar "a rest" '?' q
	keys ' '
	keys q
	see "the quit box" 'Ǫûíţ'
	keys y
	see "the summary" 'Ţíɱé'
	keys Enter
	wait_rc 5 >/dev/null
}

walk 80 24
walk 50 15
finish
