#!/bin/sh
# followup.sh — a coach that follows up: the first-visit questions after the
# safety page (kept in the config), a session at 08:00, then a launch at 11:00
# (the clock pinned through SC_NOW) that asks the next-day check once; the
# answer is logged as an event and never asked again. Plain mode asks too.
NAME=followup
. "$(dirname "$0")/lib.sh"

cat > "$tmp/cat.json" <<'JSON'
{"schema": 1,
 "stretches": [
  {"id": "test-reach", "name": "Test Reach", "kind": "static", "areas": ["lower-back"],
   "level": "gentle", "position": "standing", "time": ["morning", "evening"], "hold": 2,
   "steps": ["Reach up."]}
 ],
 "routines": [
  {"id": "tiny-one", "name": "Tiny One", "time": "any", "rest": 0, "items": [{"stretch": "test-reach"}]}
 ]
}
JSON
hist=$tmp/data/stretchcoach/history.jsonl
cfg=$tmp/config/stretchcoach/config.json
# 2025-12-07 08:00 and 11:00 UTC
AT8=@1765094400
AT11=@1765105200

sc() {
	HOME=$tmp/home XDG_CONFIG_HOME=$tmp/config XDG_DATA_HOME=$tmp/data \
	    "$SC_BIN" -c "$tmp/cat.json" "$@"
}

# the first launch: safety page, then the four questions, then the menu
E2E_FIRST_RUN=1 E2E_ENV="SC_NOW=$AT8 TZ=UTC" start 80 24 -c "$tmp/cat.json"
wait_for 'Before your first session' 5
keys Enter
check "after the safety page: the first question" wait_for 'About your back \(1 of 4\)' 5
check "question 1: where, with its answers" on_screen 'Where do you feel it most\?'
check "question 1: preferences, not a diagnosis" on_screen 'diagnosis\.'
check "question 1: Esc leaves, → skips" on_screen 'Esc leave  \? help  → skip'
keys 1
check "question 2: down a leg" wait_for 'below the knee' 5
keys 2
check "question 3: what eases it" wait_for 'What eases it\?' 5
keys 2
check "question 4: the conditions" wait_for 'About your back \(4 of 4\)' 5
keys 8 Enter
check "then the menu" wait_for 'All routines' 5
check "the answers are kept in the config" sh -c "grep -q '\"area\":[[:space:]]*\"lower-back\"' '$cfg' &&
    grep -q '\"eased_by\":[[:space:]]*\"bending-backward\"' '$cfg'"
keys 3
wait_for 'Tiny One' 5
keys Enter
check "then the check-in, no second safety page" wait_for 'How does your back feel' 5
keys 6 Enter
check "the session runs to the check-in after it" wait_for 'After the routine' 30
keys Enter
check "then its summary" wait_for 'Enter menu' 5
keys q
check "the session exits 0" [ "$(wait_rc 5)" = 0 ]
check "one session logged" [ "$(grep -c '"routine":"tiny-one"' "$hist")" -eq 1 ]

# an hour later: not yet
E2E_ENV="SC_NOW=@1765098000 TZ=UTC" start 80 24 -c "$tmp/cat.json"
check "under two hours on: the main menu, no question" wait_for 'All routines' 5
check "no next-day screen yet" sh -c "! tmux -L '$E2E_SOCK' capture-pane -p | grep -q 'next-day'"
keys q
wait_rc 5 >/dev/null

check "status says the check is waiting at 11:00" sh -c "SC_NOW=$AT11 TZ=UTC HOME=$tmp/home \
    XDG_CONFIG_HOME=$tmp/config XDG_DATA_HOME=$tmp/data '$SC_BIN' status | grep -q 'next-day check waiting'"

# three hours on, at 50x15: one screen asks, one key answers
E2E_ENV="SC_NOW=$AT11 TZ=UTC" start 50 15 -c "$tmp/cat.json"
check "3 hours on: the next-day check" wait_for 'The next-day check' 5
check "it names the routine and when" on_screen 'Since Tiny One earlier today'
check "it fits 50x15 with its answers" sh -c "tmux -L '$E2E_SOCK' capture-pane -p | grep -q ' b  Better' &&
    tmux -L '$E2E_SOCK' capture-pane -p | grep -q ' w  Worse'"
check "Esc skip is in the key bar" on_screen 'Esc skip'
keys Left
sleep 0.5
check "Left does nothing there (only Esc skips, as the bar says)" on_screen 'The next-day check'
check "... and records nothing" sh -c "! grep -q 'next-day' '$hist'"
# every key bar has ? help (the man page says so); the box says what each key does
keys '?'
check "? opens the keys box" wait_for 'Keys' 3
check "... which names the answers' letters" on_screen 'b, s, w'
keys x
check "any key closes it, and the question is still there" wait_for ' w  Worse' 3
check "... with nothing recorded" sh -c "! grep -q 'next-day' '$hist'"
keys w
check "after the answer: the main menu" wait_for 'All routines' 5
keys q
check "exit 0" [ "$(wait_rc 5)" = 0 ]
check "the answer is logged as a next-day event" grep -q '"event":"next-day".*"answer":"worse"' "$hist"

# never asked twice about one session
E2E_ENV="SC_NOW=@1765108800 TZ=UTC" start 80 24 -c "$tmp/cat.json"
check "asked once: the next launch opens on the menu" wait_for 'All routines' 5
check "no second next-day screen" sh -c "! tmux -L '$E2E_SOCK' capture-pane -p | grep -q 'next-day'"
keys q
wait_rc 5 >/dev/null
check "one next-day event in all" [ "$(grep -c '"next-day"' "$hist")" -eq 1 ]
check "status no longer says waiting" sh -c "! SC_NOW=@1765108800 TZ=UTC HOME=$tmp/home \
    XDG_CONFIG_HOME=$tmp/config XDG_DATA_HOME=$tmp/data '$SC_BIN' status | grep -q 'next-day'"

# plain mode: a second session at 12:00, asked at 15:00 line by line
sed 's/T08:/T12:/g' \
    "$hist" | grep -v next-day | head -n 1 > "$tmp/second"
cat "$tmp/second" >> "$hist"
E2E_ENV="SC_NOW=@1765119600 TZ=UTC" start 80 24 --plain -c "$tmp/cat.json"
check "plain: the next-day check" wait_for 'The next-day check' 5
check "plain: the question" on_screen 'Since Tiny One earlier today: is your back better'
check "plain: one key and Enter" on_screen 'Type b/s/w and Enter, or just Enter to skip'
keys b Enter
check "plain: then the main menu" wait_for 'Choose \[1-7, q to quit\]' 5
keys q Enter
check "plain: exit 0" [ "$(wait_rc 5)" = 0 ]
check "plain: the answer is logged" grep -q '"started":"2025-12-07T12:.*"event":"next-day".*"answer":"better"' "$hist"

# history shows the answers per routine beside the tension change, and --json carries them
SC_NOW=@1765119600 TZ=UTC sc history > "$tmp/history.out"
check "history: the day after, by routine" grep -q '^  Tiny One: tension -1.0, better 1, same 0, worse 1$' "$tmp/history.out"
SC_NOW=@1765119600 TZ=UTC sc history --json > "$tmp/history.json"
check "history --json: next_day per routine" sh -c "tr -d ' \t\n' < '$tmp/history.json' |
    grep -q '\"next_day\":\[{\"routine\":\"tiny-one\",\"better\":1,\"same\":0,\"worse\":1,\"last\":\"better\"}\]'"
finish
