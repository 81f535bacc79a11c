#!/bin/sh
# --say: cues go to the speech command as one argument, without a shell;
# a slow command never delays the timer; a missing one is reported once.
NAME=speech
. "$SC_ROOT/tests/cli/lib.sh"

cat >"$TMP/say" <<EOS
#!/bin/sh
# what comes before the cue: "--", so a cue that starts with '-' is no option
[ "\$1" = -- ] || echo "no -- before: \$*" >>"$TMP/said"
shift
printf '%s|%s\n' "\$#" "\$1" >>"$TMP/said"
EOS
cat >"$TMP/slow" <<EOS
#!/bin/sh
sleep 3
EOS
chmod +x "$TMP/say" "$TMP/slow"

run_sc run desk-break --plain --speed 20 --no-checkin --say "$TMP/say"
check "a session with --say ends well" test "$rc" -eq 0
check "the stretch is said in its get-ready, shortened to fit its 5 s" \
	grep -q '^1|Next: Neck Side Bend, seated.$' "$TMP/said"
check "a hold opens on its first breath, which is thus heard" grep -q '^1|Left side. Breathe in.$' "$TMP/said"
check "reps open on rep 1's cue" grep -q '^1|Lift the shoulders toward the ears.$' "$TMP/said"
check "switching sides is said" grep -q '^1|Switch sides.$' "$TMP/said"
check "the next stretch is announced" grep -q '^1|Next: Seated Chair Twist, seated.$' "$TMP/said"
check "breathing is cued" grep -q '^1|Breathe \(in\|out\)$' "$TMP/said"
check "every cue is one argument, after --" test "$(grep -vc '^1|' "$TMP/said")" -eq 0

start=$(date +%s%N)
run_sc run desk-break --plain --speed 50 --no-checkin --say "$TMP/slow"
ms=$(( ($(date +%s%N) - start) / 1000000 ))
# desk-break is 165 s: 3.3 s at --speed 50, however slow the speech is (one
# 3 s cue waited for would already take it past 6.3 s; the rest is room for a
# loaded machine)
check "a slow speech command does not delay the timer (${ms} ms)" test "$ms" -lt 5800
check "a slow speech command is not an error" test "$rc" -eq 0

run_sc run desk-break --plain --speed 100 --no-checkin --say "$TMP/no-such-command"
check "a missing speech command does not stop the session" test "$rc" -eq 0
check "it is reported once" test "$(grep -c 'speech command' "$TMP/err")" -eq 1
check "the report says what to do" grep -q "was not found; install it or change --say" "$TMP/err"
# The real thing: espeak-ng speaks every cue (into WAV files: CI has no sound card).
mkdir "$TMP/wav"
cat >"$TMP/espeak-wav" <<EOS
#!/bin/sh
exec espeak-ng -w "$TMP/wav/cue-\$\$.wav" "\$@"
EOS
chmod +x "$TMP/espeak-wav"
run_sc run desk-break --plain --speed 10 --no-checkin --say "$TMP/espeak-wav"
check "a session spoken by espeak-ng ends well" test "$rc" -eq 0
wavs=$(find "$TMP/wav" -name '*.wav' -size +2k | wc -l)
check "espeak-ng spoke the cues ($wavs recordings)" test "$wavs" -ge 5
check "they are real audio (RIFF/WAVE)" sh -c "head -c 12 \"\$(ls '$TMP/wav'/*.wav | head -n 1)\" | grep -q WAVE"
finish
