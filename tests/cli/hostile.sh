#!/bin/sh
# hostile.sh — input and output no person would give, met with a clear line
# and the right status, never a hang: endless stdin (/dev/zero, a long line
# without a newline), FIFOs where files belong, and a full or closed stdout.
NAME=hostile
. "$SC_ROOT/tests/cli/lib.sh"

# ends_within SECS CMD...: run CMD (stdin, stdout as given by the caller), status in $rc;
# false when it had to be killed
ends_within() {
	secs=$1
	shift
	timeout -s KILL "$secs" "$@"
	rc=$?
	[ "$rc" -ne 137 ]
}

# --- endless standard input -----------------------------------------------------
ends_within 60 "$SC_BIN" run desk-break --plain --speed 1000 --no-checkin </dev/zero >"$TMP/out" 2>"$TMP/err"
check "/dev/zero on stdin: a routine runs to its end, status 0 (got $rc)" test "$rc" -eq 0
check "/dev/zero on stdin: the routine completed" grep -q '^Routine complete: Desk Break' "$TMP/out"
ends_within 30 "$SC_BIN" morning --plain </dev/zero >"$TMP/out" 2>"$TMP/err"
check "/dev/zero on stdin: the menu ends, status 0 (got $rc)" test "$rc" -eq 0
head -c 3000000 /dev/zero | tr '\0' 'a' >"$TMP/long"
ends_within 30 "$SC_BIN" morning --plain <"$TMP/long" >"$TMP/out" 2>"$TMP/err"
check "a 3 MB line without a newline: the menu ends, status 0 (got $rc)" test "$rc" -eq 0
ends_within 30 "$SC_BIN" remind --every 10s --plain </dev/zero >"$TMP/out" 2>"$TMP/err"
check "a reminder answered by /dev/zero ends, status 0 (got $rc)" test "$rc" -eq 0

# a signal still ends a session whose stdin never ends (INT and QUIT are
# ignored by a background job of a script, as POSIX has it)
for sig in TERM HUP USR1 ALRM; do
	"$SC_BIN" run desk-break --plain --no-checkin </dev/zero >"$TMP/out" 2>"$TMP/err" &
	pid=$!
	i=0
	until grep -q 'Hold' "$TMP/out" || [ $i -gt 100 ]; do sleep 0.1; i=$((i + 1)); done
	kill -s "$sig" "$pid"
	i=0
	while kill -0 "$pid" 2>/dev/null && [ $i -lt 50 ]; do sleep 0.1; i=$((i + 1)); done
	if kill -0 "$pid" 2>/dev/null; then
		kill -KILL "$pid"
		fail "/dev/zero on stdin: SIG$sig ends the session within 5 s"
	else
		pass "/dev/zero on stdin: SIG$sig ends the session within 5 s"
	fi
	wait "$pid" 2>/dev/null
done

# --- FIFOs where files belong ---------------------------------------------------
mkfifo "$TMP/fifo"
ends_within 10 "$SC_BIN" validate "$TMP/fifo" >"$TMP/out" 2>"$TMP/err"
check "validate FIFO: ends, status 66 (got $rc)" test "$rc" -eq 66
check "validate FIFO: says it is a FIFO" grep -q "fifo: is a FIFO, not a catalogue file" "$TMP/err"
ends_within 10 "$SC_BIN" -c "$TMP/fifo" list >"$TMP/out" 2>"$TMP/err"
check "-c FIFO list: ends, status 66 (got $rc)" test "$rc" -eq 66
mkdir -p "$XDG_CONFIG_HOME/stretchcoach"
mkfifo "$XDG_CONFIG_HOME/stretchcoach/catalogue.json"
ends_within 10 "$SC_BIN" list >"$TMP/out" 2>"$TMP/err"
check "a FIFO as the user catalogue: ends, status 66 (got $rc)" test "$rc" -eq 66
ends_within 10 "$SC_BIN" build --save fifo-test >"$TMP/out" 2>"$TMP/err"
check "build --save onto a FIFO user catalogue: ends, not 0 (got $rc)" test "$rc" -ne 0 -a "$rc" -ne 137
rm "$XDG_CONFIG_HOME/stretchcoach/catalogue.json"
mkfifo "$XDG_CONFIG_HOME/stretchcoach/config.json"
ends_within 10 "$SC_BIN" config >"$TMP/out" 2>"$TMP/err"
check "a FIFO as config.json: ends, status 66 (got $rc)" test "$rc" -eq 66
check "a FIFO as config.json: named as a settings file" grep -q "config.json: is a FIFO, not a settings file" "$TMP/err"
rm "$XDG_CONFIG_HOME/stretchcoach/config.json"
mkdir "$XDG_CONFIG_HOME/stretchcoach/config.json"
run_sc config
check "a directory as config.json: status 66 (got $rc)" test "$rc" -eq 66
check "a directory as config.json: not called a catalogue" grep -q "config.json: is a directory, not a settings file" "$TMP/err"
rmdir "$XDG_CONFIG_HOME/stretchcoach/config.json"
if [ "$(id -u)" -ne 0 ]; then
	echo '{}' >"$XDG_CONFIG_HOME/stretchcoach/config.json"
	chmod 000 "$XDG_CONFIG_HOME/stretchcoach/config.json"
	run_sc config
	check "an unreadable config.json: status 66 (got $rc)" test "$rc" -eq 66
	rm -f "$XDG_CONFIG_HOME/stretchcoach/config.json"
