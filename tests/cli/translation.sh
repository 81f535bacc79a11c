#!/bin/sh
# Catalogue translations (catalogue.LANG.json beside a catalogue): chosen by
# the message locale, each field falling back to the catalogue's own words;
# a catalogue without translations is the same in every locale; validate
# checks a translation against its catalogue; --json keeps the catalogue's
# words and adds the shown ones. The bundled translations are complete.
NAME=translation
. "$SC_ROOT/tests/cli/lib.sh"
. "$SC_ROOT/tests/locale.sh"
unset LC_ALL LC_MESSAGES LANGUAGE

if ! locales_ready "$TMP/locales"; then
	fail "localedef cannot make de_DE.UTF-8, es_ES.UTF-8 and fr_FR.UTF-8 (is the locales package installed?)"
	finish
fi

# A catalogue of two stretches and a routine; German for one stretch (no cues:
# they fall back) and the routine's name; nothing in Spanish.
cat >"$TMP/cat.json" <<'JSON'
{"schema": 1,
 "stretches": [
  {"id": "cat-cow", "name": "Cat-Cow", "kind": "dynamic", "areas": ["mid-back"],
   "level": "gentle", "position": "floor", "time": ["morning"], "reps": 2, "rep_seconds": 8,
   "steps": ["Come onto your hands and knees.", "Arch, then round your back."],
   "cautions": ["Keep the movement small if your back is sore."],
   "cues": {"inhale": "lift the chest", "exhale": "round the back"},
   "art": ["  hands under shoulders", "   ____O____", "  /    |    \\\\"]},
  {"id": "sphinx", "name": "Sphinx", "kind": "static", "areas": ["lower-back"],
   "level": "gentle", "position": "floor", "time": ["evening"], "hold": 20,
   "steps": ["Lie on your front, up on your forearms."]}],
 "routines": [
  {"id": "two", "name": "Two Moves", "description": "Cat-cow, then sphinx.",
   "items": [{"stretch": "cat-cow"}, {"stretch": "sphinx"}]}]}
JSON
cat >"$TMP/cat.de.json" <<'JSON'
{"translation": 1, "language": "de",
 "stretches": [
  {"id": "cat-cow", "name": "Katze-Kuh",
   "steps": ["Geh in den Vierfüßlerstand.", "Mach ein Hohlkreuz, dann einen runden Rücken."]}],
 "routines": [{"id": "two", "name": "Zwei Übungen"}]}
JSON

sc_in() {   # sc_in LANG ARGS...: run with that LANG
	l=$1
	shift
	LANG=$l "$SC_BIN" "$@" >"$TMP/out" 2>"$TMP/err" </dev/null
	rc=$?
}

sc_in de_DE.UTF-8 show cat-cow -c "$TMP/cat.json"
check "show in German: the translated name" grep -q '^Katze-Kuh  (cat-cow)$' "$TMP/out"
check "show in German: the translated steps" grep -q '1\. Geh in den Vierfüßlerstand\.$' "$TMP/out"
check "show in German: cautions fall back to English" \
    grep -q 'Keep the movement small if your back is sore\.$' "$TMP/out"
check "show in German: cues fall back to English" grep -q 'lift the chest$' "$TMP/out"
check "show in German: no English name or step" \
    sh -c "! grep -q -e 'Cat-Cow' -e 'hands and knees' '$TMP/out'"

sc_in C show cat-cow -c "$TMP/cat.json"
check "LANG=C: the catalogue's own words" grep -q '^Cat-Cow  (cat-cow)$' "$TMP/out"
LANG=C LANGUAGE=de "$SC_BIN" show cat-cow -c "$TMP/cat.json" >"$TMP/out" 2>&1
check "LANGUAGE is ignored in the C locale, as gettext does" grep -q '^Cat-Cow ' "$TMP/out"
LANG=es_ES.UTF-8 LANGUAGE=fr:de "$SC_BIN" show cat-cow -c "$TMP/cat.json" >"$TMP/out" 2>&1
check "LANGUAGE=fr:de: German, the first language there is" grep -q '^Katze-Kuh ' "$TMP/out"

