#!/bin/sh
# A file-size limit (ulimit -f) gives exit 74 with a clear message and loses nothing, both
# when the file is already past the limit and when the new line would cross it (the partial
# write is taken back). Uses the histtool helper ($SC_HISTTOOL, default: beside $SC_BIN).
NAME=history_fsize.sh
. "$SC_ROOT/tests/cli/lib.sh"
TOOL=$(history_tool) || exit 1
# everything under one tree: the history in $tmp/data, the config in $tmp/config
tmp=$TMP
XDG_DATA_HOME=$tmp/data XDG_CONFIG_HOME=$tmp/config
file=$tmp/data/stretchcoach/history.jsonl

# A one-stretch routine that a preview (--speed 1000) finishes at once.
cat >"$tmp/quick.json" <<'JSON'
{"schema": 1,
 "stretches": [{"id": "reach", "name": "Reach", "kind": "static", "areas": ["shoulders"],
   "level": "gentle", "position": "standing", "time": ["morning", "evening"], "hold": 2,
   "sides": "none", "sets": 1, "steps": ["Reach up."]}],
 "routines": [{"id": "quick", "name": "Quick", "time": "any", "description": "x", "rest": 0,
   "items": [{"stretch": "reach"}]}]}
JSON

# How many bytes `ulimit -f 1` allows in this shell (512 or 1024).
(ulimit -f 1; head -c 4096 /dev/zero >"$tmp/probe"; true) 2>/dev/null
block=$(stat -c %s "$tmp/probe")
[ "$block" -gt 0 ] || { fail "cannot measure the ulimit -f block"; exit 1; }

limited_append() {
	(ulimit -f 1; exec timeout 20 "$TOOL" append "$file" 1) >"$tmp/out" 2>"$tmp/err"
}

# 1. The new line would cross the limit: seed a session, pad to 40 bytes short of it.
timeout 20 "$TOOL" append "$file" 1 || fail "could not seed the history"
size=$(stat -c %s "$file")
pad=$((block - 40 - size - 1))
[ $pad -ge 0 ] || { fail "a session line is longer than the limit ($size >= $block)"; exit 1; }
head -c $pad /dev/zero | tr '\0' ' ' >>"$file"
echo >>"$file"
cp "$file" "$tmp/before"
limited_append; rc=$?
if [ $rc -eq 74 ]; then pass "line crossing the limit: exit 74"; else fail "line crossing the limit: exit $rc"; fi
grep -qxF "stretchcoach: cannot save this session to history: $file: write failed, nothing was added: File too large" "$tmp/err" &&
	pass "line crossing the limit: clear message" || fail "line crossing the limit: message was: $(cat "$tmp/err")"
cmp -s "$file" "$tmp/before" && pass "line crossing the limit: partial line taken back" ||
	fail "line crossing the limit: file changed ($(stat -c %s "$file") bytes, was $((block - 40)))"

# 2. The file is already past the limit.
timeout 20 "$TOOL" append "$file" 10 || fail "could not grow the history"
cp "$file" "$tmp/before"
limited_append; rc=$?
if [ $rc -eq 74 ]; then pass "file past the limit: exit 74"; else fail "file past the limit: exit $rc"; fi
grep -q "File too large" "$tmp/err" && pass "file past the limit: clear message" ||
	fail "file past the limit: message was: $(cat "$tmp/err")"
cmp -s "$file" "$tmp/before" && pass "file past the limit: nothing lost" || fail "file past the limit: file changed"

# 3. The real binary: the session runs, then the history write fails with exit 74.
if [ -x "${SC_BIN:-}" ]; then
	(ulimit -f 1; timeout 30 "$SC_BIN" --plain --no-checkin --speed 1000 -c "$tmp/quick.json" \
		run quick </dev/null 2>&1; echo "rc=$?") | cat >"$tmp/bin.out"
	grep -qx "rc=74" "$tmp/bin.out" && pass "stretchcoach run: exit 74" ||
		fail "stretchcoach run: $(tail -n 3 "$tmp/bin.out")"
	grep -qF "stretchcoach: cannot save this session to history: $file: write failed, nothing was added: File too large" \
		"$tmp/bin.out" && pass "stretchcoach run: clear message" || fail "stretchcoach run: no clear message"
	grep -q "Routine complete" "$tmp/bin.out" && pass "stretchcoach run: the session still ran" ||
		fail "stretchcoach run: the session did not run"
	cmp -s "$file" "$tmp/before" && pass "stretchcoach run: nothing lost" || fail "stretchcoach run: file changed"
else
	echo "SKIP $NAME: stretchcoach run (no \$SC_BIN)"
fi

out=$(timeout 20 "$TOOL" check "$file" 2>&1)
[ "$out" = "lines 12 valid 11 blank 1 bad 0" ] && pass "every session still parses" || fail "check says: $out"
finish
