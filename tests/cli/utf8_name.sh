#!/bin/sh
# utf8_name.sh — a routine saved from the plain Build under a UTF-8 name keeps
# it whole ("Übung für Rücken"), gets an ASCII id with the letters written
# out (uebung-fuer-ruecken), and `show`, `routines` and `history` print it.
NAME=utf8_name.sh
. "$SC_ROOT/tests/cli/lib.sh"
hist=$XDG_DATA_HOME/stretchcoach/history.jsonl
mkdir -p "$XDG_DATA_HOME/stretchcoach"
: > "$hist"

printf '4\n\ns\nÜbung für Rücken\nq\nq\n' |
    LANG=C.UTF-8 timeout 60 "$SC_BIN" --plain >"$TMP/out" 2>"$TMP/err"
check "Build saved it under the written-out id" \
    grep -q 'Saved as uebung-fuer-ruecken\.' "$TMP/out"
run_sc show uebung-fuer-ruecken
check "show: exit 0" [ "$rc" -eq 0 ]
check "show: the name whole" grep -q '^Übung für Rücken  (uebung-fuer-ruecken)$' "$TMP/out"
run_sc routines
check "routines: the name whole" grep -q 'Übung für Rücken' "$TMP/out"
printf '%s\n' '{"v":1,"routine":"uebung-fuer-ruecken","started":"2026-12-06T07:10:00+00:00","ended":"2026-12-06T07:17:00+00:00","planned_s":420,"active_s":415,"completed":["cat-cow"],"skipped":[],"hurt":[],"quit":false,"speed":1,"tension_before":6,"tension_after":3}' >> "$hist"
SC_NOW='2026-12-07 08:30' run_sc history
check "history: the name whole" grep -q '^Most used  *Übung für Rücken 1x' "$TMP/out"
# a second save of the same name gets a new id, not the first one's
printf '4\n\ns\nÜbung für Rücken\nq\nq\n' |
    LANG=C.UTF-8 timeout 60 "$SC_BIN" --plain >"$TMP/out" 2>"$TMP/err"
check "the same name again: a numbered id" grep -q 'Saved as uebung-fuer-ruecken-2\.' "$TMP/out"
[ "$failures" -eq 0 ]