# Spanish has no translation: the text is the catalogue's, unchanged.
sc_in es_ES.UTF-8 show cat-cow -c "$TMP/cat.json"
check "Spanish without a translation: English name, steps, cues and cautions" \
    sh -c "grep -q '^Cat-Cow  (cat-cow)$' '$TMP/out' && grep -q 'Come onto your hands and knees\.$' '$TMP/out' &&
        grep -q 'round the back$' '$TMP/out' && grep -q 'back is sore\.$' '$TMP/out'"
for l in C de_DE.UTF-8 es_ES.UTF-8; do
	sc_in "$l" show sphinx -c "$SC_ROOT/tests/data/good/minimal.json"
	check "a catalogue with no translation, $l: its own words" \
	    sh -c "[ $rc -eq 0 ] && grep -q '^Sphinx  (sphinx)$' '$TMP/out' &&
	        grep -q 'Lie on your front and prop yourself up on your forearms\.$' '$TMP/out'"
done

sc_in de_DE.UTF-8 run two -c "$TMP/cat.json" --plain --speed 1000 --no-checkin
check "a plain run in German: the translated names, the untranslated one as written" \
    sh -c "[ $rc -eq 0 ] && grep -q 'Katze-Kuh' '$TMP/out' && grep -q 'Sphinx' '$TMP/out' &&
        grep -q 'Zwei Übungen' '$TMP/out' && ! grep -q 'Cat-Cow' '$TMP/out'"

sc_in de_DE.UTF-8 list --json -c "$TMP/cat.json"
check "list --json: the catalogue's name and the shown one" python3 -c '
import json, sys
s = {o["id"]: o for o in json.load(open(sys.argv[1]))}
assert s["cat-cow"]["name"] == "Cat-Cow" and s["cat-cow"]["shown_name"] == "Katze-Kuh"
assert s["sphinx"]["name"] == s["sphinx"]["shown_name"] == "Sphinx"' "$TMP/out"
sc_in de_DE.UTF-8 routines --json -c "$TMP/cat.json"
check "routines --json: the catalogue's name and description and the shown ones" python3 -c '
import json, sys
r = json.load(open(sys.argv[1]))[0]
assert (r["id"], r["name"], r["shown_name"]) == ("two", "Two Moves", "Zwei Übungen")
assert r["description"] == r["shown_description"] == "Cat-cow, then sphinx."' "$TMP/out"

# validate checks the translations beside a catalogue: gaps are warnings.
sc_in C validate "$TMP/cat.json"
check "validate: the translation is ok, exit 0" \
    sh -c "[ $rc -eq 0 ] && grep -qx '$TMP/cat.de.json: ok' '$TMP/out'"
for w in 'stretches\[0\] (id "cat-cow"): cautions are not translated' \
    'stretches\[0\] (id "cat-cow"): cues: inhale is not translated' \
    "stretch \"sphinx\" of $TMP/cat.json is not translated" \
    'routines\[0\] (id "two"): description is not translated' \
    'stretches\[0\] (id "cat-cow"): art has words that are not translated'; do
	check "validate warns: $w" grep -q "^stretchcoach: warning: $TMP/cat.de.json: .*$w" "$TMP/err"
done
# the stretch left out, in the reader's language: one whole sentence, not an English word
sc_in de_DE.UTF-8 validate "$TMP/cat.json"
check "validate in German: the stretch left out, in German" \
    grep -q "^stretchcoach: .*$TMP/cat.de.json: die Dehnung \"sphinx\" aus $TMP/cat.json ist nicht übersetzt$" "$TMP/err"
sc_in C validate "$TMP/cat.de.json"
check "validate FILE.de.json: checked against FILE.json" \
    sh -c "[ $rc -eq 0 ] && grep -qx '$TMP/cat.de.json: ok' '$TMP/out' && grep -q 'sphinx' '$TMP/err'"
