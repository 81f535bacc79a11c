#!/bin/sh
# pictures.sh — at 80x24 the floor stretches keep their picture: the steps
# start under it (the first ones, with i for the rest) and the cautions stay.
NAME=pictures
. "$(dirname "$0")/lib.sh"

# The screen row (1-based) of the first step, or 0.
step1_row() {
	screen | grep -n '^ 1\. ' | head -n 1 | cut -d: -f1
}

start 80 24 --no-checkin run evening-deep-release
wait_for 'Get ready' 5
# stretches 4, 5 and 6: Low Lunge, Lizard Pose, Pigeon Pose
keys n n n
for name in 'Low Lunge' 'Lizard Pose' 'Pigeon Pose'; do
	check "$name: on screen" wait_for "Get ready: $name" 5
	sleep 0.3
	row=$(step1_row)
	check "$name: a picture above the steps (step 1 on row $row)" [ "${row:-0}" -ge 8 ]
	check "$name: its cautions are shown" on_screen '! '
	check "$name: every step is there or i is offered" sh -c "
	    tmux -L '$E2E_SOCK' capture-pane -p | grep -q 'i: every step' ||
	    ! tmux -L '$E2E_SOCK' capture-pane -p | grep -q '^ *…'"
	keys n
done
keys q y
finish
