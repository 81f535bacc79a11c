#!/bin/sh
# German, Spanish and French from an installed tree (make install PREFIX=...):
# --help (no line over 80 columns), safety, show cat-cow and a plain run
# speak the language of LC_ALL; LANG=C stays English; espeak-ng is asked
# for the voice of the language.
NAME=i18n
. "$SC_ROOT/tests/cli/lib.sh"
. "$SC_ROOT/tests/locale.sh"

if ! locales_ready "$TMP/locales"; then
	fail "de_DE.UTF-8, es_ES.UTF-8 and fr_FR.UTF-8 can be made with localedef (make deps installs locales)"
	# config say_voice: words of our own for any command, or none at all
mkdir -p "$XDG_CONFIG_HOME/stretchcoach"
printf '{"say_voice": "-l de"}\n' >"$XDG_CONFIG_HOME/stretchcoach/config.json"
: >"$TMP/said"
(cd / && env LC_ALL=de_DE.UTF-8 PATH="$TMP/fakebin:$PATH" "$bin" run desk-break --plain --speed 50 \
    --no-checkin --say espeak-ng >/dev/null 2>&1)
check "config say_voice replaces the voice words (-l de)" sh -c "grep -q '^-l|de|--|' '$TMP/said' && ! grep -q '^-v|' '$TMP/said'"
printf '{"say_voice": ""}\n' >"$XDG_CONFIG_HOME/stretchcoach/config.json"
: >"$TMP/said"
(cd / && env LC_ALL=de_DE.UTF-8 PATH="$TMP/fakebin:$PATH" "$bin" run desk-break --plain --speed 50 \
    --no-checkin --say espeak-ng >/dev/null 2>&1)
check "config say_voice \"\" passes no voice words" sh -c "grep -q '^--|' '$TMP/said'"
rm -f "$XDG_CONFIG_HOME/stretchcoach/config.json"
finish
fi
prefix=$TMP/prefix
make -s -C "$SC_ROOT" install PREFIX="$prefix" >"$TMP/make.log" 2>&1
check "make install PREFIX=$prefix succeeds" test $? -eq 0 || cat "$TMP/make.log"
bin=$prefix/bin/stretchcoach
for l in de es fr; do
	check "installs the $l message catalogue" test -f "$prefix/share/locale/$l/LC_MESSAGES/stretchcoach.mo"
done

# The widths of every command's --help, in each language: without
# LeakSanitizer's exit scan (half of each run's CPU), as tests/cli/command_help.sh
# runs every command's --help with it, on the same code whatever the language.
HELP_ASAN="${ASAN_OPTIONS:+$ASAN_OPTIONS:}detect_leaks=0"

# in LANG: run the installed binary from / with only that language set
in_lang() {
	lang=$1
	shift
	(cd / && env -u LANGUAGE -u LC_MESSAGES LC_ALL="$lang" "$bin" "$@" </dev/null >"$TMP/out" 2>"$TMP/err")
}

# widest: the widest line of $TMP/out in terminal columns
widest() {
	LC_ALL=$1 wc -L <"$TMP/out" | tr -d ' '
}

lang_checks() {
	loc=$1 usage=$2 safety=$3 steps=$4 care=$5 hold=$6 side=$7 done_=$8 eng=$9
	in_lang "$loc" --help
	check "$loc: --help begins with '$usage'" grep -q "^$usage" "$TMP/out"
	w=$(widest "$loc")
	check "$loc: no --help line is over 80 columns (widest $w)" test "$w" -le 80
	asan_keep=${ASAN_OPTIONS:-}
	ASAN_OPTIONS=$HELP_ASAN
	export ASAN_OPTIONS
	for cmd in run build list routines show history status validate safety config remind programme help; do
		in_lang "$loc" "$cmd" --help
		w=$(widest "$loc")
		[ "$w" -le 80 ] || fail "$loc: '$cmd --help' has a line of $w columns"
	done
	ASAN_OPTIONS=$asan_keep
	in_lang "$loc" safety
	check "$loc: safety is translated ('$safety')" grep -q "$safety" "$TMP/out"
	check "$loc: safety has no English heading left" sh -c "! grep -q 'Before you start' '$TMP/out'"
	in_lang "$loc" show cat-cow
	check "$loc: show cat-cow has '$steps' and '$care'" sh -c "grep -qx '$steps' '$TMP/out' && grep -qx '$care' '$TMP/out'"
	in_lang "$loc" run desk-break --plain --speed 1000 --no-checkin
	check "$loc: a plain run coaches in the language ('$hold')" grep -q "^\[[0-9:]*\] $hold [0-9]* s" "$TMP/out"
	check "$loc: ... with the sides ('$side')" grep -q "$side" "$TMP/out"
	check "$loc: ... to the end ('$done_')" grep -q "$done_" "$TMP/out"
	check "$loc: ... and no English step line" sh -c "! grep -Eq '$eng' '$TMP/out'"
}

