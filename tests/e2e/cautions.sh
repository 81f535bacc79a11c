#!/bin/sh
# cautions.sh — cautions beside the coaching that do not all fit say so:
# the column ends in "… i: every caution" (at 80x24), and i shows the last
# one whole; where they fit (120x40) there is no mark.
NAME=cautions
. "$(dirname "$0")/lib.sh"

cat > "$tmp/cat.json" <<'JSON'
{
  "schema": 1,
  "stretches": [
    {
      "id": "careful", "name": "Careful Knee Hug", "kind": "static",
      "areas": ["lower-back"], "level": "gentle", "position": "floor",
      "time": ["morning", "evening"], "hold": 30, "sides": "none", "sets": 1,
      "equipment": [],
      "steps": ["Lie on your back and hug one knee in."],
      "cautions": [
        "Move only through a range that feels easy and calm, with no jerking or bouncing at any point.",
        "Ask a doctor first if pregnant, with osteoporosis, or after a hip or knee replacement.",
        "Sharp, shooting or spreading pain means stop now and come out slowly (last caution)."
      ],
      "art": ["      ___", "     /   \\___O", "=============="]
    }
  ],
  "routines": [
    {"id": "careful", "name": "Careful", "time": "any", "rest": 0, "items": [{"stretch": "careful"}]}
  ]
}
JSON

start 80 24 --no-checkin -c "$tmp/cat.json" run careful
check "80x24: the coaching screen" wait_for 'Get ready: Careful Knee Hug' 5
check "80x24: the first caution is shown" on_screen '! Move only through'
check "80x24: the cut caution column says it goes on" on_screen '…  i: every caution'
check "80x24: the last caution is not on the screen" off_screen 'last caution'
keys i
check "80x24: i shows the last caution whole" wait_for '\(last caution\)' 5
keys q
check "80x24: back to the coaching screen" wait_gone '\(last caution\)' 5
keys q y
wait_rc 5 >/dev/null

start 120 40 --no-checkin -c "$tmp/cat.json" run careful
check "120x40: the coaching screen" wait_for 'Get ready: Careful Knee Hug' 5
check "120x40: every caution fits, whole" wait_for "caution\\)\\." 5
check "120x40: no mark where nothing is cut" off_screen 'i: every caution'
keys q y
finish
