#!/bin/sh
# A file the program reads that is only a link to standard input (settings,
# user catalogue, a translation, the history) is refused at once with a
# one-line error, even while a silent pipe stays open on stdin: `run` never
# waits on it. Naming /dev/stdin on purpose (validate /dev/stdin) still reads.
NAME=stdin_link.sh
. "$SC_ROOT/tests/cli/lib.sh"
. "$SC_ROOT/tests/locale.sh"
unset LC_ALL LC_MESSAGES LANGUAGE

cfg=$XDG_CONFIG_HOME/stretchcoach
mkdir -p "$cfg" "$XDG_DATA_HOME/stretchcoach"
mkfifo "$TMP/silent"

# run_silent WHAT ARGS...: run the binary with a pipe on stdin that never
# writes nor closes; rc 124 means it waited for the pipe.
run_silent() {
	sleep 30 >"$TMP/silent" &
	writer=$!
	timeout 5 "$SC_BIN" "$@" <"$TMP/silent" >"$TMP/out" 2>"$TMP/err"
	rc=$?
	kill "$writer" 2>/dev/null
	wait "$writer" 2>/dev/null
}

ln -s /dev/stdin "$cfg/config.json"
run_silent run desk-break --plain
check "settings -> /dev/stdin: run does not wait (exit $rc)" test "$rc" -ne 124
check "settings -> /dev/stdin: exit 66 (got $rc)" test "$rc" -eq 66
check "settings -> /dev/stdin: one line naming the file" \
	sh -c '[ "$(wc -l <"$1")" -eq 1 ] && grep -q "config.json: is a FIFO, not a settings file" "$1"' sh "$TMP/err"
rm "$cfg/config.json"

ln -s /dev/stdin "$cfg/catalogue.json"
run_silent run desk-break --plain
check "user catalogue -> /dev/stdin: run does not wait (exit $rc)" test "$rc" -ne 124
check "user catalogue -> /dev/stdin: exit 66 (got $rc)" test "$rc" -eq 66
check "user catalogue -> /dev/stdin: says it is not a catalogue file" \
	grep -q "catalogue.json: is a FIFO, not a catalogue file" "$TMP/err"
rm "$cfg/catalogue.json"

if locales_ready "$TMP/locales"; then
	cp "$SC_ROOT/data/catalogue.json" "$TMP/cat.json"
	ln -s /dev/stdin "$TMP/cat.de.json"
	LANG=de_DE.UTF-8 run_silent -c "$TMP/cat.json" show desk-break
	check "translation -> /dev/stdin: show does not wait (exit $rc)" test "$rc" -ne 124
	check "translation -> /dev/stdin: exit 66 (got $rc)" test "$rc" -eq 66
	check "translation -> /dev/stdin: named in the error" grep -q "cat.de.json: " "$TMP/err"
else
	fail "localedef cannot make de_DE.UTF-8 (is the locales package installed?)"
fi

ln -s /dev/stdin "$XDG_DATA_HOME/stretchcoach/history.jsonl"
run_silent status
check "history -> /dev/stdin: status does not wait (exit $rc)" test "$rc" -ne 124
run_silent history
check "history -> /dev/stdin: history does not wait (exit $rc)" test "$rc" -ne 124
check "history -> /dev/stdin: history says it is not a regular file" grep -q "not a regular file" "$TMP/err"

# on purpose, a pipe on stdin is still read to its end
printf '{"schema": 1}' | "$SC_BIN" validate /dev/stdin >"$TMP/out" 2>"$TMP/err"
check "validate /dev/stdin still reads the pipe" grep -q "/dev/stdin" "$TMP/err"
check "validate /dev/stdin: not refused as a FIFO" sh -c '! grep -q "is a FIFO" "$1"' sh "$TMP/err"
finish
