#!/bin/sh
# ease_off.sh — "worse" twice in a row after a routine offers an easier day,
# and the routine offered is one that runs for this person: after recent
# surgery Breathe and Walk (the only one that does), never Flare Day; without
# a condition, Flare Day; after Flare Day itself, another. The main menu's
# gentler-day entry offers the same.
# The clock is pinned through SC_NOW.
NAME=ease_off
. "$(dirname "$0")/lib.sh"

hist=$tmp/data/stretchcoach/history.jsonl
cfg=$tmp/config/stretchcoach/config.json
# 2026-12-06 12:00 UTC: the next-day check about the session at 08:00 is due
NOW=@1796558400

# desk breaks on the 3rd, the 4th (answered "worse" on the 5th) and this
# morning, each begun at 8 out of 10: the menu offers a gentler day too
session() {
	printf '{"v":1,"routine":"%s","started":"%s","ended":"%s","planned_s":240,' "${R:-desk-break}" "$1" "$2"
	printf '"active_s":240,"completed":["shoulder-rolls"],"skipped":[],"hurt":[],"quit":false,'
	printf '"speed":1,"tension_before":8,"tension_after":7}\n'
}
history() {
	mkdir -p "$tmp/data/stretchcoach"
	{
		session 2026-12-03T08:00:00+00:00 2026-12-03T08:04:00+00:00
		session 2026-12-04T08:00:00+00:00 2026-12-04T08:04:00+00:00
		printf '{"v":1,"routine":"%s","started":"2026-12-04T08:00:00+00:00",' "${R:-desk-break}"
		printf '"ended":"2026-12-05T08:00:00+00:00","planned_s":0,"active_s":0,"completed":[],'
		printf '"skipped":[],"hurt":[],"quit":false,"speed":1,"tension_before":null,'
		printf '"tension_after":null,"event":"next-day","answer":"worse"}\n'
		session 2026-12-06T08:00:00+00:00 2026-12-06T08:04:00+00:00
	} > "$hist"
}

# after recent surgery: Breathe and Walk, never Flare Day
mkdir -p "$tmp/config/stretchcoach"
printf '{"conditions": ["recent-surgery"]}\n' > "$cfg"
history
E2E_ENV="SC_NOW=$NOW TZ=UTC" start 80 24
check "surgery: the next-day check" wait_for 'The next-day check' 5
keys w
check "surgery: worse twice, take it easier" wait_for 'Take it easier' 5
check "surgery: it offers Breathe and Walk" on_screen 'Breathe and Walk is gentle'
check "surgery: not Flare Day" off_screen 'Flare Day'
check "surgery: Enter starts it" on_screen 'Enter starts Breathe and Walk'
keys q
check "surgery: q goes to the menu" wait_for 'All routines' 5
check "surgery: the menu's gentler day is Breathe and Walk too" on_screen 'A gentler day: Breathe and Walk'
keys q
check "surgery: exit 0" [ "$(wait_rc 5)" = 0 ]

# no condition: Flare Day
rm -f "$cfg"
history
E2E_ENV="SC_NOW=$NOW TZ=UTC" start 80 24
check "no condition: the next-day check" wait_for 'The next-day check' 5
keys w
check "no condition: worse twice, Flare Day is offered" wait_for 'Flare Day is gentle' 5
# the check may come the same day: the page says "after", not "the day after", and it
# does not call the longer Flare Day the shorter routine
check "no condition: says after, not the day after" page_says 'felt worse after Desk Break'
check "no condition: no shorter routine" page_lacks 'shorter routine'
keys q
check "no condition: q goes to the menu" wait_for 'All routines' 5
check "no condition: the menu's gentler day is Flare Day" on_screen 'A gentler day: Flare Day'
keys q
check "no condition: exit 0" [ "$(wait_rc 5)" = 0 ]

# worse twice after Flare Day itself: never Flare Day again, another gentle one
R=flare-day history
E2E_ENV="SC_NOW=$NOW TZ=UTC" start 80 24
check "after Flare Day: the next-day check" wait_for 'The next-day check' 5
keys w
check "after Flare Day: worse twice, take it easier" wait_for 'Take it easier' 5
check "after Flare Day: Flare Day is not offered again" off_screen 'Flare Day is gentle'
keys q
check "after Flare Day: q goes to the menu" wait_for 'All routines' 5
keys q
check "after Flare Day: exit 0" [ "$(wait_rc 5)" = 0 ]
finish
