#!/bin/sh
# programme.sh — a programme from start to its second day: "Day 1 of" first on
# the main menu, Enter starts it; a preview at --speed does not count; a
# finished session at normal speed completes the day; the next day (the
# history's dates moved back one day, not waited for) shows "Day 2 of".
NAME=programme
. "$(dirname "$0")/lib.sh"

cat > "$tmp/cat.json" <<'JSON'
{"schema": 1,
 "stretches": [
  {"id": "test-reach", "name": "Test Reach", "kind": "static", "areas": ["shoulders"],
   "level": "gentle", "position": "standing", "time": ["morning", "evening"], "hold": 2,
   "steps": ["Reach up."]}
 ],
 "routines": [
  {"id": "tiny-one", "name": "Tiny One", "rest": 0, "items": [{"stretch": "test-reach"}]},
  {"id": "tiny-two", "name": "Tiny Two", "rest": 0, "items": [{"stretch": "test-reach", "hold": 3}]}
 ],
 "programmes": [
  {"id": "tiny-plan", "name": "Tiny Plan", "days": [
   {"routine": "tiny-one", "note": "Start gently."}, {"routine": "tiny-two"}, {"rest": true}]}
 ]
}
JSON
hist=$tmp/data/stretchcoach/history.jsonl

# sc ARGS...: the binary outside tmux, with the pane's HOME and XDG paths
sc() {
	HOME=$tmp/home XDG_CONFIG_HOME=$tmp/config XDG_DATA_HOME=$tmp/data \
	    "$SC_BIN" -c "$tmp/cat.json" "$@"
}

mkdir -p "$tmp/data/stretchcoach"
sc programme start tiny-plan > "$tmp/start.out"
check "programme start says day 1" grep -q '^Tiny Plan: Day 1 of 3 · Tiny One' "$tmp/start.out"

# a preview of today's step at --speed: run, but not counted
start 80 24 --no-checkin --speed 20 -c "$tmp/cat.json"
# starting a programme logs no session: the first launch opens with the safety page
check "the first launch opens with the safety page" wait_for 'Before your first session' 5
keys Enter
check "then the questions about your back, Esc leaves them" wait_for 'About your back' 5
keys Escape
check "the main menu's first line is today's step" wait_for '1 +Day 1 of 3 · Tiny One · 7 s' 5
check "its programme and note are beside it" on_screen 'Tiny Plan\. Start gently\.'
keys Enter
check "Enter starts today's routine" wait_for 'Test Reach' 5
check "the preview ends" wait_for 'Well done' 10
check "its summary says it did not count" wait_for 'That was a preview at --speed 20: day 1 of' 2
keys q
check "the preview exits 0" [ "$(wait_rc 5)" = 0 ]
check "a preview logs no programme day" sh -c "! grep -q programme-day '$hist'"
[ "$(sc status | sed 's/.*, day/day/')" = "day 1/3 due" ] && pass "status says day 1/3 due" ||
    fail "status says day 1/3 due: $(sc status)"

# the day for real, at normal speed (the routine is 7 s); the preview was a session: no safety page
start 80 24 --no-checkin -c "$tmp/cat.json"
check "Day 1 again on the menu" wait_for '1 +Day 1 of 3 · Tiny One' 5
keys Enter
check "the session at normal speed ends" wait_for 'Well done' 20
check "its summary says which day it completed" wait_for 'Programme +Tiny Plan: Day 1 of 3 done' 2
keys Enter
check "back on the menu, the entry says the day is done at once" \
    wait_for '1 +Day 1 of 3 done · day 2 is tomorrow' 5
check "... and no longer offers day 1" off_screen 'Day 1 of 3 · Tiny One'
keys q
check "it exits 0" [ "$(wait_rc 5)" = 0 ]
check "the day is logged as a programme event" sh -c "tail -n 1 '$hist' |
    grep -q '\"event\":\"programme-day\",\"programme\":\"tiny-plan\",\"day\":1'"
[ "$(sc status | sed 's/.*, day/day/')" = "day 1/3 done" ] && pass "status says day 1/3 done" ||
    fail "status says day 1/3 done: $(sc status)"