lang_checks de_DE.UTF-8 'Aufruf: stretchcoach' 'Bevor du anfängst' 'Schritte' 'Vorsicht' Halte \
    ', linke Seite' 'Routine geschafft' '\] (Hold|Switch sides|Rest) '
lang_checks es_ES.UTF-8 'Uso: stretchcoach' 'Antes de empezar' 'Pasos' 'Cuidado' Mantén \
    ', lado izquierdo' 'Rutina completada' '\] (Hold|Switch sides|Rest) '
# French puts a no-break space before the colon: "Usage : stretchcoach"
lang_checks fr_FR.UTF-8 'Usage.*: stretchcoach' 'Avant de commencer' 'Étapes' 'Prudence' Maintiens \
    ', côté gauche' 'Routine terminée' '\] (Hold|Switch sides|Rest) '

# LANG=C and a catalogue without translations stay English
(cd / && env -u LC_ALL -u LANGUAGE LANG=C "$bin" --help >"$TMP/out" 2>&1)
check "LANG=C: --help is English" grep -q '^Usage: stretchcoach' "$TMP/out"
check "LANG=C: no --help line is over 80 columns (widest $(wc -L <"$TMP/out"))" \
    test "$(wc -L <"$TMP/out")" -le 80
for cmd in run build list routines show history status validate safety config remind programme help; do
	(cd / && env -u LC_ALL -u LANGUAGE LANG=C ASAN_OPTIONS="$HELP_ASAN" "$bin" "$cmd" --help >"$TMP/out" 2>&1)
	[ "$(wc -L <"$TMP/out")" -le 80 ] || fail "LANG=C: '$cmd --help' has a line over 80 columns"
done
(cd / && env -u LC_ALL -u LANGUAGE LANG=C "$bin" run desk-break --plain --speed 1000 --no-checkin >"$TMP/out" 2>&1)
check "LANG=C: a plain run is English" grep -q 'Routine complete' "$TMP/out"
in_lang de_DE.UTF-8 --speed 0
check "de_DE.UTF-8: a usage error is German" grep -q 'erwartet eine ganze Zahl' "$TMP/err"

# espeak-ng hears which voice to use; another command gets the text alone
mkdir -p "$TMP/fakebin"
printf '#!/bin/sh\nprintf "%%s|" "$@" >>"%s/said"; echo >>"%s/said"\n' "$TMP" "$TMP" >"$TMP/fakebin/espeak-ng"
chmod +x "$TMP/fakebin/espeak-ng"
(cd / && env LC_ALL=es_ES.UTF-8 PATH="$TMP/fakebin:$PATH" "$bin" run desk-break --plain --speed 50 \
    --no-checkin --say espeak-ng >/dev/null 2>&1)
check "es: espeak-ng is called with -v es" grep -q '^-v|es|' "$TMP/said"
check "es: ... and speaks Spanish cues" grep -Eq '\|(Inhala|Exhala|Siguiente: )' "$TMP/said"
: >"$TMP/said"
(cd / && env LC_ALL=fr_FR.UTF-8 PATH="$TMP/fakebin:$PATH" "$bin" run desk-break --plain --speed 50 \
    --no-checkin --say espeak-ng >/dev/null 2>&1)
check "fr: espeak-ng is called with -v fr" grep -q '^-v|fr|' "$TMP/said"
check "fr: ... and speaks French cues" grep -Eq '\|(Inspire|Expire|Suivant)' "$TMP/said"
: >"$TMP/said"
(cd / && env LC_ALL=C.UTF-8 PATH="$TMP/fakebin:$PATH" "$bin" run desk-break --plain --speed 50 \
    --no-checkin --say espeak-ng >/dev/null 2>&1)
check "English: espeak-ng gets no -v (its own default)" sh -c "! grep -q '^-v|' '$TMP/said' && test -s '$TMP/said'"
# config say_voice: words of our own for any command, or none at all
mkdir -p "$XDG_CONFIG_HOME/stretchcoach"
printf '{"say_voice": "-l de"}\n' >"$XDG_CONFIG_HOME/stretchcoach/config.json"
: >"$TMP/said"
(cd / && env LC_ALL=de_DE.UTF-8 PATH="$TMP/fakebin:$PATH" "$bin" run desk-break --plain --speed 50 \
    --no-checkin --say espeak-ng >/dev/null 2>&1)
check "config say_voice replaces the voice words (-l de)" sh -c "grep -q '^-l|de|--|' '$TMP/said' && ! grep -q '^-v|' '$TMP/said'"
printf '{"say_voice": ""}\n' >"$XDG_CONFIG_HOME/stretchcoach/config.json"
: >"$TMP/said"
(cd / && env LC_ALL=de_DE.UTF-8 PATH="$TMP/fakebin:$PATH" "$bin" run desk-break --plain --speed 50 \
    --no-checkin --say espeak-ng >/dev/null 2>&1)
check "config say_voice \"\" passes no voice words" sh -c "grep -q '^--|' '$TMP/said'"
rm -f "$XDG_CONFIG_HOME/stretchcoach/config.json"
finish
