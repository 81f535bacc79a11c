#!/bin/sh
# profile.sh — the first-visit questions at 50x15 from a fresh HOME: the first
# launch opens on the safety page and the four questions, then the menu; Left,
# Backspace and b go back to the question before with its answer marked (and
# do nothing on the first), Right skips one, Esc leaves them all (keeping what
# was answered, writing nothing when nothing was), ? lists the keys; the
# conditions are a checklist kept in the config's "conditions", its marks kept
# going back and forth; the clinician note goes on or back to the question; every bar keeps Esc
# and ? at 50 columns in en, de and fr; the closing note is read whole, and
# gone a few seconds into a session; and the main menu marks what is out of
# view. Plain mode asks the same at the first launch.
NAME=profile
. "$(dirname "$0")/lib.sh"
cfg=$tmp/config/stretchcoach/config.json

# the main menu highlights by the hour: pin one
E2E_FIRST_RUN=1 E2E_ENV="SC_NOW=08:30" start 50 15
check "first launch: the safety page first" wait_for 'Before your first session' 5
keys Enter
check "then question 1 of 4" wait_for 'About your back \(1 of 4\)' 5
check "the key bar at 50 columns: how to go on, leave and get help" on_screen 'Enter choose  Esc leave  \? help'
check "... and no back on the first question" off_screen '←'
keys Left BSpace b
sleep 0.5
check "Left, Backspace and b on question 1 do nothing" on_screen 'About your back \(1 of 4\)'
check "... and leave nothing written" test ! -e "$cfg"
keys 2
check "question 2" wait_for 'About your back \(2 of 4\)' 5
check "its bar at 50 columns keeps Esc and ? and back" on_screen 'Enter choose  Esc leave  \? help  → skip  ←'
keys Left
check "Left: back to question 1" wait_for 'About your back \(1 of 4\)' 5
check "... with its answer marked" on_screen 'Neck and shoulders \(your answer\)'
keys Right
check "Right skips on to question 2" wait_for 'About your back \(2 of 4\)' 5
keys BSpace
check "Backspace: back to question 1" wait_for 'About your back \(1 of 4\)' 5
keys Enter
wait_for 'About your back \(2 of 4\)' 5
keys b
check "b: back to question 1" wait_for 'About your back \(1 of 4\)' 5
keys Enter
wait_for 'About your back \(2 of 4\)' 5
keys '?'
check "? lists the keys" wait_for 'leave the questions, keep the' 5
keys x
wait_gone 'leave the questions, keep' 5
keys Right
check "question 2 skipped: question 3" wait_for 'About your back \(3 of 4\)' 5
keys 1
check "question 4: the conditions" wait_for 'About your back \(4 of 4\)' 5
check "it says it only changes what is offered, and is not advice" on_screen 'This only changes what the app offers'
check "every condition fits at 50x15, and none of these" sh -c "tmux -L '$E2E_SOCK' capture-pane -p |
    grep -q 'Osteoporosis' && tmux -L '$E2E_SOCK' capture-pane -p | grep -q '8 \[ \] None of these'"
check "the checklist's bar at 50 columns keeps Esc and ?" on_screen 'Enter done  Esc leave  \? help( |$)'
keys '?'
check "the checklist's help: digits and Space mark, Enter takes them" wait_for '1-9, Space +mark or clear the line' 5
check "... and no 'choose the answer' there" off_screen 'choose the answer'
keys x
wait_gone 'mark or clear the line' 5
keys 1 3
check "keys mark them" wait_for '3 \[x\] A knee replacement' 5
keys Left
wait_for 'About your back \(3 of 4\)' 5
keys Right
wait_for 'About your back \(4 of 4\)' 5
check "the marks are kept going back and forth" sh -c "tmux -L '$E2E_SOCK' capture-pane -p | grep -q '1 \[x\] Osteoporosis' &&
    tmux -L '$E2E_SOCK' capture-pane -p | grep -q '3 \[x\] A knee replacement'"
keys Enter
check "then the main menu" wait_for 'Morning routines' 5
check "the thanks note is read whole at 50 columns" sh -c "tmux -L '$E2E_SOCK' capture-pane -p | tr '\n' ' ' |
    grep -q 'Thanks: routines that suit your answers are *marked \"suits you\"\.'"
check "the answers are kept" sh -c "tr -d ' \t\n' < '$cfg' | grep -q '\"area\":\"neck-shoulders\",\"eased_by\":\"bending-forward\"}'"
check "the conditions are kept" sh -c "tr -d ' \t\n' < '$cfg' |
    grep -q '\"conditions\":\[\"osteoporosis\",\"knee-replacement\"\]'"
check "the menu says an entry is out of view" on_screen '↓ 1 more'
keys G
check "the last entry scrolls into view" wait_for '7  About your back' 5
check "... and the first is marked above" on_screen '↑ 1 more'

# again from the menu: a yes on question 2 shows the clinician note, whose q goes
# back to the question and Enter on; Esc on question 3 leaves them all, keeping every answer
keys Enter
check "About your back asks again" wait_for 'About your back \(1 of 4\)' 5
check "... with the answer given" on_screen 'Neck and shoulders \(your answer\)'
keys 3
wait_for 'About your back \(2 of 4\)' 5
keys 1
check "a yes: the clinician note" wait_for 'Please see a clinician' 5
check "... whose bar says Enter continues" on_screen 'Enter continue'
check "... and q goes back" on_screen 'q back'
keys q
check "q goes back to question 2, a yes given by mistake" wait_for 'About your back \(2 of 4\)' 5
check "... with the answer marked" on_screen 'Yes \(your answer\)'
keys 1
wait_for 'Please see a clinician' 5
keys Enter
check "Enter goes on, to question 3, as the bar says" wait_for 'About your back \(3 of 4\)' 5
keys Escape
check "Esc on question 2 leaves the questions, and says the answers are kept" \
    wait_for 'The answers you gave are kept' 5
