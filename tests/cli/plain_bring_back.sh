#!/bin/sh
# plain_bring_back.sh — the plain routines menu names what it leaves out for
# hurting and offers a key to bring it back on that screen ("u" and the
# routine's number); the list after it, and the next run, have it again.
NAME=plain_bring_back.sh
. "$SC_ROOT/tests/cli/lib.sh"
dir=$XDG_DATA_HOME/stretchcoach
hist=$dir/history.jsonl
mkdir -p "$dir"
off=$(date +%:z)
d=$(date -d '1 day ago' +%F)
# Cat-Cow marked "it hurts" in morning-quick yesterday
printf '{"v":1,"routine":"morning-quick","started":"%sT08:00:00%s","ended":"%sT08:01:00%s","planned_s":240,"active_s":40,"completed":["hip-circles"],"skipped":[],"hurt":["cat-cow"],"quit":true,"speed":1,"tension_before":null,"tension_after":null}\n' \
    "$d" "$off" "$d" "$off" >"$hist"

# morning-quick's number in the plain morning menu
printf 'q\n' | timeout 30 "$SC_BIN" morning --plain >"$TMP/list" 2>&1
n=$(sed -n 's/^  \([0-9]*\)\. Morning Quick Start (.*/\1/p' "$TMP/list")
check "morning-quick is listed (as $n)" test -n "$n"
check "... with 2 stretches, Cat-Cow left out" grep -q "^  $n\. Morning Quick Start ([^,]*, 2 stretches)" "$TMP/list"
check "... the note says why" grep -q 'Left out for now, marked hurt in the last 7 days: Cat-Cow' "$TMP/list"
check "... and the key that brings it back, on that screen" grep -q "Type u$n and Enter to bring it back from the next run" "$TMP/list"

printf 'u%s\nq\n' "$n" | timeout 30 "$SC_BIN" morning --plain >"$TMP/out" 2>&1
rc=$?
check "u$n: exit 0" [ "$rc" = 0 ]
check "u$n says it is brought back" grep -q 'Brought back from the next run on' "$TMP/out"
check "the history notes it" grep -q '"event":"stretch-back".*"stretch":"cat-cow"\|"stretch":"cat-cow".*"event":"stretch-back"' "$hist"
check "the list after it shows morning-quick whole again" sh -c \
    "sed -n '/Brought back/,\$p' '$TMP/out' | grep -q '^  $n\. Morning Quick Start ([^,]*, 3 stretches)'"
check "... with nothing left out to bring back" sh -c "! sed -n '/Brought back/,\$p' '$TMP/out' | grep -q 'Type u$n'"

run_sc run morning-quick --plain --speed 1000 --no-checkin
check "the next run has Cat-Cow again" grep -q 'Stretch [0-9] of 3: Cat-Cow' "$TMP/out"
run_sc show morning-quick
check "show agrees: 3 stretches, Cat-Cow in it" grep -q 'Cat-Cow' "$TMP/out"

printf 'u%s\nq\n' "$n" | timeout 30 "$SC_BIN" morning --plain >"$TMP/out" 2>&1
check "u on a routine with nothing left out says so" grep -q 'Morning Quick Start leaves nothing out for hurting' "$TMP/out"
finish
