#!/bin/sh
# build_whole.sh — Build's preview where the screen cuts it: at 80x24, from a
# catalogue too small for the minutes asked, the whole preview shows, with
# the note on why the routine is shorter than asked; at 50x15 the cut
# preview says i reads it all, and i opens every choice and the preview
# whole in a box that j scrolls and another key closes. After an operation
# Build makes nothing, as the command line's build: it says so, and Enter
# starts Breathe and Walk instead.
# The clock is pinned through SC_NOW.
NAME=build_whole
. "$(dirname "$0")/lib.sh"

cfg=$tmp/config/stretchcoach/config.json
mkdir -p "$tmp/config/stretchcoach"

E2E_ENV="SC_NOW=@1796632200 TZ=UTC" start 80 24 -c "$E2E_CAT"
wait_for '^  1  ' 5
keys 4
check "80x24: Build" wait_for 'Build a routine' 5
check "80x24: the total" wait_for '^ Total ' 5
check "80x24: why it is shorter than asked" page_says 'of the 10 min asked (the stretches in the catalogue)'
check "80x24: the preview is whole, no mark" off_screen 'i reads it all'
keys q
wait_for '^  1  ' 5
keys q
check "80x24: exit 0" [ "$(wait_rc 5)" = 0 ]

printf '{"conditions": ["recent-surgery"]}\n' > "$cfg"
E2E_ENV="SC_NOW=@1796632200 TZ=UTC" start 80 24
wait_for '^  1  ' 5
keys 4
check "after an operation: Build makes nothing, and says so" \
    page_says 'Build makes nothing until your surgical team says you may'
check "... no preview" off_screen '^ Total '
check "... Enter would start Breathe and Walk instead" page_says 'Breathe and Walk offers easy walking'
keys q
check "... q goes back to the main menu" wait_for '^  4  Build a routine' 5
keys 4
wait_for 'Build makes nothing' 5
keys Enter
check "... Enter starts Breathe and Walk: its check-in" wait_for 'How does your back feel' 5
keys q
check "... whose q goes back to the menu" wait_for '^  1  ' 5
keys q
check "after an operation: exit 0" [ "$(wait_rc 5)" = 0 ]

rm -f "$cfg"
E2E_ENV="SC_NOW=@1796684400 TZ=UTC" start 50 15
wait_for '^  1  ' 5
keys 4
check "50x15: Build" wait_for 'Build a routine' 5
check "50x15: the cut preview says i reads it all" wait_for 'i reads it all' 5
keys i
check "50x15: i opens the box" wait_for 'j/k scroll' 5
check "50x15: the What works choice whole" page_says 'with both check-ins first'
keys j j j j j j j j j j j j j j j j j j j j j j j j j j j j j j
check "50x15: j scrolls to the total, whole" page_says 'and 5 s rests between stretches'
keys x
check "50x15: another key closes it" wait_gone 'j/k scroll' 5
check "50x15: back on Build" on_screen 'i reads it all'
keys q
wait_for '^  1  ' 5
keys q
check "50x15: exit 0" [ "$(wait_rc 5)" = 0 ]
finish