# An id the catalogue lacks: one whole sentence per kind, in the reader's language.
mkdir -p "$TMP/ghost"
cp "$TMP/cat.json" "$TMP/ghost/cat.json"
sed -e 's/"id": "two"/"id": "three"/' -e 's/"id": "cat-cow"/"id": "dog-cow"/' "$TMP/cat.de.json" \
    >"$TMP/ghost/cat.de.json"
sc_in de_DE.UTF-8 validate "$TMP/ghost/cat.json"
check "validate in German: a stretch id the catalogue lacks, in one German sentence" \
    grep -q "der Katalog .* hat keine Dehnung mit dieser ID; ignoriert" "$TMP/err"
check "... a routine id too" grep -q "der Katalog .* hat keine Routine mit dieser ID; ignoriert" "$TMP/err"

# A translation may not drop a caution (a safety line): validate fails, and so does use.
sed 's/"name": "Katze-Kuh",/"name": "Katze-Kuh", "cautions": [],/' "$TMP/cat.de.json" >"$TMP/drop.de.json"
cp "$TMP/cat.json" "$TMP/drop.json"
sc_in C validate "$TMP/drop.de.json"
check "validate: a translation with \"cautions\": [] fails (exit 65)" sh -c "[ $rc -eq 65 ] &&
    grep -q 'drop.de.json: stretches\[0\] (id \"cat-cow\"): cautions has 0 lines where the catalogue has 1; translate every caution, drop none' '$TMP/err'"
# the physiotherapist's case: the bundled German without Child's Pose's cautions
python3 -c '
import json, sys
t = json.load(open(sys.argv[1]))
for s in t["stretches"]:
    if s["id"] == "childs-pose":
        s["cautions"] = []
json.dump(t, open(sys.argv[2], "w"), ensure_ascii=False)' "$SC_ROOT/data/catalogue.de.json" "$TMP/bundled.de.json"
cp "$SC_ROOT/data/catalogue.json" "$TMP/bundled.json"
sc_in C validate "$TMP/bundled.de.json"
check "validate: the German catalogue without Child's Pose's cautions fails (exit 65)" sh -c "[ $rc -eq 65 ] &&
    grep -q '(id \"childs-pose\"): cautions has 0 lines where the catalogue has 3' '$TMP/err'"

# A broken translation: a clear error naming it, exit 65, in validate and in use.
sed 's/"Katze-Kuh"/"Katze\\u001b[31mKuh"/' "$TMP/cat.de.json" >"$TMP/bad.de.json"
cp "$TMP/cat.json" "$TMP/bad.json"
sc_in C validate "$TMP/bad.json"
check "validate: an escape in a translation is an error (exit 65)" \
    sh -c "[ $rc -eq 65 ] && grep -q 'bad.de.json: stretches\[0\] (id \"cat-cow\"): name contains a control' '$TMP/err'"
sc_in de_DE.UTF-8 show cat-cow -c "$TMP/bad.json"
check "show with a broken translation: one line, exit 65, nothing raw" \
    sh -c "[ $rc -eq 65 ] && [ \$(wc -l <'$TMP/err') -eq 1 ] && ! grep -q \"\$(printf '\\033')\" '$TMP/err' '$TMP/out'"
sc_in es_ES.UTF-8 show cat-cow -c "$TMP/bad.json"
check "another language does not read the broken German" sh -c "[ $rc -eq 0 ]"

# A user catalogue carries its own translation: it applies to its own entries.
mkdir -p "$XDG_CONFIG_HOME/stretchcoach"
cat >"$XDG_CONFIG_HOME/stretchcoach/catalogue.json" <<'JSON'
{"schema": 1, "stretches": [
  {"id": "my-roll", "name": "Shoulder Roll", "kind": "dynamic", "areas": ["shoulders"],
   "level": "gentle", "position": "seated", "time": ["morning"], "reps": 5, "rep_seconds": 4,
   "steps": ["Roll your shoulders back."]}]}
