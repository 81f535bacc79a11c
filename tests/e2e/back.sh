#!/bin/sh
# back.sh — a way back from every screen: the first-run safety page and the
# check-in go back to the menu with nothing logged; the summary shows the
# check-ins and the streak, then Enter goes back to the menu; History opens
# from the main menu and q comes back.
NAME=back
. "$(dirname "$0")/lib.sh"
hist=$tmp/data/stretchcoach/history.jsonl

E2E_FIRST_RUN=1 start 80 24 -c "$E2E_CAT" morning
check "first launch: the safety page before the menu" wait_for 'Before your first session' 5
check "safety page: Enter continue, q back" on_screen 'Enter continue +q back'
keys q
check "first launch: q goes on to the menu" wait_for 'E2E Morning' 5
keys Enter
check "first session: the safety page again" wait_for 'Before your first session' 5
keys q
check "safety page: q goes back to the menu" wait_for 'Morning routines' 5
keys Enter
wait_for 'Before your first session' 5
keys Enter
check "safety page: Enter goes on to the questions about your back" wait_for 'About your back' 5
keys Escape
check "Esc leaves them: the check-in" wait_for 'How does your back feel' 5
check "check-in: q back in the key bar" on_screen 'q back'
keys Escape
check "check-in: Esc goes back to the menu" wait_for 'Morning routines' 5
check "check-in: the menu says q quit" on_screen 'q quit'
keys q
rc=$(wait_rc 5)
check "q quits the menu: exit 0" [ "$rc" = 0 ]
check "nothing logged before the first hold" [ ! -s "$hist" ]

# the whole round from the main menu: check-ins 7 and 2, the summary, the menu, History.
# A session counts once a stretch is completed: yesterday's did; today's is left
# during its first stretch, so the streak is yesterday's. The launch asks the
# next-day check about yesterday's session; Esc skips it (logged as an event).
mkdir -p "$(dirname "$hist")"
y=$(date -d yesterday +%F) off=$(date +%:z)
printf '{"v":1,"routine":"e2e-morning","started":"%sT12:00:00%s","ended":"%sT12:05:00%s","planned_s":300,"active_s":300,"completed":["test-arch"],"skipped":[],"hurt":[],"quit":false,"speed":1,"tension_before":7,"tension_after":2}\n' "$y" "$off" "$y" "$off" >"$hist"
start 80 24 -c "$E2E_CAT"
# yesterday's session is more than 2 h back: the launch asks the next-day check first
check "the launch: the next-day check about yesterday's session" wait_for 'The next-day check' 5
keys Escape
check "next-day check: Esc skips to the main menu" wait_for 'Morning routines' 5
keys 1
wait_for 'E2E Morning' 5
keys Enter
check "check-in before" wait_for 'Before you start' 5
keys 7 Enter
wait_for 'Test Arch' 5
# a session counts once a stretch has begun
check "the first stretch begins" wait_for 'Rep [0-9]+ of|Breathe (in|out)' 20
keys q y
check "check-in after" wait_for 'After the routine' 5
keys 2 Enter
check "summary: tension before and after" wait_for 'Tension +7 → 2' 5
check "summary: the streak now" on_screen 'Streak +1 day in a row'
check "summary: Enter menu, q quit" on_screen 'Enter menu +q quit'
keys Enter
check "Enter: back to the menu the routine came from" wait_for 'Morning routines' 5
check "that menu lists the routines" on_screen 'E2E Morning'
keys q
check "q: back to the main menu" wait_for 'Build a routine' 5
keys 5
check "History from the main menu" wait_for 'History, 84 days' 5
check "History: quit with nothing completed, it is not counted" \
    on_screen 'Not counted +1 session ended with no stretch completed'
check "History: q back" on_screen 'q back'
keys q
check "History: q goes back to the main menu" wait_for 'Build a routine' 5
keys q
rc=$(wait_rc 5)
check "main menu q: exit 0" [ "$rc" = 0 ]
# sessions only: the skipped next-day check is logged as an event line
check "the session was logged once" [ "$(grep -vc '"event"' "$hist")" -eq 2 ]
check "with tensions 7 and 2" grep -q '"tension_before":7,"tension_after":2' "$hist"

# Enter on the check-in takes the highlighted value: last time's (7)
start 80 24 -c "$E2E_CAT" run e2e-flow
wait_for 'Before you start' 5
keys Enter
wait_for 'Test Short' 5
wait_for 'Breathe (in|out)' 20
keys q y
wait_for 'After the routine' 5
keys s
check "run ID: the summary closes with Enter" wait_for 'Enter close' 5
keys Enter
rc=$(wait_rc 5)
check "run ID: Enter ends, exit 0" [ "$rc" = 0 ]
check "Enter took last time's value" sh -c "tail -n 1 '$hist' | grep -q '\"tension_before\":7,'"

# the plain front end at a terminal: q at the check-in goes back to the menu
lines=$(wc -l < "$hist")
start 80 24 --plain -c "$E2E_CAT" morning
wait_for 'Pick a routine' 5
keys 1 Enter
check "plain: the check-in says q goes back" wait_for 'Enter to skip, q to go back:' 5
keys q Enter
check "plain: q at the check-in: the routines again" wait_for 'Pick a routine.*\n?.*' 5
keys q Enter
rc=$(wait_rc 5)
check "plain: exit 0" [ "$rc" = 0 ]
check "plain: nothing more logged" [ "$(wc -l < "$hist")" -eq "$lines" ]
check "plain: the routines were offered twice" [ "$(screen | grep -c 'Pick a routine')" -eq 2 ]

# the first run lasts until a session is logged: a history of event lines
# only (each kind the program writes) still opens with the safety page
for ev in reminder-skipped reminder-snoozed reminder-away programme-start programme-day \
    programme-stop advice-shown stretch-back; do
	printf '{"v":1,"routine":"desk-break","started":"2026-11-30T00:16:45+00:00","ended":"2026-11-30T00:16:45+00:00","planned_s":0,"active_s":0,"completed":[],"skipped":[],"hurt":[],"quit":false,"speed":1,"tension_before":null,"tension_after":null,"event":"%s","programme":"desk-week","day":1,"stretch":"test-arch"}\n' \
	    "$ev" > "$hist"
	start 80 24 -c "$E2E_CAT" morning
	check "only a $ev line: still the safety page" wait_for 'Before your first session' 5
	keys q
	wait_for 'E2E Morning' 5
	keys q
	wait_rc 5 >/dev/null
done
finish
