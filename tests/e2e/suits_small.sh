#!/bin/sh
# suits_small.sh — at 50x15 a routine that suits the first-visit answers
# keeps a short mark in its row (a star; "*" on an ASCII terminal) where the
# words "suits you" do not fit, and the detail pane says what the mark means.
NAME=suits_small
. "$(dirname "$0")/lib.sh"

mkdir -p "$tmp/config/stretchcoach"
printf '{"profile": {"area": "neck-shoulders", "leg": false, "eased_by": "bending-backward"}}' \
    > "$tmp/config/stretchcoach/config.json"

start 50 15 --no-checkin
wait_for 'Evening routines' 5 >/dev/null
keys 3
check "All routines at 50x15: Desk Break keeps a star" wait_for 'Desk Break +★ +[0-9]+ min' 5
check "... one that does not suit has none" on_screen 'Morning Wake-Up +[0-9]+ min'
check "... no star on it" off_screen 'Morning Wake-Up +★'
check "the detail pane says what the star means" on_screen '★ Suits you: it fits your answers'
keys q q
wait_rc 5 >/dev/null

E2E_ENV='LANG=C LC_ALL=C' start 50 15 --no-checkin
wait_for 'Evening routines' 5 >/dev/null
keys 3
check "ASCII: the star is a '*'" wait_for 'Desk Break +\* +[0-9]+ min' 5
keys q q
wait_rc 5 >/dev/null

start 120 40 --no-checkin
wait_for 'Evening routines' 5 >/dev/null
keys 3
check "at 120x40 the words show, no star" wait_for 'Desk Break .* suits you' 5
check "... and no star in the row" off_screen 'Desk Break +★'
keys q q
wait_rc 5 >/dev/null
finish
