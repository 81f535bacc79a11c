#!/bin/sh
# Session sounds on a terminal: with no sound driver (CANBERRA_DRIVER=null)
# the sound theme falls back to the bell without a word on the screen; the
# bell rings at each hold, each switch of sides and the end, as in "bell"
# mode; --no-bell and "sound": "off" are silent. Run under script(1) so the
# plain front end sees a terminal.
NAME=sound
. "$SC_ROOT/tests/cli/lib.sh"

mkdir -p "$XDG_CONFIG_HOME/stretchcoach" "$XDG_DATA_HOME/stretchcoach"
# not the first run: no safety page first
: > "$XDG_DATA_HOME/stretchcoach/history.jsonl"
echo '{}' > "$XDG_CONFIG_HOME/stretchcoach/config.json"
cfg() { printf '%s\n' "$1" > "$XDG_CONFIG_HOME/stretchcoach/config.json"; }

# on_tty FILE ARGS...: run the binary on a pseudo-terminal, its output in
# FILE; a FAIL when it ends by a signal (undefined behaviour is trapped so)
on_tty() {
	out=$1
	shift
	script -qec "$(printf '%s ' "$SC_BIN" "$@")" /dev/null </dev/null >"$out" 2>&1
	tty_rc=$?
	[ "$tty_rc" -gt 128 ] && fail "$* on a terminal ended by signal $((tty_rc - 128))"
	return 0
}
bells() { tr -cd '\007' <"$1" | wc -c; }

"$SC_BIN" run desk-break --plain --speed 1000 --no-checkin >"$TMP/plan" 2>&1
want=$(($(grep -cE '\] (Hold [0-9]+ s|[0-9]+ reps of|Switch sides)' "$TMP/plan") + 1))

CANBERRA_DRIVER=null on_tty "$TMP/theme" run desk-break --plain --speed 1000 --no-checkin
check "with no sound driver the routine still runs to the end" grep -q 'Routine complete: Desk Break' "$TMP/theme"
check "and nothing complains on the screen" sh -c "! grep -qiE 'alsa|canberra|pulse|error|warning' '$TMP/theme'"
check "the bell rings at each hold, switch and the end ($(bells "$TMP/theme") of $want)" \
    test "$(bells "$TMP/theme")" -eq "$want"

(unset CANBERRA_DRIVER; on_tty "$TMP/default" run desk-break --plain --speed 1000 --no-checkin)
check "with the usual drivers (a sound server or not) nothing complains either" \
    sh -c "grep -q 'Routine complete: Desk Break' '$TMP/default' && ! grep -qiE 'alsa|canberra|pulse|error|warning' '$TMP/default'"

cfg '{"sound": "bell"}'
on_tty "$TMP/bell" run desk-break --plain --speed 1000 --no-checkin
check "\"sound\": \"bell\" rings the same bells" test "$(bells "$TMP/bell")" -eq "$want"

cfg '{"sound": "off"}'
on_tty "$TMP/off" run desk-break --plain --speed 1000 --no-checkin
check "\"sound\": \"off\" is silent" test "$(bells "$TMP/off")" -eq 0
check "and the routine still runs" grep -q 'Routine complete: Desk Break' "$TMP/off"

cfg '{}'
on_tty "$TMP/nobell" run desk-break --plain --speed 1000 --no-checkin --no-bell
check "--no-bell silences every sound" test "$(bells "$TMP/nobell")" -eq 0

"$SC_BIN" run desk-break --plain --speed 1000 --no-checkin >"$TMP/pipe" 2>&1
check "through a pipe there is no bell at all" test "$(bells "$TMP/pipe")" -eq 0
finish
