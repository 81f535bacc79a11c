#!/bin/sh
# --say at real speed with a speech command as slow as a real voice: every
# cue that opens a step is spoken, in order, none over another; the
# announcement is shortened to fit its get-ready, and the hold's first
# words are still heard.
NAME=speech_order
. "$SC_ROOT/tests/cli/lib.sh"

cat >"$TMP/cat.json" <<'EOS'
{"schema": 1, "stretches": [
 {"id": "alpha", "name": "Alpha Long Stretch Name", "kind": "static", "areas": ["neck"],
  "level": "gentle", "position": "seated", "time": ["morning", "evening"], "hold": 6,
  "sides": "each", "steps": ["Sit tall."]},
 {"id": "beta", "name": "Beta Stretch", "kind": "static", "areas": ["neck"],
  "level": "gentle", "position": "seated", "time": ["morning", "evening"], "hold": 6,
  "steps": ["Sit tall."]}],
 "routines": [{"id": "two", "name": "Two", "time": "any", "rest": 0,
  "items": [{"stretch": "alpha"}, {"stretch": "beta"}]}]}
EOS
# a voice of 0.6 s a word: it records when each cue starts and ends
cat >"$TMP/say" <<EOS
#!/bin/sh
shift
start=\$(date +%s%N)
set -- \$1
n=\$#
sleep \$(awk -v n="\$n" 'BEGIN { printf "%.1f", n * 0.6 }')
printf '%s %s %s\n' "\$start" "\$(date +%s%N)" "\$*" >>"$TMP/said"
EOS
chmod +x "$TMP/say"

run_sc --catalogue "$TMP/cat.json" run two --plain --no-checkin --say "$TMP/say"
check "a session at real speed with a slow voice ends well" test "$rc" -eq 0
# the last words are said after the program has gone
for i in 1 2 3 4 5 6 7 8 9 10; do
	grep -q 'Routine complete' "$TMP/said" 2>/dev/null && break
	sleep 0.5
done
# the cues that open each step, in the order they must be heard
cat >"$TMP/want" <<'EOS'
Next: Alpha Long Stretch Name, seated.
Left side. Breathe in.
Switch sides.
Right side. Breathe in.
Next: Beta Stretch, 6 seconds, seated.
Breathe in.
Well done. Routine complete.
EOS
cut -d' ' -f3- "$TMP/said" >"$TMP/texts"
awk 'NR == FNR { want[++n] = $0; next } $0 == want[k + 1] { k++ } END { exit k != n }' \
	"$TMP/want" "$TMP/texts"
check "every cue that opens a step is spoken, in order: $(tr '\n' '/' <"$TMP/texts")" test $? -eq 0
check "no cue starts before the one before it has ended" awk \
	'NR > 1 && $1 < end { bad = 1 } { end = $2 } END { exit bad }' "$TMP/said"
finish
