#!/bin/sh
# hurt_neck.sh — the red flags after "it hurts" fit the body part: a neck
# stretch gets the neck's warning signs (dizziness, double vision, trouble
# speaking or swallowing, a weak arm or clumsy hands), not the lower back's;
# a stretch of the lower back gets the lower back's; one working both, both.
# In English, German, Spanish and French; plain mode prints them before it
# asks what to do, to be read first.
NAME=hurt_neck
. "$(dirname "$0")/lib.sh"

hist=$XDG_DATA_HOME/stretchcoach/history.jsonl
mkdir -p "$XDG_DATA_HOME/stretchcoach"

# hurt ROUTINE [LANGUAGE]: "h" on the first stretch of ROUTINE, then go on as planned
hurt() {
	: > "$hist"   # not a first run; nothing marked hurt yet
	printf 'h\ng\n' | LANG=C.UTF-8 LANGUAGE=${2:-en} timeout 60 "$SC_BIN" run "$1" --plain \
	    --speed 100 --no-checkin 2>&1 | tr '\n' ' ' | tr -s ' ' >"$TMP/out"
}
has() { grep -qF "$1" "$TMP/out"; }
hasnt() { ! grep -qF "$1" "$TMP/out"; }

# desk-break opens with Shoulder Rolls (neck, shoulders, upper back)
hurt desk-break
check "neck stretch: dizziness and double vision" has "Dizziness, double vision"
check "neck stretch: trouble speaking or swallowing, a weak arm or clumsy hands" \
    has "trouble speaking or swallowing, a weak arm or clumsy hands: emergency care now."
check "neck stretch: no saddle numbness" hasnt "saddle area"
check "neck stretch: where to read more" has "More: stretchcoach safety"
check "the question does not say it stopped before it asks whether to stop" \
    sh -c "sed 's/Stop here, or go on?.*//' '$TMP/out' | grep -qF 'Ease out of the position slowly and rest.' &&
        ! sed 's/Stop here, or go on?.*//' '$TMP/out' | grep -qF 'Stopped.'"
check "the red flags come before the prompt, as the curses box shows them under the answers" \
    sh -c "sed 's/Type s\/g and Enter.*//' '$TMP/out' | grep -qF 'More: stretchcoach safety'"

# morning-full opens with Standing Hip Circles (hips, lower back)
hurt morning-full
check "lower-back stretch: saddle numbness" has "Numbness in the saddle area"
check "lower-back stretch: no neck signs" hasnt "double vision"

# evening-unwind opens with Cat-Cow (neck to lower back): both
hurt evening-unwind
check "neck and lower back: both" sh -c "grep -qF 'double vision' '$TMP/out' && grep -qF 'saddle area' '$TMP/out'"

hurt desk-break de
check "German: the neck signs" has "Doppeltsehen"
hurt desk-break es
check "Spanish: the neck signs" has "visión doble"
hurt desk-break fr
check "French: the neck signs" has "vision double"
finish
