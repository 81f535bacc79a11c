#!/bin/sh
# session.sh — the coached session screen: first stretch, countdown, breathing,
# pause, skip, +/- 5 s, help, quit with confirmation, and the summary.
NAME=session
. "$(dirname "$0")/lib.sh"

# e2e-morning: get ready (5 s), Test Arch 4 reps x 10 s, rest, Test Hold...
# at --speed 2 and a 2:2 breath, each half rep is 2.5 s of real time.
start 80 24 --no-checkin --speed 2 --breath 2:2 -c "$E2E_CAT" morning
wait_for 'E2E Morning' 5
keys Enter
check "the chosen routine's first stretch, get ready" wait_for 'Get ready: Test Arch' 5
check "get-ready names what to set up" on_screen 'Set up: mat'
check "the routine and the stretch number in the header" on_screen 'E2E Morning +Stretch 1 of 2'
check "the first stretch starts: rep 1 of 4" wait_for 'Test Arch +Rep 1 of 4' 8
check "its steps are shown" on_screen '1\. Come onto hands and knees\.'
check "its cautions are shown" on_screen '! Stay in an easy range\.'

a=$(bigcount)
sleep 1.5
b=$(bigcount)
if [ -n "$a" ] && [ -n "$b" ] && [ "$(seconds "$b")" -lt "$(seconds "$a")" ]; then
	pass "the big countdown goes down ($a, then $b)"
else
	fail "the big countdown goes down ('$a', then '$b')"
fi

check "breathing cue: Breathe in" wait_for 'Breathe in' 6
check "the stretch's inhale words" wait_for 'Inhale: arch, lift your gaze' 6
check "breathing cue changes to Breathe out" wait_for 'Breathe out' 6
check "the stretch's exhale words" wait_for 'Exhale: round, tuck your chin' 6

keys Space
check "space pauses, and the screen says so" wait_for 'Paused\. Press space to resume\.' 5
s1=$(screen)
a=$(bigcount)
sleep 2
s2=$(screen)
b=$(bigcount)
check "pause freezes the countdown ($a)" [ -n "$a" ] && [ "$a" = "$b" ]
check "pause freezes every timer (the screen stands still)" [ "$s1" = "$s2" ]
keys Space
check "space resumes" wait_gone 'Paused' 5
i=0
while [ "$(bigcount)" = "$b" ] && [ $i -lt 40 ]; do sleep 0.1; i=$((i + 1)); done
check "the countdown runs again after resuming" [ "$(bigcount)" != "$b" ]

keys n
check "n skips to the next stretch's get-ready" wait_for 'Get ready: Test Hold' 5
check "and says what it skipped" on_screen 'Skipped Test Arch'
check "the header moves to stretch 2" on_screen 'Stretch 2 of 2'
check "get-ready names the towel" on_screen 'Set up: towel'
check "the hold begins on the left side, set 1 of 2" wait_for 'Test Hold +Left side . Set 1 of 2' 8
check "breath count in the hold" on_screen 'breath 1 of [0-9]+'

keys +
check "+ adds 5 s to the hold" wait_for '5 s more' 5
check "the hold is now 25 s" wait_for 'Hold .* 0:25( |$)' 5
keys -
check "- takes 5 s off again" wait_for 'Hold .* 0:20( |$)' 5

keys '?'
check "? shows the keys" wait_for 'pause or resume' 5
keys x
check "any key closes the help" wait_gone 'pause or resume' 5

keys q
check "q asks before quitting" wait_for 'End this session now\?' 5
keys n
check "n keeps going" wait_gone 'End this session now' 5
check "still coaching after n" on_screen 'Test Hold'
keys q
wait_for 'End this session now\?' 5
keys y
check "y quits to the summary" wait_for 'Session ended early' 5
check "the summary lists what was skipped" on_screen 'Skipped +Test Arch'
check "the summary counts what was completed" on_screen 'Completed +0 of 2 stretches'
check "the summary gives the time" on_screen 'Time +[0-9]+:[0-9][0-9]'
check "the summary says Enter goes to the menu" on_screen 'Enter menu +q quit'
keys Enter
check "Enter: back to the menu the routine came from" wait_for 'Morning routines' 5
keys q
rc=$(wait_rc 5)
check "a session quit early still exits 0" [ "$rc" = 0 ]
check "the partial session is in the history" sh -c "tail -n 1 '$tmp/data/stretchcoach/history.jsonl' |
    grep -q '\"quit\":true'"
check "with the skipped stretch" sh -c "tail -n 1 '$tmp/data/stretchcoach/history.jsonl' |
    grep -q '\"skipped\":\[\"test-arch\"\]'"
finish
