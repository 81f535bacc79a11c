#!/bin/sh
# content.sh — the bundled catalogue read as a whole: it validates without a
# warning, is wide enough (50 stretches, 12 routines), uses every stretch in
# a routine, keeps steps and cautions to 80 characters, and every picture
# (art and breath frames), as `show` renders it, is clean: no doubled
# backslash, no line over 32 columns, no trailing space. No routine
# description names a length, in any language.
NAME=content.sh
. "${SC_ROOT:-.}/tests/cli/lib.sh"
cd "$SC_ROOT" || exit 1
CAT=data/catalogue.json

run_sc -c "$CAT" validate
if [ "$rc" -eq 0 ] && grep -Eq ' 0 warnings?(\(s\))?$' "$TMP/out" && [ ! -s "$TMP/err" ]; then
	pass "validate $CAT: ok, no warnings"
else
	fail "validate $CAT: rc $rc: $(cat "$TMP/err" "$TMP/out")"
fi

# The ids, from the program's own JSON (cJSON prints one key a line).
"$SC_BIN" -c "$CAT" list --json | sed -n 's/^		"id":	"\([a-z0-9-]*\)",$/\1/p' >"$TMP/ids"
"$SC_BIN" -c "$CAT" routines --json >"$TMP/routines.json"
nst=$(wc -l <"$TMP/ids" | tr -d ' ')
nrt=$(grep -c '^		"items":' "$TMP/routines.json")
check "at least 50 stretches ($nst)" [ "$nst" -ge 50 ]
check "at least 12 routines ($nrt)" [ "$nrt" -ge 12 ]
for r in flare-day upper-back-reset desk-wrists tools-release; do
	check "routine $r exists" grep -q "^		\"id\":	\"$r\",\$" "$TMP/routines.json"
done

grep '^		"items":' "$TMP/routines.json" | grep -o '"[a-z0-9-]*"' | tr -d '"' | sort -u >"$TMP/used"
unused=$(sort -u "$TMP/ids" | comm -23 - "$TMP/used" | tr '\n' ' ')
if [ -s "$TMP/ids" ] && [ -z "$unused" ]; then pass "every stretch is in at least one routine"
else fail "stretches in no routine: $unused"; fi

# show's pictures, read here for their shape: without LeakSanitizer's exit
# scan (half of each run's CPU), as tests/cli/commands.sh shows every
# stretch of the same catalogue with it
long= bad_pic= trailing= doubled=
while read -r id; do
	ASAN_OPTIONS="${ASAN_OPTIONS:+$ASAN_OPTIONS:}detect_leaks=0" "$SC_BIN" -c "$CAT" show "$id" >"$TMP/show" 2>&1 ||
	    fail "show $id: exit $?"
	# Picture lines are the ones show indents by four spaces.
	if grep -n '^    ' "$TMP/show" | awk -F: '{ l = $0; sub(/^[0-9]+:    /, "", l); if (length(l) > 32) exit 1 }'
	then :; else bad_pic="$bad_pic $id"; fi
	grep -q '\\\\' "$TMP/show" && doubled="$doubled $id"
	grep -q ' $' "$TMP/show" && trailing="$trailing $id"
	# Steps ("  1. ") and cautions ("  ! ").
	if sed -n 's/^  [0-9][0-9]*\. //p; s/^  ! //p' "$TMP/show" | awk 'length($0) > 80 { exit 1 }'
	then :; else long="$long $id"; fi
	if ! grep -q '^    ' "$TMP/show"; then bad_pic="$bad_pic $id(no picture)"; fi
done <"$TMP/ids"
if [ -z "$bad_pic" ]; then pass "every stretch has a picture, each line at most 32 columns"
else fail "pictures missing or over 32 columns:$bad_pic"; fi
if [ -z "$doubled" ]; then pass "no picture prints a doubled backslash"
else fail "doubled backslashes in:$doubled"; fi
if [ -z "$trailing" ]; then pass "no line of show ends in a space"
else fail "trailing spaces in show:$trailing"; fi
if [ -z "$long" ]; then pass "every step and caution is at most 80 characters"
else fail "steps or cautions over 80 characters in:$long"; fi

# Breath frames are shown by show, and the five moves the guide names have them.
for id in cat-cow wall-angels glute-bridge pelvic-tilts arm-sweeps; do
	run_sc -c "$CAT" show "$id"
	if grep -q '^On the in-breath$' "$TMP/out" && grep -q '^On the out-breath$' "$TMP/out"; then
		pass "$id shows its in-breath and out-breath frames"
	else
		fail "$id: no breath frames in show"
	fi
done

# The safety page has the three tiers, and heat and cold.
run_sc safety
for words in 'call your local emergency number' 'See a doctor soon' 'Ask your doctor or physiotherapist first' \
    'pregnancy' 'osteoporosis' 'hip replacement' 'heat pack' 'cold pack'; do
	check "safety says '$words'" grep -qi "$words" "$TMP/out"
done

# The lower back is never rolled on: no roller or ball move works the lower
# back from the floor, and the ball one says "beside" the spine.
run_sc -c "$CAT" show ball-lower-back-wall
check "the lower-back release keeps the ball beside the spine" grep -q 'beside your lower spine' "$TMP/out"
# Pregnancy leaves the forward fold in (not to the end of its range): its caution makes room for the bump.
run_sc -c "$CAT" show seated-forward-fold
check "the seated forward fold tells a pregnant person to open the legs" grep -q 'If pregnant, open your legs wide' "$TMP/out"
run_sc -c "$CAT" show foam-roll-lower-back
check "no foam-roll-lower-back any more (exit 2)" [ "$rc" -eq 2 ]

# A routine's length is the program's to say: it counts it from the plan
# (and the needs a person gave may shorten it), beside the description.
# So no description, in the catalogue or a translation, names a length.
for f in data/catalogue.json data/catalogue.*.json; do
	python3 -c '
import json, re, sys
for r in json.load(open(sys.argv[1], encoding="utf-8")).get("routines", []):
    if re.search(r"(?i)minut", r.get("description", "")):
        print(r["id"])' "$f" >"$TMP/timed"
	check "$f: no routine description names its length" [ ! -s "$TMP/timed" ] || cat "$TMP/timed"
done
finish
