#!/bin/sh
# Plain output is safe in any locale (issue 26, item 8). Under LC_ALL=C no
# byte above 0x7F leaves the program on stdout or stderr: a name holding
# U+00DB (UTF-8 C3 9B, and 0x9B is CSI on an 8-bit terminal) comes out as
# its ASCII stand-in, JSON as \u escapes that decode to the same text. Under
# C.UTF-8 the text stays as written and no C1 code point ever goes out.
NAME=locale_bytes.sh
. "$SC_ROOT/tests/cli/lib.sh"
TZ=UTC SC_NOW='2026-12-07 08:30'
export TZ SC_NOW
mkdir -p "$XDG_DATA_HOME/stretchcoach"

cat >"$TMP/cat.json" <<'JSON'
{"schema": 1,
 "stretches": [{"id": "reach", "name": "Ûber Reach — café…", "kind": "static",
   "areas": ["shoulders"], "level": "gentle", "position": "standing", "time": ["morning"],
   "hold": 20, "sides": "none", "sets": 1, "steps": ["Reach up ‛high’ ÷ 😀."],
   "cautions": ["Stop if it hurts — Û."]}],
 "routines": [{"id": "r1", "name": "Morgen Ûbung ‛fein’", "description": "Eine Ûbung… ›ruhig‹.",
   "items": [{"stretch": "reach"}]}]}
JSON
# a history whose routine id and an unreadable line hold the same bytes
printf '%s\n' '{"v":1,"routine":"r1","started":"2026-12-06T07:00:00+00:00","ended":"2026-12-06T07:05:00+00:00","planned_s":60,"active_s":60,"completed":["reach"],"skipped":[],"hurt":[],"quit":false,"speed":1,"tension_before":null,"tension_after":null}' \
	'{"v":1,"routine":"Û\u009b","started":"x"}' >"$XDG_DATA_HOME/stretchcoach/history.jsonl"
printf '\233[31m \303\233 bad\n' >"$TMP/raw.json"

# every command under test, one per line; their stdout and stderr go to one file each
cmds='show reach
show r1
list
routines
show Ûnknown
history
status
validate
validate RAW
run r1 --plain --no-checkin'

for loc in C C.UTF-8; do
	i=0
	echo "$cmds" | while IFS= read -r c; do
		i=$((i + 1))
		# shellcheck disable=SC2086
		set -- $(echo "$c" | sed "s|RAW|$TMP/raw.json|")
		LC_ALL=$loc timeout 60 "$SC_BIN" -c "$TMP/cat.json" "$@" >"$TMP/$loc.$i" 2>&1 </dev/null
	done
done

n=$(echo "$cmds" | wc -l)
i=0
while [ "$i" -lt "$n" ]; do
	i=$((i + 1))
	c=$(echo "$cmds" | sed -n "${i}p")
	check "LC_ALL=C, $c: output was written" test -s "$TMP/C.$i"
	python3 - "$TMP/C.$i" <<'PY' && pass "LC_ALL=C, $c: ASCII only" || fail "LC_ALL=C, $c: a byte above 0x7F: $(od -c "$TMP/C.$i" | head -5)"
import sys
sys.exit(0 if all(b < 0x80 for b in open(sys.argv[1], "rb").read()) else 1)
PY
	python3 - "$TMP/C.UTF-8.$i" <<'PY' && pass "C.UTF-8, $c: UTF-8 without a C1 code point" || fail "C.UTF-8, $c: $(od -c "$TMP/C.UTF-8.$i" | head -5)"
import sys
try:
    t = open(sys.argv[1], "rb").read().decode("utf-8")
except UnicodeDecodeError:
    sys.exit(1)
sys.exit(1 if any(0x80 <= ord(ch) <= 0x9F for ch in t) else 0)
PY
done
check "LC_ALL=C: the name's ASCII stand-in" grep -q "^Uber Reach - cafe\.\.\.  (reach)" "$TMP/C.1"
check "C.UTF-8: the name as written" grep -q "^Ûber Reach — café…  (reach)" "$TMP/C.UTF-8.1"

# JSON in the C locale: ASCII, and the same text once decoded
LC_ALL=C "$SC_BIN" -c "$TMP/cat.json" list --json >"$TMP/json" 2>&1 </dev/null
python3 - "$TMP/json" <<'PY' && pass "LC_ALL=C, list --json: ASCII that decodes to the catalogue's name" || fail "LC_ALL=C, list --json: $(head -c 300 "$TMP/json")"
import json, sys
raw = open(sys.argv[1], "rb").read()
ok = all(b < 0x80 for b in raw) and json.loads(raw)[0]["name"] == "Ûber Reach — café…"
sys.exit(0 if ok else 1)
PY

# the ASCII stream fails like the terminal's: >/dev/full is exit 74 and says
# the routine was saved all the same, never a crash
LC_ALL=C "$SC_BIN" build --minutes 3 --save my-quick </dev/null >/dev/full 2>"$TMP/err"
rc=$?
check "LC_ALL=C, build --save >/dev/full: exit 74 (got $rc)" test "$rc" -eq 74
check "LC_ALL=C, build --save >/dev/full: saved all the same" grep -q "saved all the same" "$TMP/err"
finish
