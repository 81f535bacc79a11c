#!/bin/sh
# hurt_choice.sh — plain mode: "h" marks the stretch and asks before going on:
# s stops (kept as a stop), w goes on without the stretches that load the
# back the same way (named, then passed over), Enter goes on as planned. The
# summary and the history line say what was chosen.
NAME=hurt_choice
. "$(dirname "$0")/lib.sh"

hist=$XDG_DATA_HOME/stretchcoach/history.jsonl
mkdir -p "$XDG_DATA_HOME/stretchcoach"

# answer KEYS...: a fresh week, then evening-unwind in plain mode with these lines typed
answer() {
	: > "$hist"   # not a first run; nothing marked hurt yet
	printf '%s\n' "$@" | timeout 60 "$SC_BIN" run evening-unwind --plain --speed 100 --no-checkin \
	    >"$TMP/out" 2>"$TMP/err"
	rc=$?
}

# h comes in Cat-Cow's get-ready: Child's Pose and Knee-to-Chest bend the spine forward too
answer h w
check "w: exit 0" [ "$rc" = 0 ]
check "h asks before going on" grep -q '^Stop here, or go on?' "$TMP/out"
check "... offering to stop, to go on without, to go on as planned" sh -c "
    grep -q '^  s\. stop here' '$TMP/out' &&
    grep -q \"^  w\. go on without Child's Pose, Knee-to-Chest: they load your back the same way\" '$TMP/out' &&
    grep -q '^  g\. go on as planned' '$TMP/out'"
check "... and Enter alone goes on as planned" grep -q 'just Enter to go on as planned' "$TMP/out"
check "w passes over the two" sh -c "! grep -q 'Stretch [0-9] of 4: Child' '$TMP/out' &&
    ! grep -q 'Stretch [0-9] of 4: Knee-to-Chest' '$TMP/out' && grep -q 'Stretch 4 of 4: Supine Knee Twist' '$TMP/out'"
check "the summary lists them as left out" grep -q "left out   2 of 4: Child's Pose, Knee-to-Chest" "$TMP/out"
check "... and says what was chosen" grep -q "you went on without Child's Pose, Knee-to-Chest" "$TMP/out"
check "the history line says it" grep -q \
    '"hurt":\["cat-cow"\],"after_hurt":"without","left_out":\["childs-pose","knee-to-chest"\],"quit":false' "$hist"

answer h s
check "s: exit 0" [ "$rc" = 0 ]
check "s stops the session early" grep -q '^Stopped early: Evening Unwind' "$TMP/out"
check "... and says so" grep -q 'you chose to stop there' "$TMP/out"
check "nothing after Cat-Cow was coached" sh -c "! grep -q 'Stretch 2 of 4' '$TMP/out'"
check "a stop is kept as a stop" grep -q '"after_hurt":"stop","quit":true' "$hist"

answer h ''
check "Enter: exit 0" [ "$rc" = 0 ]
check "Enter goes on as planned, Child's Pose next" grep -q "Stretch 2 of 4: Child's Pose" "$TMP/out"
check "... and the summary says so" grep -q 'you chose to go on as planned' "$TMP/out"
check "the history line says as planned, nothing left out" sh -c \
    "grep -q '\"after_hurt\":\"as-planned\"' '$hist' && ! grep -q left_out '$hist'"

answer h x g
check "an answer that is no answer asks again" grep -q 'Please type one of s/w/g' "$TMP/out"
check "... then g goes on as planned" grep -q '"after_hurt":"as-planned"' "$hist"

# Morning Quick Start: after its first stretch come only Cat-Cow and Child's Pose,
# which both load the back as Hip Circles do. Going on without them would leave
# nothing (the session would end, said as going on): w is not offered.
: > "$hist"
printf 'h\nw\ng\n' | timeout 60 "$SC_BIN" run morning-quick --plain --speed 100 --no-checkin \
    >"$TMP/out" 2>"$TMP/err"
rc=$?
check "nothing left without them: no w (exit $rc)" sh -c "[ $rc = 0 ] && ! grep -q '^  w\.' '$TMP/out' &&
    grep -q 'Please type one of s/g, or just Enter' '$TMP/out'"
check "... and g goes on to Cat-Cow" grep -q 'Stretch 2 of 3: Cat-Cow' "$TMP/out"

# the input ends before an answer: the session goes on as planned
answer h
check "no answer at all: exit 0, as planned" sh -c "[ $rc = 0 ] && grep -q '\"after_hurt\":\"as-planned\"' '$hist'"
finish
