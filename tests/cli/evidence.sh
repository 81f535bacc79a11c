#!/bin/sh
# Honest evidence in `history`: a session counts only with a stretch completed;
# a routine after which tension rose is flagged, never under What works; and
# "Ready for more" never suggests a stretch the person's settings rule out.
NAME=evidence.sh
. "$SC_ROOT/tests/cli/lib.sh"
dir=$XDG_DATA_HOME/stretchcoach
file=$dir/history.jsonl
mkdir -p "$dir" "$XDG_CONFIG_HOME/stretchcoach"
off=$(date +%:z)

# session DAYS-AGO ROUTINE COMPLETED BEFORE AFTER
session() {
	d=$(date -d "$1 days ago" +%F)
	printf '{"v":1,"routine":"%s","started":"%sT10:00:00%s","ended":"%sT10:05:00%s",' \
		"$2" "$d" "$off" "$d" "$off"
	printf '"planned_s":180,"active_s":%s,"completed":[%s],"skipped":[],"hurt":[],' \
		"$([ -n "$3" ] && echo 170 || echo 5)" "$3"
	printf '"quit":false,"speed":1,"tension_before":%s,"tension_after":%s}\n' "$4" "$5"
}

# Desk Break: one real session, two quit after 5 s with nothing completed.
{ session 5 desk-break '"neck-release"' 5 3; session 4 desk-break '' 6 1; session 3 desk-break '' 5 1; } >"$file"
run_sc history --json
check "history --json counts only the session with a completed stretch" \
    sh -c "tr -d ' \n\t' <'$TMP/out' | grep -q '\"sessions\":1,'"
check "... and says how many were not counted" sh -c "tr -d ' \n\t' <'$TMP/out' | grep -q '\"not_completed\":2'"
run_sc history
check "history says the empty sessions are not counted" grep -q '2 sessions ended with no stretch completed' "$TMP/out"

# Six sessions where tension rose 3 -> 8 each time.
for n in 6 5 4 3 2 1; do session $n desk-break '"neck-release"' 3 8; done >"$file"
run_sc history
check "rising tension is flagged in history" grep -q 'Desk Break: careful, tension went up after this twice' "$TMP/out"
check "... and the routine is not listed as working" sh -c "! grep -q 'Desk Break: 3.0' '$TMP/out'"
run_sc history --json
check "history --json lists it under tension_rose" sh -c \
    "tr -d ' \n\t' <'$TMP/out' | grep -q '\"tension_rose\":\[\"desk-break\"\]'"
check "... not under what works" sh -c "tr -d ' \n\t' <'$TMP/out' | grep -q '\"what_works\":{\"routines\":\[\]'"
run_sc run desk-break --plain --speed 1000
check "the summary after it flags it too, with a gentler routine and the physiotherapist" \
    grep -q "Tension went up after this routine twice in its last 3 sessions. Try a gentler one next time, such as 'stretchcoach run flare-day', and see a physiotherapist" "$TMP/out"
for n in 6 5 4 3 2 1; do session $n desk-break '"neck-release"' 6 2; done >"$file"
run_sc run desk-break --plain --speed 1000
check "... and not when tension eased" sh -c "! grep -q 'Tension went up' '$TMP/out'"
# The offer is what runs for this person (today_gentler_than()), never the routine that was too much.
for n in 6 5 4 3 2 1; do session $n flare-day '"pelvic-tilts"' 3 8; done >"$file"
run_sc run flare-day --plain --speed 1000
check "after Flare Day itself it offers Breathe and Walk" \
    grep -q "Try a gentler one next time, such as 'stretchcoach run breathe-and-walk'" "$TMP/out"
echo '{"conditions": ["recent-surgery"]}' >"$XDG_CONFIG_HOME/stretchcoach/config.json"
for n in 6 5 4 3 2 1; do session $n breathe-and-walk '"easy-walk"' 3 8; done >"$file"
run_sc run breathe-and-walk --plain --speed 1000
check "after an operation it names no routine that cannot run (no Flare Day)" \
    sh -c "grep -q 'Tension went up' '$TMP/out' && ! grep -q 'stretchcoach run' '$TMP/out'"
check "... and sends them to the surgical team" grep -q 'ask your surgical team or physiotherapist' "$TMP/out"
rm "$XDG_CONFIG_HOME/stretchcoach/config.json"

# Ready for more: chair-and-standing five times, easy afterwards; figure-four is floor work.
for n in 9 7 5 3 1; do session $n chair-and-standing '"seated-figure-four"' 4 1; done >"$file"
run_sc history
check "with no settings, Ready for more offers figure-four" grep -q 'seated-figure-four .* figure-four' "$TMP/out"
run_sc history --json
check "... in --json too" sh -c "tr -d ' \n\t' <'$TMP/out' | grep -q '\"progression\":\"figure-four\"'"
echo '{"floor": false}' >"$XDG_CONFIG_HOME/stretchcoach/config.json"
run_sc history
check "with floor false it does not" sh -c "grep -q 'Ready for more' '$TMP/out' && ! grep -q 'figure-four .* figure-four' '$TMP/out'"
echo '{"conditions": ["hip-replacement"]}' >"$XDG_CONFIG_HOME/stretchcoach/config.json"
run_sc history --json
check "nor with a hip replacement (--json)" sh -c "! tr -d ' \n\t' <'$TMP/out' | grep -q '\"progression\":\"figure-four\"'"
echo '{"kneel": false}' >"$XDG_CONFIG_HOME/stretchcoach/config.json"
run_sc history
check "kneel false keeps what does not kneel" grep -q 'seated-figure-four .* figure-four' "$TMP/out"
echo '{"conditions": ["recent-surgery"]}' >"$XDG_CONFIG_HOME/stretchcoach/config.json"
run_sc history
check "after an operation history suggests no build (build refuses then)" \
    sh -c "! grep -q 'stretchcoach build' '$TMP/out' && ! grep -q 'Ready for more' '$TMP/out'"
run_sc history --json
check "... nor in --json" sh -c "tr -d ' \n\t' <'$TMP/out' | grep -q '\"progression\":\[\]'"
[ $failures -eq 0 ]
