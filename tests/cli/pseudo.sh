#!/bin/sh
# The pseudo-locale check of the commands: with every message pseudo-translated
# (tests/pseudo.sh: accented, marked ⟦…~⟧ and 40 % longer) and the catalogue
# accented, every command's output and each one's --help has no English word
# left: a word of ASCII letters is text that escaped _() (or an id, a key name,
# a command: tests/pseudo.allow). The screens are tests/e2e/pseudo.sh.
NAME=pseudo
. "$SC_ROOT/tests/cli/lib.sh"
. "$SC_ROOT/tests/locale.sh"
. "$SC_ROOT/tests/pseudo.sh"

if ! pseudo_ready "$TMP/pseudo"; then
	fail "the pseudo-locale can be made (msgen, msgfmt, python3, localedef: make deps)"
	finish
fi

# px ARGS...: the command in the pseudo-locale, stdout and stderr in $TMP/out
px() {
	# shellcheck disable=SC2086
	env $PSEUDO_ENV SC_NOW='2026-12-07 08:30' "$SC_BIN" "$@" </dev/null >"$TMP/out" 2>&1
	rc=$?
}

# checked WHAT: PASS when px's output has no English, else FAIL with the lines
checked() {
	if pseudo_check "$1" "$TMP/out" >"$TMP/found"; then
		pass "$1: no English left"
	else
		fail "$1: English left in $(wc -l <"$TMP/found") lines"
		head -n 20 "$TMP/found"
	fi
}

px --help
checked "--help"
# each command's --help without LeakSanitizer's exit scan (half of each run's
# CPU): tests/cli/command_help.sh runs them all with it, on the same code
# whatever the language
asan_keep=${ASAN_OPTIONS:-}
ASAN_OPTIONS="${ASAN_OPTIONS:+$ASAN_OPTIONS:}detect_leaks=0"
export ASAN_OPTIONS
for cmd in morning evening run build list routines show history status validate safety \
    config remind programme sheet profile help; do
	px "$cmd" --help
	checked "$cmd --help"
done
ASAN_OPTIONS=$asan_keep

# the commands that print, on an empty history and then after a session
for args in "list" "routines" "show cat-cow" "show desk-break" "show figure-four" "status" \
    "history" "config" "safety" "validate" "build" "build --minutes 5 --no-kneel --no-floor" \
    "build --with towel --time evening" "programme"; do
	# shellcheck disable=SC2086
	px $args
	checked "$args"
done
# two sessions yesterday (SC_NOW pins today to 2026-12-07), one marked hurt
mkdir -p "$XDG_DATA_HOME/stretchcoach"
cat >>"$XDG_DATA_HOME/stretchcoach/history.jsonl" <<'EOH'
{"v":1,"routine":"morning-wake-up","started":"2026-12-06T07:10:00+00:00","ended":"2026-12-06T07:17:00+00:00","planned_s":420,"active_s":415,"completed":["cat-cow","knee-to-chest"],"skipped":[],"hurt":[],"quit":false,"speed":1,"tension_before":6,"tension_after":3}
{"v":1,"routine":"evening-unwind","started":"2026-12-06T20:40:00+00:00","ended":"2026-12-06T20:45:00+00:00","planned_s":300,"active_s":290,"completed":["cat-cow"],"skipped":["childs-pose","pigeon"],"hurt":["knee-to-chest"],"quit":true,"speed":1}
EOH
px run desk-break --plain --speed 1000 --no-checkin
checked "run desk-break --plain"
px run morning-quick --plain --speed 1000 --no-checkin
checked "run morning-quick --plain"
for args in "history" "history --days 7" "status" "build --time evening --minutes 10" "evening --plain --speed 1000 --no-checkin" "programme start desk-week" "programme status" \
    "show bogus" "run bogus" "list --area bogus" "history --days x"; do
	# shellcheck disable=SC2086
	px $args
	checked "$args"
done
finish
