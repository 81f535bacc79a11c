#!/bin/sh
# leg.sh — symptoms below the knee ("leg": true in the profile) change what
# runs, as the About your back answer promises: the straight-leg, nerve-
# tensioning and deep stretches go from every routine, the note says why,
# and the list's count, show and run agree.
NAME=leg.sh
. "${SC_ROOT:-.}/tests/cli/lib.sh"
cd "$SC_ROOT" || exit 1
mkdir -p "$XDG_DATA_HOME/stretchcoach" "$XDG_CONFIG_HOME/stretchcoach"
: > "$XDG_DATA_HOME/stretchcoach/history.jsonl"   # not the first run: no safety page
printf '{"profile": {"leg": true}}\n' >"$XDG_CONFIG_HOME/stretchcoach/config.json"

"$SC_BIN" run morning-full --plain --speed 1000 --no-checkin >"$TMP/run" 2>&1 </dev/null
check "leg: morning-full runs" test $? -eq 0
sed -n 's/^\[[0-9:]*\] Stretch [0-9]* of [0-9]*: //p' "$TMP/run" >"$TMP/names"
check "leg: no Leg Swings, no Supine Hamstring Stretch coached" \
    sh -c "! grep -qxF -e 'Leg Swings' -e 'Supine Hamstring Stretch' '$TMP/names'"
check "leg: the gentle moves stay (Standing Hip Circles, Pelvic Tilts)" \
    sh -c "grep -qxF 'Standing Hip Circles' '$TMP/names' && grep -qxF 'Pelvic Tilts' '$TMP/names'"
check "leg: the run says why" \
    grep -qF "Supine Hamstring Stretch left out for symptoms below the knee" "$TMP/run"

"$SC_BIN" show morning-full >"$TMP/show" 2>&1
check "leg: show marks the routine adapted" grep -qF "Adapted for your leg symptoms" "$TMP/show"
check "leg: show lists no Leg Swings" sh -c "! grep -qE '^ +[0-9]+\. Leg Swings' '$TMP/show'"

# the routines list counts what runs
"$SC_BIN" routines >"$TMP/list" 2>&1
listed=$(awk '$1 == "morning-full" { for (i = 1; i <= NF; i++) if ($i ~ /^[0-9]+$/ && $(i-1) == "min") print $i }' "$TMP/list")
ran=$(wc -l <"$TMP/names" | tr -d ' ')
check "leg: routines counts $listed, run coaches $ran" test "$listed" = "$ran"

# deep stretches go too: nothing deep runs in Evening Deep Release
"$SC_BIN" run evening-deep-release --plain --speed 1000 --no-checkin >"$TMP/run" 2>&1 </dev/null
sed -n 's/^\[[0-9:]*\] Stretch [0-9]* of [0-9]*: //p' "$TMP/run" >"$TMP/names"
check "leg: no Pigeon Pose, no Lizard Pose in evening-deep-release" \
    sh -c "! grep -qxF -e 'Pigeon Pose' -e 'Lizard Pose' '$TMP/names'"

# "leg": false changes nothing
printf '{"profile": {"leg": false}}\n' >"$XDG_CONFIG_HOME/stretchcoach/config.json"
"$SC_BIN" run morning-full --plain --speed 1000 --no-checkin >"$TMP/run" 2>&1 </dev/null
check "no leg symptoms: Leg Swings still coached" grep -qF "Leg Swings" "$TMP/run"
finish
