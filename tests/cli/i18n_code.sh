#!/bin/sh
# i18n_code.sh — text the code writes is translated whole: equipment names in
# `show`, the left-out line of `history` and `build` (by stretch name),
# config's "(none given)", "(none)" in the gender of what is missing,
# per-command --help placeholders, plurals ("1 day"), the emergency numbers,
# and the catalogue follows LANGUAGE under C.UTF-8.
# Runs from the build tree: LANG=C.UTF-8 with LANGUAGE needs no generated locale.
NAME=i18n_code.sh
. "$SC_ROOT/tests/cli/lib.sh"
hist=$XDG_DATA_HOME/stretchcoach/history.jsonl
mkdir -p "$XDG_DATA_HOME/stretchcoach"
export SC_NOW='2026-12-07 08:30'

# in LL ARGS...: run with the interface language LL
in_lang() {
	l=$1
	shift
	env LC_ALL= LANG=C.UTF-8 LANGUAGE="$l" "$SC_BIN" "$@" >"$TMP/out" 2>"$TMP/err" </dev/null
	rc=$?
}

in_lang de show upper-back-reset
check "de show: equipment by its German name" grep -q '^Braucht: .*Handtuch' "$TMP/out"
check "de show: no equipment id" sh -c "! grep -q 'towel' '$TMP/out'"
in_lang es show upper-back-reset
check "es show: equipment by its Spanish name" grep -q 'toalla' "$TMP/out"

in_lang de show cat-cow
check "LANGUAGE=de under C.UTF-8: the stretch in German too" grep -q '^Katze-Kuh' "$TMP/out"

in_lang de config
check "de config: '(none given)' translated" grep -q 'keine Angabe' "$TMP/out"
in_lang es config
check "es config: '(none given)' translated" grep -q 'sin indicar' "$TMP/out"

# "(none)" agrees with what is missing: a command (French commande, Spanish
# orden) or health conditions (problèmes de santé, problemas de salud)
in_lang fr config
check "fr config: no speech command is '(aucune)'" grep -q '^say  *(aucune) ' "$TMP/out"
check "fr config: no health conditions is '(aucun)'" grep -q '^conditions  *(aucun) ' "$TMP/out"
in_lang es config
check "es config: no speech command is '(ninguna)'" grep -q '^say  *(ninguna) ' "$TMP/out"
check "es config: no health conditions is '(ninguno)'" grep -q '^conditions  *(ninguno) ' "$TMP/out"
in_lang de config
check "de config: no health conditions is '(keine)'" grep -q '^conditions  *(keine) ' "$TMP/out"
in_lang fr --help
check "fr --help: the program alone is '(aucune)' command" grep -q '^  (aucune)  ' "$TMP/out"

printf '%s\n' '{"v":1,"routine":"evening-unwind","started":"2026-12-06T20:00:00+00:00","ended":"2026-12-06T20:07:00+00:00","planned_s":420,"active_s":415,"completed":["knee-to-chest"],"skipped":[],"hurt":["cat-cow"],"quit":false,"speed":1,"tension_before":6,"tension_after":3}' > "$hist"
in_lang de history
check "de history: the left-out line in German" grep -q '^Weggelassen  *Katze-Kuh: in den letzten 7 Tagen' "$TMP/out"
check "de history: no English left in it" sh -c "! grep -q 'marked hurt\|keeps it' '$TMP/out'"
in_lang es build --minutes 10
check "es build: the left-out stretch by its Spanish name" \
    grep -q 'Se quita por haberlo marcado con dolor en los últimos 7 días: Gato-vaca' "$TMP/out"
check "es build: not by its id" sh -c "! grep -q 'cat-cow' '$TMP/out'"
in_lang '' history --days 1
check "en history: '1 day', not '1 days'" grep -q '^History, 1 day: ' "$TMP/out"
in_lang de history --days 1
check "de history: '1 Tag'" grep -q '^Verlauf, 1 Tag: ' "$TMP/out"