JSON
cat >"$XDG_CONFIG_HOME/stretchcoach/catalogue.es.json" <<'JSON'
{"translation": 1, "language": "es", "stretches": [
  {"id": "my-roll", "name": "Círculos de hombros", "steps": ["Lleva los hombros hacia atrás en círculos."]}]}
JSON
sc_in es_ES.UTF-8 show my-roll
check "a user catalogue's own translation" \
    sh -c "[ $rc -eq 0 ] && grep -q '^Círculos de hombros  (my-roll)$' '$TMP/out'"
sc_in C validate
check "validate in use: the user translation is checked, no warning for it" \
    sh -c "grep -qx '$XDG_CONFIG_HOME/stretchcoach/catalogue.es.json: ok' '$TMP/out' &&
        ! grep -q 'catalogue.es.json: stretches' '$TMP/err'"
rm -r "$XDG_CONFIG_HOME/stretchcoach"

# ---- the bundled translations

# Complete: every id of the bundled catalogue, every text field; steps within 80 columns.
for tag in de es fr; do
	check "data/catalogue.$tag.json is there" test -f "$SC_ROOT/data/catalogue.$tag.json"
done
for f in "$SC_ROOT"/data/catalogue.*.json; do
	[ -f "$f" ] || continue
	sc_in C validate "$f"
	missing=$(sed -n 's/.* \(stretch\|routine\|programme\) "\([a-z0-9-]*\)" of .* is not translated$/\2/p' "$TMP/err" | tr '\n' ' ')
	if [ "$rc" -eq 0 ] && [ ! -s "$TMP/err" ]; then
		pass "${f##*/} translates all of the bundled catalogue, no warnings"
	elif [ -n "$missing" ]; then
		fail "${f##*/} misses these ids: $missing"
	else
		fail "${f##*/}: exit $rc: $(head -n 5 "$TMP/err")"
	fi
done
# validate alone checks the catalogue in use and all three translations beside it.
sc_in C validate
for tag in de es fr; do
	check "validate checks catalogue.$tag.json" grep -q "/catalogue\.$tag\.json: ok\$" "$TMP/out"
done
# French keeps one register and one pair of breath words: tu (never vous), inspire / expire
# (never inhale / exhale).
python3 -c '
import json, re, sys
t = json.load(open(sys.argv[1]))
def texts(o):
    if isinstance(o, dict):
        for k, v in o.items():
            if k not in ("id", "from"):
                yield from texts(v)
    elif isinstance(o, list):
        for v in o:
            yield from texts(v)
    elif isinstance(o, str):
        yield o
for x in texts(t):
    if re.search(r"\b(vous|votre|vos|inhal\w*|exhal\w*)\b", x, re.I):
        print(x)' "$SC_ROOT/data/catalogue.fr.json" >"$TMP/register" 2>&1
check "catalogue.fr.json says tu and inspire / expire throughout" test ! -s "$TMP/register"
[ -s "$TMP/register" ] && sed 's/^/    /' "$TMP/register" | head -n 5

# From an installed tree: show and a plain run in each bundled language.
make -s -C "$SC_ROOT" install DESTDIR="$TMP/stage" PREFIX=/usr >"$TMP/make.log" 2>&1
check "make install" test $? -eq 0
inst=$TMP/stage/usr/bin/stretchcoach
for f in "$SC_ROOT"/data/catalogue.*.json; do
	[ -f "$f" ] || continue
	tag=${f%.json}
	tag=${tag##*.}
	case $tag in de) l=de_DE.UTF-8 ;; es) l=es_ES.UTF-8 ;; fr) l=fr_FR.UTF-8 ;; *) continue ;; esac
	# what the translation says for cat-cow, and a routine with it
	python3 -c '
