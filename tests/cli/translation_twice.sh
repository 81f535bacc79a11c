#!/bin/sh
# A translation that gives one id twice is an error in use and in validate;
# one that is a symlink loop fails `show` as it fails `validate` (issue 26, item 5).
NAME=translation_twice.sh
. "$SC_ROOT/tests/cli/lib.sh"
. "$SC_ROOT/tests/locale.sh"
unset LC_ALL LC_MESSAGES LANGUAGE
if ! locales_ready "$TMP/locales"; then
	fail "localedef cannot make de_DE.UTF-8"
	finish
fi
cat >"$TMP/cat.json" <<'JSON'
{"schema": 1,
 "stretches": [{"id": "reach", "name": "Reach", "kind": "static", "areas": ["shoulders"],
   "level": "gentle", "position": "standing", "time": ["morning"], "hold": 20,
   "sides": "none", "sets": 1, "steps": ["Reach up."], "cautions": ["Stop if it hurts."]}],
 "routines": [{"id": "quick", "name": "Quick", "time": "any", "description": "x", "rest": 0,
   "items": [{"stretch": "reach"}]}]}
JSON
cat >"$TMP/cat.de.json" <<'JSON'
{"translation": 1, "language": "de", "stretches": [
  {"id": "reach", "name": "Strecken", "steps": ["Streck dich."], "cautions": ["Hör auf, wenn es wehtut."]},
  {"id": "reach", "name": "Recken", "steps": ["Reck dich."], "cautions": ["Hör auf, wenn es wehtut."]}]}
JSON
LANG=de_DE.UTF-8 "$SC_BIN" -c "$TMP/cat.json" show reach >"$TMP/out" 2>"$TMP/err" </dev/null
rc=$?
check "an id translated twice: show exits 65 (got $rc)" test "$rc" -eq 65
check "an id translated twice: show names it" grep -q "cat.de.json: stretches: \"reach\"" "$TMP/err"
run_sc validate "$TMP/cat.de.json"
check "an id translated twice: validate exits 65 (got $rc)" test "$rc" -eq 65
check "an id translated twice: validate names it" grep -q '"reach" is translated more than once' "$TMP/err"

rm "$TMP/cat.de.json"
ln -s cat.de.json "$TMP/cat.de.json"
LANG=de_DE.UTF-8 "$SC_BIN" -c "$TMP/cat.json" show reach >"$TMP/out" 2>"$TMP/show.err" </dev/null
src=$?
run_sc validate "$TMP/cat.json"
check "a translation that is a symlink loop: validate fails (got $rc)" test "$rc" -ne 0
check "a translation that is a symlink loop: show fails as validate does (got $src, validate $rc)" \
    test "$src" -eq "$rc"
check "a symlink loop: show names the file" grep -q "cat.de.json" "$TMP/show.err"
finish