check "... to the menu, not question 4" on_screen 'stretchcoach'
check "the new answer is kept" sh -c "tr -d ' \t\n' < '$cfg' | grep -q '\"area\":\"both\",\"leg\":true,\"eased_by\":\"bending-forward\"'"
check "nothing else is lost" sh -c "tr -d ' \t\n' < '$cfg' | grep -q '\"osteoporosis\",\"knee-replacement\"'"

# Left on the first question stays there; Esc goes back to the menu
keys G Enter
wait_for 'About your back \(1 of 4\)' 5
keys Left
sleep 0.5
check "Left on question 1 from the menu stays there" on_screen 'About your back \(1 of 4\)'
keys Escape
check "Esc goes back to the menu" wait_for '↑ 1 more' 5
check "... with its keys" on_screen 'q quit'
keys q
check "exit 0" [ "$(wait_rc 5)" = 0 ]

# leaving at once writes no empty profile: the next first launch asks again
rm -rf "$tmp/config" "$tmp/data"
E2E_FIRST_RUN=1 E2E_ENV="SC_NOW=08:30" start 80 24
wait_for 'Before your first session' 5
keys Enter
wait_for 'About your back \(1 of 4\)' 5
keys Escape
check "Esc at once: the menu" wait_for 'q quit' 5
check "... and no profile written" sh -c "! grep -qs profile '$cfg'"
keys q
wait_rc 5 >/dev/null
E2E_FIRST_RUN=1 E2E_ENV="SC_NOW=08:30" start 80 24
wait_for 'Before your first session' 5
keys Enter
check "the next first launch asks the questions again" wait_for 'About your back \(1 of 4\)' 5
keys Escape
wait_for 'q quit' 5
keys q
wait_rc 5 >/dev/null

# the bars at 50x15 in German and French keep Esc (Échap in French) and ? on every question
for lang in de fr; do
	rm -rf "$tmp/config" "$tmp/data"
	E2E_FIRST_RUN=1 E2E_ENV="SC_NOW=08:30 LANGUAGE=$lang" start 50 15
	wait_for '\(1 [a-z]+ 4\)' 5 || wait_for 'Before|Vor|Avant' 5
	keys Enter
	wait_for '\(1 [a-z]+ 4\)' 5
	check "$lang: question 1's bar keeps Esc and ?" on_screen '(Esc|Échap) [^ ]+  \? [^ ]+'
	keys 2
	wait_for '\(2 [a-z]+ 4\)' 5
	check "$lang: question 2's bar keeps Esc and ?" on_screen '(Esc|Échap) [^ ]+  \? [^ ]+( |$)'
	keys 2
	wait_for '\(3 [a-z]+ 4\)' 5
	keys 2
	wait_for '\(4 [a-z]+ 4\)' 5
	check "$lang: the checklist's bar keeps Esc and ?" on_screen '(Esc|Échap) [^ ]+  \? [^ ]+( |$)'
	keys Escape
	wait_for 'q ' 5
	keys q
	wait_rc 5 >/dev/null
done

# a run's first launch: the thanks note after the questions goes a few seconds into the session
rm -rf "$tmp/config" "$tmp/data"
E2E_FIRST_RUN=1 E2E_ENV="SC_NOW=08:30" start 80 24 run desk-break
wait_for 'Before your first session' 5
keys Enter
wait_for 'About your back \(1 of 4\)' 5
keys 1 2 2 8 Enter
check "run: after the questions, the check-in" wait_for 'How does your back feel' 5
keys s
check "run: the session starts" wait_for 'Desk Break' 5
check "run: the thanks note goes a few seconds into the session" wait_gone 'Thanks: routines' 10
keys q
wait_for 'End this session now' 5
keys y
wait_for 'After the routine' 5
keys s
check "run: then its summary" wait_for 'Desk Break' 5
keys q
check "run: the session ends, exit 0" [ "$(wait_rc 5)" = 0 ]

# plain mode at a keyboard: the first launch asks the same, line by line
rm -rf "$tmp/config" "$tmp/data"
E2E_FIRST_RUN=1 E2E_ENV="SC_NOW=08:30" start 80 24 --plain
check "plain first launch: the safety page" wait_for 'Press Enter to go on' 5
keys Enter
check "plain: then question 1 of 4" wait_for 'About your back \(1 of 4\)' 5
check "plain: question 1: q leaves" on_screen 'Enter, q to leave the questions'
check "plain: question 1 offers no b (there is none before it)" off_screen 'b for the question before'
keys 3 Enter
wait_for 'About your back \(2 of 4\)' 5
check "plain: question 2: b goes back, q leaves" on_screen 'b for the question before, q to leave the questions'
keys q Enter
check "plain: q leaves to the menu" wait_for 'Choose \[1-7, q to quit\]' 5
check "plain: the answer given is kept" grep -q '"area":[[:space:]]*"both"' "$cfg"
keys q Enter
check "plain: exit 0" [ "$(wait_rc 5)" = 0 ]
finish
