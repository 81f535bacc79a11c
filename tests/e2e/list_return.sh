#!/bin/sh
# list_return.sh — back from a session, a routine list is on the routine just
# run, even where the session moved it: Desk Break suits the first-visit
# answers (neck and shoulders, eased by bending backward) and leads All
# routines; marked hurt in its Seated Chest Opener, it no longer suits and
# drops down the list. The highlight follows it, not its old row.
NAME=list_return
. "$(dirname "$0")/lib.sh"
# the main menu highlights the Morning list before noon: pin a morning hour
SC_NOW=08:30
export SC_NOW

mkdir -p "$tmp/config/stretchcoach" "$tmp/data/stretchcoach"
printf '{"profile": {"area": "neck-shoulders", "leg": false, "eased_by": "bending-backward"}}' \
    >"$tmp/config/stretchcoach/config.json"
: >"$tmp/data/stretchcoach/history.jsonl"   # not a first run

start 80 40 --no-checkin
wait_for 'Morning routines' 5 >/dev/null
keys 3
check "All routines: Desk Break first, as it suits" wait_for '^ +1  Desk Break .*suits you' 5
sel=$(selected '[0-9]  [A-Z]')
check "... and highlighted ($sel)" sh -c "printf '%s' '$sel' | grep -q ' 1  Desk Break'"
keys Enter
check "Desk Break runs" wait_for 'Shoulder Rolls' 5
keys n n n
check "on to its fourth stretch" wait_for 'Seated Chest Opener' 5
keys h
# its last stretch: nothing is left to go on to, the session ends
check "the summary" wait_for 'Enter (menu|back)' 10
keys Enter
check "back on All routines" wait_for 'All routines' 5
screen >"$tmp/after"
check "Desk Break no longer suits, and is no longer first" sh -c "
    ! grep -Eq '^ +1  Desk Break' '$tmp/after' && grep -Eq '^ +[0-9]+  Desk Break' '$tmp/after' &&
    ! grep -Eq 'Desk Break .*suits you' '$tmp/after'"
sel=$(selected '[0-9]  [A-Z]')
check "the highlight is on Desk Break, where it went ($sel)" sh -c "printf '%s' '$sel' | grep -q 'Desk Break'"
keys q q
wait_rc 5 >/dev/null
finish
