#!/bin/sh
# menu_detail.sh — the main menu's detail pane, where it cuts an entry's text,
# says so on its last row and i opens the whole text in a box: the gentler-day
# entry with its advice to see a doctor at 50x15 in English, and its stretches
# at 80x24 in French, where the bar shows i too; a routine's pane with room for
# none of its stretches counts them, and one whose words do not fit says so.
# Runs from the build tree: LANG=C.UTF-8 with LANGUAGE needs no locale made.
# The clock is pinned through SC_NOW.
NAME=menu_detail
. "$(dirname "$0")/lib.sh"

hist=$tmp/data/stretchcoach/history.jsonl
# 2026-12-06 12:00 UTC; the last session's next-day check is answered
NOW=@1796558400

# three check-ins begun at 8 out of 10, the last one's next-day check answered:
# the menu leads with a gentler day and, once a week, the advice to see a
# doctor (so the history is copied afresh before each start)
history() { mkdir -p "$tmp/data/stretchcoach"; cp "$E2E_DIR/data/high_checkins.jsonl" "$hist"; }

history
E2E_ENV="SC_NOW=$NOW TZ=UTC" start 50 15
check "50x15: the gentler day leads" wait_for 'A gentler day: Flare Day' 5
check "50x15: the pane says i reads the rest" on_screen 'i reads the rest'
keys i
check "50x15: i opens the whole text" wait_for 'j/k scroll' 5
check "50x15: the doctor's advice is there" page_says 'runs down a leg below the knee'
keys j j j j j j
check "50x15: j scrolls to the stretches" wait_for 'Constructive Rest' 5
keys x
check "50x15: another key closes it" wait_gone 'j/k scroll' 5
check "50x15: back on the menu" on_screen 'i reads the rest'
keys q
check "50x15: exit 0" [ "$(wait_rc 5)" = 0 ]

history
E2E_ENV="SC_NOW=$NOW TZ=UTC LANGUAGE=fr" start 80 24
check "fr 80x24: the gentler day leads" wait_for 'Un jour plus doux' 5
check "fr 80x24: the pane says there is more" on_screen 'i montre la suite'
check "fr 80x24: the bar has i" on_screen ' i tout lire'
keys i
check "fr 80x24: i opens the whole text" wait_for 'j/k défiler' 5
check "fr 80x24: the fourth stretch is there" on_screen 'Repos constructif'
keys Escape
check "fr 80x24: Esc closes it" wait_gone 'j/k défiler' 5
keys q
check "fr 80x24: exit 0" [ "$(wait_rc 5)" = 0 ]

# a pane that holds it all: no mark, no i
history
E2E_ENV="SC_NOW=$NOW TZ=UTC" start 120 40
check "120x40: the doctor's advice in the pane" wait_for 'below the knee' 5
check "120x40: no mark" off_screen 'i reads the rest'
check "120x40: no i on the bar" off_screen ' i read all'
keys q
check "120x40: exit 0" [ "$(wait_rc 5)" = 0 ]

# a routine list's pane at 50x15 with room for none of the stretches: their
# count, not "and 2 more" under nothing (after an operation: Breathe and Walk)
rm -f "$hist"
mkdir -p "$tmp/config/stretchcoach"
printf '{"conditions": ["recent-surgery"]}\n' >"$tmp/config/stretchcoach/config.json"
E2E_ENV="SC_NOW=$NOW TZ=UTC" start 50 15 morning
check "50x15, Breathe and Walk alone: its pane" wait_for 'an easy walk' 5
check "... says how many stretches i shows" on_screen '2 stretches \(i shows them\)'
check "... not 'and 2 more' under none" off_screen 'and 2 more'
keys q
check "50x15 list: exit 0" [ "$(wait_rc 5)" = 0 ]

# a routine list's pane whose words do not fit over its stretches (Spanish, in
# pregnancy: Evening Wind-Down's description and its long note of changes): the
# last row says i reads the rest, and the i box has the description and the note whole
printf '{"conditions": ["pregnancy"]}\n' >"$tmp/config/stretchcoach/config.json"
E2E_ENV="SC_NOW=$NOW TZ=UTC LANGUAGE=es" start 80 24 evening
check "es 80x24: the evening list" wait_for 'Rutinas de noche' 5
keys Down
check "es 80x24, Calma para la noche: its description" wait_for 'Calienta la espalda' 5
check "... and the pane says i reads the rest" on_screen 'i muestra el resto'
keys i
check "... i opens the description" wait_for 'j/k desplazar' 5
check "... and the note of changes to its end" on_screen 'Balanceo de rodillas en lugar de Torsión'
keys Escape
keys q
check "es 80x24: exit 0" [ "$(wait_rc 5)" = 0 ]
rm -f "$tmp/config/stretchcoach/config.json"
finish