else
	# root reads any file: make the same open fail with a file that vanishes into a loop
	ln -s config.json "$XDG_CONFIG_HOME/stretchcoach/config.json"
	run_sc config
	check "an unopenable config.json (a symlink loop): status 66 (got $rc)" test "$rc" -eq 66
	rm -f "$XDG_CONFIG_HOME/stretchcoach/config.json"
fi

# --- a full or closed standard output ---------------------------------------------
for cmd in list "routines --json" "show cat-cow" safety config validate build --help --version \
    "run desk-break --plain --speed 1000 --no-checkin" history status; do
	# shellcheck disable=SC2086
	"$SC_BIN" $cmd >/dev/full 2>"$TMP/err" </dev/null
	rc=$?
	check "$cmd >/dev/full: status 74 (got $rc)" test "$rc" -eq 74
	check "$cmd >/dev/full: says why" grep -q "cannot write output" "$TMP/err"
	# shellcheck disable=SC2086
	"$SC_BIN" $cmd >&- 2>"$TMP/err" </dev/null
	rc=$?
	check "$cmd >&-: status 74 (got $rc)" test "$rc" -eq 74
done
# --- arguments at their edges ------------------------------------------------------
for v in ' 5' +5 5x '' -1; do
	run_sc run desk-break --plain --speed "$v"
	check "--speed '$v' is a usage error (got $rc)" test "$rc" -eq 2
done
run_sc run desk-break --plain --minutes ' 3'
check "--minutes ' 3' is a usage error (got $rc)" test "$rc" -eq 2
for v in '' ',,,' 'hips,' ',hips' 'hips,,neck'; do
	run_sc build --area "$v"
	check "build --area '$v' is a usage error (got $rc)" test "$rc" -eq 2
	check "build --area '$v' says what --area takes" grep -q -- "--area takes one or more names" "$TMP/err"
done
run_sc build --save UPPER
check "build --save UPPER is a usage error (got $rc)" test "$rc" -eq 2
check "build --save UPPER prints no routine before refusing" test ! -s "$TMP/out"
# a routine built from -c FILE needs FILE's stretches: saving it would break every load
cat >"$TMP/own.json" <<'EOJ'
{"schema": 1, "stretches": [
 {"id": "own-reach", "name": "Own Reach", "kind": "static", "areas": ["shoulders"],
  "level": "gentle", "position": "standing", "time": ["morning", "evening"], "hold": 30,
  "steps": ["Reach up and hold."]}
], "routines": []}
EOJ
run_sc -c "$TMP/own.json" build --minutes 1 --save mine
check "build -c FILE --save is refused (got $rc)" test "$rc" -eq 2
check "build -c FILE --save says why and what to do" grep -q "to save, build without --catalogue" "$TMP/err"
check "build -c FILE --save prints no routine" test ! -s "$TMP/out"
run_sc list
check "after build -c FILE --save, list still works (got $rc)" test "$rc" -eq 0
STRETCHCOACH_CATALOGUE=$TMP/own.json run_sc build --minutes 1 --save mine
check "build --save with STRETCHCOACH_CATALOGUE is refused (got $rc)" test "$rc" -eq 2
# --- the locale does not change what is valid --------------------------------------
# 30 letters, 6 of them with a combining acute: 30 columns in any locale
art=$(printf 'e\314\201%.0s' 1 2 3 4 5 6)
art="${art}xxxxxxxxxxxxxxxxxxxxxxxx"
sed "s/\"Reach up and hold.\"]/\"Reach up and hold.\"], \"art\": [\"$art\"]/" "$TMP/own.json" >"$TMP/marks.json"
for loc in C.UTF-8 C POSIX; do
	LC_ALL=$loc "$SC_BIN" validate "$TMP/marks.json" >"$TMP/out" 2>"$TMP/err"
	rc=$?
	check "art with combining marks is 30 columns under LC_ALL=$loc too (got $rc)" test "$rc" -eq 0
