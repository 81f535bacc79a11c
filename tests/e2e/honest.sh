#!/bin/sh
# honest.sh — the summary praises only a routine done whole; the safety page
# says where in the app the conditions it names are set.
NAME=honest
. "$(dirname "$0")/lib.sh"

start 80 24 --no-checkin --speed 10 -c "$E2E_CAT" run e2e-flow
wait_for 'Test Short' 5
keys n
check "a stretch skipped, the routine runs to its end" wait_for 'Session over · E2E Flow' 30
check "no praise for it" off_screen 'Well done'
check "the summary says what was skipped" on_screen 'Skipped +Test Short'
keys Enter
wait_rc 5 >/dev/null

start 80 24 --no-checkin --speed 10 -c "$E2E_CAT" run e2e-flow
check "the whole routine done: well done" wait_for 'Well done · E2E Flow' 40
keys Enter
wait_rc 5 >/dev/null

# where to say which conditions apply: the checklist in the app, not the config file
rm -f "$tmp/data/stretchcoach/history.jsonl"
E2E_FIRST_RUN=1 start 120 40 --no-checkin -c "$E2E_CAT" run e2e-flow
check "first run: the safety notes" wait_for 'Before your first session' 5
# (further down the page than one screen: page down until it shows)
how_to_set() {
	tmux -L "$E2E_SOCK" capture-pane -p -J | tr -d '\n' | tr -s ' ' |
	    grep -qF "Tick the ones that apply under About your back in the main menu"
}
for _ in 1 2 3 4; do
	how_to_set && break
	keys NPage
	sleep 0.3
done
check "the safety notes say to tick the conditions under About your back" how_to_set
keys q
wait_rc 5 >/dev/null
finish
