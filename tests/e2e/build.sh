#!/bin/sh
# build.sh — the Build screen from the main menu: fields changed with keys,
# a live preview with its total, save under a typed name (never over a
# bundled routine), My routines (rename, delete), run it, back with q.
NAME=build
. "$(dirname "$0")/lib.sh"
user=$tmp/config/stretchcoach/catalogue.json

start 80 24 --no-checkin
wait_for 'Build a routine' 5
keys 4
check "Build from the main menu" wait_for '^ *Build a routine *$' 5
check "the minutes field" on_screen 'Minutes +10 min'
check "the other fields" on_screen 'Time of day +any'
check "a live preview with its total" on_screen '^ *Total [0-9]+:[0-9][0-9]'
check "the key bar: run, save, back" on_screen 'Enter run +s save +q back'
keys Right
check "-> changes the minutes" wait_for 'Minutes +11 min' 5
check "the preview follows" wait_for '11-minute' 5
keys Down Right
check "time of day: morning" wait_for 'Time of day +morning' 5
keys Down Down Down Right
check "at a desk: yes" wait_for 'At a desk +yes' 5
keys s
check "s asks for a name" wait_for 'Name:' 5
keys M y Space d e s k Space b r e a k Enter
check "saved under the typed name" wait_for 'Saved "My desk break" as my-desk-break' 5
check "the user catalogue has it" grep -q '"id":[[:space:]]*"my-desk-break"' "$user"
check "with the typed name" grep -q '"name":[[:space:]]*"My desk break"' "$user"
keys s
wait_for 'Name:' 5
keys D e s k Space b r e a k Enter
check "a bundled routine's name gets an id of its own" wait_for 'as desk-break-2' 5
keys m
check "m opens My routines" wait_for '^ *My routines *$' 5
check "My routines lists the saved ones" on_screen 'My desk break +my-desk-break'
check "My routines: rename, delete, back" on_screen 'r rename +d delete +q back'
keys r
wait_for 'New name:' 5
keys C-u
keys N o o n Space s t r e t c h Enter
check "r renames" wait_for 'Renamed "My desk break"' 5
check "the new name is listed" on_screen 'Noon stretch +my-desk-break'
check "renamed in the file" grep -q '"name":[[:space:]]*"Noon stretch"' "$user"
keys j d
check "d asks first" wait_for 'Delete "Desk break" from your routines\?' 5
keys y
check "y deletes" wait_for 'Deleted "Desk break"' 5
check "deleted from the file" sh -c "! grep -q desk-break-2 '$user'"
check "the bundled desk break is still there" sh -c "'$SC_BIN' show desk-break >/dev/null"
keys q
check "q: back to the Build screen" wait_for 'Minutes +11 min' 5
keys q
check "q: back to the main menu" wait_for 'Safety notes' 5
keys 3
# the saved routine comes after the bundled ones: G goes to the end of the list
keys G
check "All routines lists the saved routine" wait_for 'Noon stretch' 5
keys q
wait_for 'Safety notes' 5
keys 4
wait_for 'Total' 5
keys Enter
check "Enter runs the built routine" wait_for 'Stretch 1 of' 5
wait_for 'Rep [0-9]+ of|Breathe (in|out)' 20
keys q y
check "its summary" wait_for 'Session ended early' 5
keys Enter
check "then back to the Build screen it came from" wait_for 'Enter run' 5
keys q
check "q: then the main menu" wait_for 'Safety notes' 5
keys q
rc=$(wait_rc 5)
check "exit 0" [ "$rc" = 0 ]
check "the built session was logged" grep -q '"routine":"built' "$tmp/data/stretchcoach/history.jsonl"

# plain: Build asks for the minutes and prints the routine
start 80 24 --plain --no-checkin
wait_for 'Choose' 5
keys 4 Enter
check "plain Build asks for the minutes" wait_for 'Minutes you have' 5
keys 5 Enter
check "plain Build prints the routine" wait_for '^Total [0-9]+:[0-9][0-9]' 5
check "plain Build: run, save or back" on_screen 'Enter to start it, s to save it, q to go back'
keys q Enter
check "plain Build: q goes back to the menu" wait_for 'Choose \[1-6' 5
keys q Enter
rc=$(wait_rc 5)
check "plain: exit 0" [ "$rc" = 0 ]
finish
