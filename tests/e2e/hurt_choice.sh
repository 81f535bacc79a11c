#!/bin/sh
# hurt_choice.sh — "it hurts" asks before going on: stop here (kept as a
# stop), go on without what loads the back the same way (named on screen,
# then passed over), or go on as planned (Esc does the same). The summary
# and the history line say what was chosen. Child's Pose hurt in
# evening-unwind: "go on without" leaves out Knee-to-Chest (both bend the
# spine forward), not the Supine Twist.
NAME=hurt_choice
. "$(dirname "$0")/lib.sh"

hist=$tmp/data/stretchcoach/history.jsonl

# hurt_childs_pose: start evening-unwind and mark Child's Pose as it comes up
hurt_childs_pose() {
	mkdir -p "$(dirname "$hist")"
	: > "$hist"   # each case from a clean week: nothing left out yet
	start 80 24 --no-checkin --speed 10 run evening-unwind
	wait_for "Get ready: Child's Pose|Up next: Child's Pose" 30 || return 1
	keys h
	wait_for 'Stop here, or go on' 5
}

# --- go on without ---
check "h on Child's Pose asks before going on" hurt_childs_pose
screen > "$tmp/box"
check "... naming what it marked" grep -q "Child's Pose is marked \"hurt\"" "$tmp/box"
check "... offering to stop here" grep -q 's *stop here' "$tmp/box"
check "... to go on without Knee-to-Chest, which loads the back the same way" \
    grep -q 'w *go on without Knee-to-Chest' "$tmp/box"
check "... not the Supine Twist" sh -c "! grep -q 'without.*Supine' '$tmp/box'"
check "... or to go on as planned, Esc too" grep -q 'g or Esc go on' "$tmp/box"
s1=$(screen)
sleep 1
check "the session waits for the answer" [ "$s1" = "$(screen)" ]
keys x
sleep 0.3
check "a key that is no answer keeps the question up" on_screen 'Stop here, or go on'
keys w
check "w goes on past Knee-to-Chest to the Supine Twist" wait_for 'Get ready: Supine Knee Twist' 10
check "... without Knee-to-Chest on the way" sh -c "! tmux -L '$E2E_SOCK' capture-pane -p | grep -q 'Get ready: Knee-to-Chest'"
keys q
wait_for 'End this session now' 5
keys y
check "the summary lists Knee-to-Chest as left out" wait_for 'Left out +Knee-to-Chest' 5
check "... and says what was chosen" on_screen 'you went on without Knee-to-Chest'
keys Enter
wait_rc 5 >/dev/null
check "the history line says it: went on without, Knee-to-Chest left out" sh -c \
    "tail -n 1 '$hist' | grep -q '\"hurt\":\[\"childs-pose\"\],\"after_hurt\":\"without\",\"left_out\":\[\"knee-to-chest\"\]'"

# --- stop here ---
check "h on Child's Pose again asks" hurt_childs_pose
keys s
check "s stops: the summary says the session ended early" wait_for 'Session ended early' 10
check "... that you chose to stop" on_screen 'you chose to stop there'
check "... and Knee-to-Chest was not reached, not left out" on_screen 'Not reached +Knee-to-Chest, Supine Knee Twist'
keys Enter
rc=$(wait_rc 5)
check "exit 0" [ "$rc" = 0 ]
check "the history keeps it as a stop, not a completion" sh -c \
    "tail -n 1 '$hist' | grep -q '\"completed\":\[\"cat-cow\"\],.*\"after_hurt\":\"stop\",\"quit\":true'"

# --- go on as planned (Esc) ---
check "h on Child's Pose a third time asks" hurt_childs_pose
keys Escape
check "Esc goes on as planned, to Knee-to-Chest" wait_for 'Get ready: Knee-to-Chest' 10
keys q
wait_for 'End this session now' 5
keys y
check "the summary says you went on as planned" wait_for 'you chose to go on as planned' 5
keys Enter
wait_rc 5 >/dev/null
check "the history line says as planned, nothing left out" sh -c \
    "tail -n 1 '$hist' | grep '\"after_hurt\":\"as-planned\"' | grep -vq left_out"

# --- at 50x15 the question fits or scrolls, and its keys are whole ---
mkdir -p "$(dirname "$hist")"; : > "$hist"
start 50 15 --no-checkin --speed 10 run evening-unwind
wait_for "Child's Pose" 30
keys h
check "at 50x15 the question's keys are whole" wait_for 's stop +w without +g or Esc go on' 5
keys j j j
check "... and j scrolls to its last line" wait_for 'stretchcoach safety' 5
keys Escape
check "Esc goes on" wait_gone 'Ease off' 5
keys q
wait_for 'End this session now' 5
keys y
wait_for 'Session ended early' 5
keys Enter
wait_rc 5 >/dev/null
finish