in_lang de run --help
check "de run --help: the placeholder translated" grep -q 'run ROUTINEN-ID' "$TMP/out"
in_lang es build --help
check "es build --help: the placeholder translated" grep -q -- '--without MATERIAL' "$TMP/out"
in_lang es morning --help
check "es morning --help: a bare command stays as typed" grep -q '\[OPCIONES\] morning$' "$TMP/out"

# whole sentences, never "Angepasst für kein Knien" or "Adaptada por sin rodillas"
in_lang de run evening-wind-down --plain --speed 1000 --no-checkin --no-kneel
check "de --no-kneel: a list in brackets" grep -q '^Angepasst (ohne Knien): ' "$TMP/out"
check "de --no-kneel: not glued ('für kein')" sh -c "! grep -q 'für kein' '$TMP/out'"
in_lang es run evening-wind-down --plain --speed 1000 --no-checkin --no-kneel
check "es --no-kneel: a list in brackets" grep -q '^Rutina adaptada (sin apoyar las rodillas): ' "$TMP/out"
check "es --no-kneel: not glued ('por sin')" sh -c "! grep -q 'por sin' '$TMP/out'"
in_lang es build --minutes 10 --no-kneel --no-floor
check "es build: the settings as one list" \
    grep -q '^Elegidos según tus ajustes: sin apoyar las rodillas, sin ejercicios en el suelo\.$' "$TMP/out"
# the stretch's name stands alone, so no participle has to agree with it
for l in de es; do
	m=$(TEXTDOMAINDIR=$(dirname "$SC_BIN")/locale LANGUAGE=$l LANG=C.UTF-8 LC_ALL= \
	    gettext -d stretchcoach '%s is marked "hurt" and left out for %d days.')
	check "$l: the hurt note does not make the name agree ('$m')" \
	    sh -c 'case $1 in *"%s queda marcado"*|*"%s queda marcada"*) exit 1;; esac' - "$m"
done

for l in de es fr; do
	in_lang $l safety
	check "$l safety: the emergency line names 112 and 911" sh -c "grep -q '112' '$TMP/out' && grep -q '911' '$TMP/out'"
done
# the cold-pack line is a sentence with its verb ("leg ... ein Kühlpack auf"),
# not "in den ersten zwei Tagen ein ... Kühlpack, jeweils 15 Minuten"
in_lang de safety
tr -s ' \n' '  ' <"$TMP/out" >"$TMP/flat"
check "de safety: the cold-pack line has a verb" \
    grep -Eq 'Schwellung [^*]*(leg|nimm|benutze|verwende|kühle) [^*]*Kühlpack' "$TMP/flat"
# a language we have, but its locale is missing (LOCPATH: no locales at all):
# one note on stderr saying how to make it, then never again
mkdir -p "$TMP/nolocales"
env -u LC_ALL -u LANGUAGE LOCPATH="$TMP/nolocales" LANG=es_ES.UTF-8 "$SC_BIN" --version >"$TMP/out" 2>"$TMP/err"
check "missing es_ES.UTF-8: a note says how to generate it" \
    grep -q "the locale es_ES.UTF-8 is not installed.*locale-gen" "$TMP/err"
check "the note is one line" [ "$(wc -l < "$TMP/err")" -eq 1 ]
env -u LC_ALL -u LANGUAGE LOCPATH="$TMP/nolocales" LANG=es_ES.UTF-8 "$SC_BIN" --version >"$TMP/out" 2>"$TMP/err"
check "the note is said once" [ ! -s "$TMP/err" ]
env -u LC_ALL -u LANGUAGE LOCPATH="$TMP/nolocales" LANG=fi_FI.UTF-8 "$SC_BIN" --version >"$TMP/out" 2>"$TMP/err"
check "no note for a language we do not have" [ ! -s "$TMP/err" ]
[ "$failures" -eq 0 ]
