#!/bin/sh
# Invisible characters (Unicode's Default_Ignorable_Code_Point set, U+2028 and
# U+2029) are refused in every text field of a catalogue and a translation, and
# never reach the terminal raw from a history line (issue 26, item 4).
NAME=invisible.sh
. "$SC_ROOT/tests/cli/lib.sh"

# catalogue NAME STEP: a one-stretch catalogue (JSON escapes allowed in both)
catalogue() {
	cat <<JSON
{"schema": 1,
 "stretches": [{"id": "reach", "name": "$1", "kind": "static", "areas": ["shoulders"],
   "level": "gentle", "position": "standing", "time": ["morning"], "hold": 20,
   "sides": "none", "sets": 1, "steps": ["$2"]}],
 "routines": [{"id": "quick", "name": "Quick", "time": "any", "description": "x", "rest": 0,
   "items": [{"stretch": "reach"}]}]}
JSON
}
catalogue "Reach" "Reach up." >"$TMP/ok.json"
run_sc validate "$TMP/ok.json"
check "a plain catalogue is valid" [ "$rc" -eq 0 ]

for cp in 00ad 034f 115f 3164 ffa0 17b4 180b 2028 2029 fe0f; do
	catalogue "Re\\u${cp}ach" "Reach up." >"$TMP/c.json"
	run_sc validate "$TMP/c.json"
	[ "$rc" -eq 65 ] && pass "U+$cp in a name: exit 65" || fail "U+$cp in a name: exit $rc"
	catalogue "Reach" "Reach\\u${cp} up." >"$TMP/c.json"
	run_sc validate "$TMP/c.json"
	[ "$rc" -eq 65 ] && pass "U+$cp in a step: exit 65" || fail "U+$cp in a step: exit $rc"
done
# a tag character (U+E0041, TAG LATIN CAPITAL LETTER A) as a surrogate pair
catalogue "Reach\\udb40\\udc41" "Reach up." >"$TMP/c.json"
run_sc validate "$TMP/c.json"
[ "$rc" -eq 65 ] && pass "U+E0041 (a tag) in a name: exit 65" || fail "U+E0041 in a name: exit $rc"

# a translation: the same rule
cp "$TMP/ok.json" "$TMP/t.json"
printf '{"translation": 1, "language": "de", "stretches": [{"id": "reach", "name": "Streck\\u00addich"}]}\n' \
	>"$TMP/t.de.json"
run_sc validate "$TMP/t.de.json"
[ "$rc" -eq 65 ] && pass "U+00AD in a translation: exit 65" || fail "U+00AD in a translation: exit $rc"

# history: a routine id with a line separator or a tag is not printed raw
dir=$XDG_DATA_HOME/stretchcoach
mkdir -p "$dir"
d=$(date +%F)
for id in 'morning\u2028quick' 'morning\udb40\udc41quick' 'morning\u00adquick'; do
	printf '{"v":1,"routine":"%s","started":"%sT07:00:00+00:00","ended":"%sT07:05:00+00:00","planned_s":300,"active_s":300,"completed":["cat-cow"],"skipped":[],"hurt":[],"quit":false,"speed":1}\n' \
		"$id" "$d" "$d" >"$dir/history.jsonl"
	run_sc history
	if cat "$TMP/out" "$TMP/err" | grep -q "$(printf '\342\200\250\|\363\240\201\201\|\302\255')"; then
		fail "history printed $id raw"
	else
		pass "history does not print $id raw"
	fi
done
finish
