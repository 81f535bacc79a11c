#!/bin/sh
# one_plan.sh — what you see is what runs: after Cat-Cow is marked "it hurts",
# the curses and plain menus, the preview, `show`, `routines`, the programme
# entry and the session all give the same stretches and length; u in the
# preview brings it back, and every screen agrees again.
NAME=one_plan
. "$(dirname "$0")/lib.sh"

sc() {
	HOME=$tmp/home XDG_CONFIG_HOME=$tmp/config XDG_DATA_HOME=$tmp/data "$SC_BIN" "$@" 2>&1
}
hist=$tmp/data/stretchcoach/history.jsonl

# everywhere COUNT WHEN: every surface shows morning-quick with COUNT stretches, one length
everywhere() {
	op_n=$1 op_when=$2
	sc show morning-quick > "$tmp/show"
	len=$(sed -n '2s/^morning, \(.*\), [0-9]* stretch.*/\1/p' "$tmp/show")
	check "$op_when: show gives $op_n stretches ($len)" grep -q "^morning, $len, $op_n stretches$" "$tmp/show"
	secs=$(sc routines --json | tr -d ' \n\t' | sed 's/.*"id":"morning-quick"[^}]*"seconds":\([0-9]*\),"stretches":\([0-9]*\).*/\1 \2/')
	check "$op_when: routines --json gives $op_n stretches" [ "${secs#* }" = "$op_n" ]
	printf 'q\n' | sc --plain morning > "$tmp/plain"
	check "$op_when: the plain menu gives the same" grep -q "Morning Quick Start ($len, $op_n stretches)" "$tmp/plain"
	start 100 30 --no-checkin morning
	check "$op_when: the curses menu gives the same" wait_for "Morning Quick Start +$len +$op_n stretches" 5
	keys q
	wait_rc 5 >/dev/null
	start 100 30 --no-checkin
	check "$op_when: the programme entry gives the same length" wait_for "Day 1 of 14 . Morning Quick Start . $len" 5
	keys q
	wait_rc 5 >/dev/null
	sc run morning-quick --plain --speed 1000 --no-checkin > "$tmp/run" </dev/null
	check "$op_when: the session runs $op_n stretches" grep -q "Stretch $op_n of $op_n" "$tmp/run"
	check "$op_when: ... logged with the length the screens show" \
	    [ "$(tail -n 1 "$hist" | sed 's/.*"planned_s":\([0-9]*\),.*/\1/')" = "${secs% *}" ]
}

# mark Cat-Cow "it hurts" in a session
start 80 24 --no-checkin --speed 10 run morning-quick
check "Cat-Cow comes up" wait_for 'Cat-Cow' 20
keys h
check "h marks it" wait_for 'Cat-Cow is marked "hurt"' 5
keys Space
keys q
wait_for 'End this session now' 5
keys y
wait_for 'Hurt +Cat-Cow' 5
keys Enter
wait_rc 5 >/dev/null
check "the history holds the mark" grep -q '"hurt":\["cat-cow"\]' "$hist"
sc programme start back-reset-2w > /dev/null

everywhere 2 "marked hurt"
start 100 30 --no-checkin morning
check "the preview says it is left out" wait_for 'Left out for now, marked hurt in the last 7 days: Cat-Cow' 5
check "... and offers the key that brings it back" on_screen 'u bring back'
keys u
check "u brings it back" wait_for 'Brought back from the next run on' 5
check "the menu shows it at once" wait_for 'Morning Quick Start .* 3 stretches' 5
keys q
wait_rc 5 >/dev/null
check "a stretch-back line is written" grep -q '"event":"stretch-back","stretch":"cat-cow"' "$hist"

everywhere 3 "brought back"
finish
