#!/bin/sh
# summary_facts.sh — the curses summary says what the history records: its
# planned time is the planned_s of the history line and the total the
# session screen counted down from, also after + has made a hold longer;
# after "it hurts" and "go on as planned", a session that ran to its end is
# not called stopped.
NAME=summary_facts
. "$(dirname "$0")/lib.sh"
hist=$tmp/data/stretchcoach/history.jsonl

start 80 24 --no-checkin --speed 20 run evening-unwind
check "the session screen shows the routine's total" wait_for '[0-9]+:[0-9][0-9] / [0-9]+:[0-9][0-9]' 30
total=$(screen | sed -n 's/.*[0-9]:[0-9][0-9] \/ \([0-9]*:[0-9][0-9]\).*/\1/p' | head -n 1)
wait_for "Get ready: Child's Pose|Up next: Child's Pose" 30
keys h
check "h asks before going on" wait_for 'Stop here, or go on' 5
keys Escape
check "Esc goes on as planned" wait_for 'Get ready: Knee-to-Chest' 10
check "the session runs to its end: the summary" wait_for 'you chose to go on as planned' 60
screen >"$tmp/summary"
planned=$(sed -n 's/.*(planned \([0-9]*:[0-9][0-9]\),.*/\1/p' "$tmp/summary" | head -n 1)
check "the summary's planned time is the session screen's total ($planned, $total)" \
    sh -c "[ -n '$total' ] && [ '$planned' = '$total' ]"
check "the summary does not say the session stopped" sh -c "! grep -q 'Stopped' '$tmp/summary'"
check "... and still says how to back off next time" grep -q 'go less deep' "$tmp/summary"
keys Enter
wait_rc 5 >/dev/null
line=$(tail -n 1 "$hist")
recorded=$(printf '%s\n' "$line" | sed -n 's/.*"planned_s":\([0-9]*\).*/\1/p')
check "the history line: as planned, not quit" sh -c \
    "printf '%s\n' '$line' | grep -q '\"after_hurt\":\"as-planned\",\"quit\":false'"
check "the summary's planned time is the recorded planned_s ($planned, $recorded s)" \
    [ "$planned" = "$(printf '%d:%02d' $((recorded / 60)) $((recorded % 60)))" ]

# + twice in a hold: the total, the summary and planned_s grow by 10 s together
secs() { echo "$1" | awk -F: '{ print $1 * 60 + $2 }'; }
total_now() { screen | sed -n 's/.*[0-9]:[0-9][0-9] \/ \([0-9]*:[0-9][0-9]\).*/\1/p' | head -n 1; }
start 80 24 --no-checkin --speed 4 run evening-unwind
wait_for '[0-9]+:[0-9][0-9] / [0-9]+:[0-9][0-9]' 30
before=$(total_now)
check "a hold begins (after Cat-Cow's reps)" wait_for '^ Hold  ' 60
# paused first, so that no + comes after the hold has ended on a slow host
keys Space
wait_for 'Paused' 5
keys + +
check "+ twice: the session screen's total is 10 s longer" \
    wait_for "/ $(t=$(($(secs "$before") + 10)); printf '%d:%02d' $((t / 60)) $((t % 60)))" 5
after=$(total_now)
keys Space
keys q
wait_for 'End this session now' 5
keys y
check "stopped after +: the summary" wait_for 'planned [0-9]+:[0-9][0-9]' 10
planned=$(screen | sed -n 's/.*(planned \([0-9]*:[0-9][0-9]\),.*/\1/p' | head -n 1)
check "after +: the summary's planned time is the session screen's total ($planned, $after)" \
    sh -c "[ -n '$after' ] && [ '$planned' = '$after' ]"
keys Enter
wait_rc 5 >/dev/null
recorded=$(tail -n 1 "$hist" | sed -n 's/.*"planned_s":\([0-9]*\).*/\1/p')
check "after +: the recorded planned_s is that total ($recorded s, $after)" \
    [ "$recorded" = "$(secs "$after")" ]
finish