start 80 24 --no-checkin -c "$tmp/cat.json"
check "the same day: day 1 done, day 2 tomorrow" wait_for 'Day 1 of 3 done · day 2 is tomorrow' 5
keys q
wait_rc 5 >/dev/null

# the next day: every line of the history moved back one day
today=$(date +%Y-%m-%d)
yesterday=$(date -d yesterday +%Y-%m-%d 2>/dev/null || date -v-1d +%Y-%m-%d)
sed "s/\"$today\\T/\"${yesterday}T/g" "$hist" > "$tmp/h" && cat "$tmp/h" > "$hist"
check "the history now starts yesterday" grep -q "\"started\":\"${yesterday}T" "$hist"
cp "$hist" "$tmp/h_before_check"
start 80 24 --no-checkin -c "$tmp/cat.json"
# the day after a session the next-day check comes first (tests/e2e/followup.sh); Esc skips it
check "the next day: the next-day check first" wait_for 'The next-day check' 5
keys Escape
check "the next day the menu shows Day 2 of" wait_for '1 +Day 2 of 3 · Tiny Two · ' 5
check "Day 1 is gone" off_screen 'Day 1 of'
keys q
wait_rc 5 >/dev/null
[ "$(sc status | sed 's/.*, day/day/')" = "day 2/3 due" ] && pass "status says day 2/3 due" ||
    fail "status says day 2/3 due: $(sc status)"

# "worse" at the next-day check holds the programme on day 1: the menu's
# first line says so at once, and Enter on it runs day 1 (it said Day 2 and
# ran Tiny Two, a day the programme did not count, until the next launch)
cp "$hist" "$tmp/h_after_check"
cp "$tmp/h_before_check" "$hist"
start 80 24 --no-checkin -c "$tmp/cat.json"
wait_for 'The next-day check' 5
keys w
check "after worse, the menu's first line is day 1 again" wait_for '1 +Day 1 of 3 · Tiny One' 5
check "... and not day 2" off_screen 'Day 2 of'
check "... and it says why" on_screen 'Day 1 comes again'
keys Enter
check "Enter on it runs day 1's routine" wait_for 'Tiny One' 5
keys q y
wait_rc 5 >/dev/null
cp "$tmp/h_after_check" "$hist"

# two days later still: nothing failed, day 2 waits and says so
sed "s/\"${yesterday}T/\"$(date -d '3 days ago' +%Y-%m-%d)T/g" "$hist" > "$tmp/h" && cat "$tmp/h" > "$hist"
start 80 24 --no-checkin -c "$tmp/cat.json"
check "after missed days, the menu still shows Day 2 of" wait_for '1 +Day 2 of 3' 5
check "and says the day waited" wait_for 'Welcome back: day 2 waited 2 days' 2
keys q
wait_rc 5 >/dev/null

# the History screen shows what works once a routine has 3 paired check-ins
off=$(date +%:z)
for n in 6 5 4; do
	d=$(date -d "$n days ago" +%F)
	printf '{"v":1,"routine":"tiny-one","started":"%sT20:00:00%s","ended":"%sT20:05:00%s","planned_s":300,"active_s":300,"completed":["test-reach"],"quit":false,"speed":1,"tension_before":%d,"tension_after":3}\n' \
	    "$d" "$off" "$d" "$off" "$n" >> "$hist"
done
start 80 24 --no-checkin -c "$tmp/cat.json"
wait_for '1 +Day 2 of 3' 5
keys 6
check "the History screen" wait_for 'History, 84 days' 5
keys G
check "shows what works for you" wait_for 'Tiny One: 5.0 → 3.0 on average over 3 sessions' 3
check "and by time of day" on_screen 'In the evening: 5.0 → 3.0 on average over 3 sessions'
keys q
# the Build screen's What works field, on when asked
wait_for '1 +Day 2 of 3' 5
keys 5
check "the Build screen has a What works field" wait_for 'What works +no$' 5
keys j j j j j j l
check "which turns on" wait_for 'What works +yes: what eased you most first' 3
keys q q
wait_rc 5 >/dev/null
finish
