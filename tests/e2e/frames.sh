#!/bin/sh
# frames.sh — breath frames: a stretch with "frames" shows its inhale picture
# on the in-breath and its exhale picture on the out-breath (for repetitions
# and for holds), and its still "art" while getting ready.
NAME=frames
. "$(dirname "$0")/lib.sh"

cat > "$tmp/cat.json" <<'JSON'
{"schema": 1,
 "stretches": [
  {"id": "flow", "name": "Test Flow", "kind": "dynamic", "areas": ["mid-back"], "level": "gentle",
   "position": "floor", "time": ["morning"], "reps": 3, "rep_seconds": 8,
   "steps": ["Move with the breath."],
   "art": ["  STILL-ART", "  O____"],
   "frames": {"inhale": ["  IN-FRAME", "  O__/"], "exhale": ["  OUT-FRAME", "  O\\__"]}},
  {"id": "rest", "name": "Test Rest", "kind": "static", "areas": ["lower-back"], "level": "gentle",
   "position": "floor", "time": ["morning"], "hold": 16,
   "steps": ["Lie still."],
   "art": ["  STILL-REST"],
   "frames": {"inhale": ["  REST-IN"], "exhale": ["  REST-OUT"]}}
 ],
 "routines": [
  {"id": "frames", "name": "Frames", "time": "any", "rest": 0,
   "items": [{"stretch": "flow"}, {"stretch": "rest"}]}
 ]}
JSON

# capture_with PATTERN TIMEOUT: poll until one capture holds PATTERN; keep it in $tmp/shot.
capture_with() {
	# a frame stays up for half a breath (seconds): four looks a second see it
	i=0
	n=$(($2 * 4))
	while :; do
		screen > "$tmp/shot"
		grep -Eq -- "$1" "$tmp/shot" && return 0
		i=$((i + 1))
		[ "$i" -gt "$n" ] && return 1
		sleep 0.25
	done
}
# shot_has PATTERN / shot_lacks PATTERN: the last capture holds (or lacks) it.
shot_has() { grep -Eq -- "$1" "$tmp/shot"; }
shot_lacks() { ! grep -Eq -- "$1" "$tmp/shot"; }

for size in "80 24" "120 40"; do
	# shellcheck disable=SC2086
	start $size --no-checkin --speed 2 --breath 4:4 -c "$tmp/cat.json" run frames
	check "$size: getting ready shows the still art" capture_with 'Get ready: Test Flow' 5
	check "$size: ... and no breath frame" shot_lacks 'IN-FRAME|OUT-FRAME'
	check "$size: ... the still art" shot_has 'STILL-ART'
	for round in 1 2; do
		check "$size: in-breath $round of a rep" capture_with 'Breathe in' 8
		check "$size: in-breath $round shows the inhale frame" shot_has 'IN-FRAME'
		check "$size: in-breath $round hides the exhale frame and the art" shot_lacks 'OUT-FRAME|STILL-ART'
		check "$size: out-breath $round of a rep" capture_with 'Breathe out' 8
		check "$size: out-breath $round shows the exhale frame" shot_has 'OUT-FRAME'
		check "$size: out-breath $round hides the inhale frame and the art" shot_lacks 'IN-FRAME|STILL-ART'
	done
	check "$size: a hold breathes in with its inhale frame" capture_with 'REST-IN' 20
	check "$size: ... while the screen says Breathe in" shot_has 'Breathe in'
	check "$size: a hold breathes out with its exhale frame" capture_with 'REST-OUT' 8
	check "$size: ... while the screen says Breathe out" shot_has 'Breathe out'
	keys q
	wait_for 'End this session now\?' 5
	keys y
	check "$size: q, y ends at the summary" wait_for 'Session ended early' 5
	keys Enter
	check "$size: quits with status 0" [ "$(wait_rc 10)" = 0 ]
done
finish