import json, sys
t = json.load(open(sys.argv[1]))
c = json.load(open(sys.argv[2]))
s = {e["id"]: e for e in t["stretches"]}
r = next(r for r in c["routines"] if any(i["stretch"] == "cat-cow" for i in r["items"]))
rt = {e["id"]: e for e in t["routines"]}[r["id"]]
print(s["cat-cow"]["name"]); print(s["cat-cow"]["steps"][0]); print(r["id"]); print(rt["name"])
for i in r["items"]:
    print(s[i["stretch"]]["name"])' "$f" "$SC_ROOT/data/catalogue.json" >"$TMP/want" ||
	    fail "reading $f"
	name=$(sed -n 1p "$TMP/want")
	step=$(sed -n 2p "$TMP/want")
	rid=$(sed -n 3p "$TMP/want")
	(cd / && LANG=$l "$inst" show cat-cow >"$TMP/out" 2>"$TMP/err")
	check "installed, $l: show cat-cow gives \"$name\" and its first step" \
	    sh -c "grep -qxF '$name  (cat-cow)' '$TMP/out' && grep -qF '1. $step' '$TMP/out' && ! grep -q 'Cat-Cow' '$TMP/out'"
	(cd / && LANG=$l "$inst" run "$rid" --plain --speed 1000 --no-checkin >"$TMP/out" 2>"$TMP/err")
	bad=
	sed -n '4,$p' "$TMP/want" | while IFS= read -r w; do
		grep -qF "$w" "$TMP/out" || echo "$w"
	done >"$TMP/absent"
	check "installed, $l: a plain run of $rid names the routine and every stretch in the language" \
	    sh -c "[ ! -s '$TMP/absent' ]"
	[ -s "$TMP/absent" ] && echo "    not shown: $(tr '\n' ',' <"$TMP/absent")"
done
LANG=C "$inst" show cat-cow >"$TMP/out" 2>&1
check "installed, LANG=C: English" grep -q '^Cat-Cow  (cat-cow)$' "$TMP/out"
make -s -C "$SC_ROOT" uninstall DESTDIR="$TMP/stage" PREFIX=/usr >"$TMP/make.log" 2>&1
check "make uninstall leaves no translation behind" \
    sh -c "! ls '$TMP/stage/usr/share/stretchcoach/'catalogue.*.json >/dev/null 2>&1"
# Option help lines up by columns, not bytes: ZUBEHÖR and MATÉRIEL are one
# column less in bytes than they look.
for l in de_DE.UTF-8 fr_FR.UTF-8; do
	sc_in "$l" build --help
	check "build --help in $l: every description starts in column 30" python3 -c '
import re, sys
bad = [ln for ln in open(sys.argv[1], encoding="utf-8").read().splitlines()
       if re.match(r"  --\S", ln) and re.search(r"\S  +\S", ln)
       and re.search(r"\S  +(?=\S)", ln).end() != 29]
sys.exit("\n".join(bad) if bad else 0)' "$TMP/out"
done
# The health-condition checklist's rows fit 50 columns in every language:
# 36 columns after the row's number and box (src/conditions.c).
check "every language's condition checklist rows are at most 36 columns" python3 -c '
import re, sys, unicodedata
src = open(sys.argv[1], encoding="utf-8").read()
block = src[src.index("checklist_words[COND_COUNT]"):]
block = block[:block.index("};")]
ids = re.findall(r"N_\(\"([^\"]*)\"\)", block)
width = lambda t: sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in t)
bad = []
for po in sys.argv[2:]:
    text = open(po, encoding="utf-8").read()
    for i in ids:
        m = re.search(r"\nmsgid \"" + re.escape(i) + r"\"\nmsgstr \"([^\"]*)\"", text)
        if m and width(m.group(1)) > 36:
            bad.append("%s: %s (%d)" % (po, m.group(1), width(m.group(1))))
    if not ids:
        bad.append("no checklist words found")
sys.exit("\n".join(bad) if bad else 0)' "$SC_ROOT/src/conditions.c" "$SC_ROOT"/po/*.po
# A plain summary's list is one translated sentence: French puts its space before the colon.
sc_in fr_FR.UTF-8 run breathe-and-walk --plain --speed 1000 --no-checkin -c "$SC_ROOT/data/catalogue.json"
check "a plain summary in French: '2 sur 2 : ' with the space French puts before a colon" \
    grep -q '^  faits  *2 sur 2 : ' "$TMP/out"
finish