done
art2="${art}xxx"
sed "s/\"Reach up and hold.\"]/\"Reach up and hold.\"], \"art\": [\"$art2\"]/" "$TMP/own.json" >"$TMP/marks2.json"
for loc in C.UTF-8 C; do
	LC_ALL=$loc "$SC_BIN" validate "$TMP/marks2.json" >"$TMP/out" 2>"$TMP/err"
	check "33 columns with marks are too wide under LC_ALL=$loc" grep -q 'is 33 columns wide; the limit is 32' "$TMP/err"
done
# --- a symlinked user catalogue (dotfiles) is written through, atomically -------------
mkdir -p "$TMP/dotfiles" "$XDG_CONFIG_HOME/stretchcoach"
echo '{"schema": 1, "stretches": [], "routines": []}' >"$TMP/dotfiles/catalogue.json"
ln -sf "$TMP/dotfiles/catalogue.json" "$XDG_CONFIG_HOME/stretchcoach/catalogue.json"
run_sc build --minutes 3 --save linked-one
check "build --save through a symlink: status 0 (got $rc)" test "$rc" -eq 0
check "the user catalogue is still a symlink" test -L "$XDG_CONFIG_HOME/stretchcoach/catalogue.json"
check "the symlink's target got the routine" grep -q '"linked-one"' "$TMP/dotfiles/catalogue.json"
check "no temporary file is left beside either" \
    test -z "$({ ls -A "$TMP/dotfiles"; ls -A "$XDG_CONFIG_HOME/stretchcoach"; } | grep '\.tmp')"
run_sc run linked-one --plain --speed 1000 --no-checkin
check "the saved routine runs (got $rc)" test "$rc" -eq 0
# a relative link to a file not there yet: created where the link points
rm "$XDG_CONFIG_HOME/stretchcoach/catalogue.json"
ln -s ../../dotfiles/fresh.json "$XDG_CONFIG_HOME/stretchcoach/catalogue.json"
run_sc build --minutes 3 --save fresh-one
check "build --save through a dangling relative symlink: status 0 (got $rc)" test "$rc" -eq 0
check "the link is kept" test -L "$XDG_CONFIG_HOME/stretchcoach/catalogue.json"
check "the file is made where it points" grep -q '"fresh-one"' "$TMP/home/dotfiles/fresh.json"
rm -f "$XDG_CONFIG_HOME/stretchcoach/catalogue.json"
# --- a user catalogue that breaks the bundled routines is named, with the way out ------
python3 - "$SC_ROOT/data/catalogue.json" "$XDG_CONFIG_HOME/stretchcoach/catalogue.json" <<'EOP'
import json, sys
c = json.load(open(sys.argv[1]))
s = dict(next(x for x in c["stretches"] if x["id"] == "knee-to-chest"))
s.update(kind="dynamic", reps=8, rep_seconds=4, hold=0)
for k in ("min_hold", "progression", "easier"):
    s.pop(k, None)
json.dump({"schema": 1, "stretches": [s], "routines": []}, open(sys.argv[2], "w"))
EOP
run_sc validate "$XDG_CONFIG_HOME/stretchcoach/catalogue.json"
check "the user catalogue validates alone (got $rc)" test "$rc" -eq 0
run_sc list
check "list over it fails with 65 (got $rc)" test "$rc" -eq 65
check "the error names the user catalogue's stretch too" \
    grep -q "is counted in reps; override reps, not hold (it is defined at $XDG_CONFIG_HOME/stretchcoach/catalogue.json: stretches\[0\]" "$TMP/err"
check "and says how to go on" grep -q "your catalogue $XDG_CONFIG_HOME/stretchcoach/catalogue.json is loaded over the bundled one; mend" "$TMP/err"
run_sc validate
check "validate names both files" sh -c "grep -q 'data/catalogue.json: routines' '$TMP/err' && grep -q 'defined at $XDG_CONFIG_HOME/stretchcoach/catalogue.json' '$TMP/err'"
rm "$XDG_CONFIG_HOME/stretchcoach/catalogue.json"
finish
