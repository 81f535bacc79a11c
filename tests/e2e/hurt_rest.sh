#!/bin/sh
# hurt_rest.sh — "this hurts" in a rest and in a get-ready marks the stretch
# on the screen, the message names it, the record agrees, and the plans of
# the same day and the next leave it out (until --include-hurt, or 7 days).
NAME=hurt_rest
. "$(dirname "$0")/lib.sh"

# the e2e stretches in a routine of four, with a rest between them
python3 - "$E2E_CAT" "$tmp/cat.json" <<'EOF'
import json, sys
c = json.load(open(sys.argv[1]))
c["routines"].append({"id": "e2e-hurt", "name": "E2E Hurt", "rest": 10, "items": [
    {"stretch": "test-short"}, {"stretch": "test-hold", "hold": 10},
    {"stretch": "test-arch"}, {"stretch": "test-long", "hold": 15}]})
json.dump(c, open(sys.argv[2], "w"))
EOF
hist=$tmp/data/stretchcoach/history.jsonl

start 80 24 --no-checkin --speed 3 -c "$tmp/cat.json" run e2e-hurt
check "the rest after the first stretch shows the next one" wait_for 'Up next: Test Hold' 10
keys h
check "h in a rest names the stretch on the screen" wait_for 'Test Hold is marked "hurt"' 5
screen > "$tmp/box"
check "... and says for how long it is left out" grep -q "left out for 7 days" "$tmp/box"

keys Space
check "the session goes on past it, to the next one's get-ready" wait_for 'Get ready: Test Arch' 5
keys h
check "h in a get-ready names that stretch" wait_for 'Test Arch is marked "hurt"' 5
keys Space
check "and goes on to the one after" wait_for 'Get ready: Test Long Hold' 5
keys q
wait_for 'End this session now' 5
keys y
check "the summary lists the two that hurt" wait_for 'Hurt +Test Hold, Test Arch' 5
keys Enter
rc=$(wait_rc 5)
check "exit 0" [ "$rc" = 0 ]
check "the record marks the stretches the messages named" sh -c \
    "tail -n 1 '$hist' | grep -q '\"completed\":\[\"test-short\"\],\"skipped\":\[\],\"hurt\":\[\"test-hold\",\"test-arch\"\]'"

# plan: the same routine in the plain front end, its first lines
plan() {
	HOME=$tmp/home XDG_CONFIG_HOME=$tmp/config XDG_DATA_HOME=$tmp/data \
	    "$SC_BIN" -c "$tmp/cat.json" run e2e-hurt --plain --speed 1000 --no-checkin "$@" \
	    </dev/null 2>&1
}

plan > "$tmp/same-day"
check "the same day's plan leaves both out, in one line that says how to keep them" grep -qx \
    'Left out for now, marked hurt in the last 7 days: Test Hold, Test Arch. --include-hurt keeps them.' \
    "$tmp/same-day"
check "... and coaches the other two" grep -q '] Stretch 2 of 2: Test Long Hold' "$tmp/same-day"
check "... not the ones that hurt" sh -c "! grep -q 'Stretch .*: Test \(Hold\|Arch\)$' '$tmp/same-day'"

# the session moved back a day: tomorrow's plan
yesterday=$(date -d yesterday +%Y-%m-%d)
today=$(date +%Y-%m-%d)
sed -i "s/\"started\":\"$today/\"started\":\"$yesterday/; s/\"ended\":\"$today/\"ended\":\"$yesterday/" "$hist"
plan > "$tmp/next-day"
check "the next day's plan still leaves them out" grep -q '^Left out for now, marked hurt in the last 7 days: Test Hold, Test Arch' \
    "$tmp/next-day"
HOME=$tmp/home XDG_DATA_HOME=$tmp/data "$SC_BIN" -c "$tmp/cat.json" history > "$tmp/history" 2>&1
check "history says they are left out" grep -q '^Left out  *Test Hold, Test Arch: marked hurt in the last 7 days' \
    "$tmp/history"
plan --include-hurt > "$tmp/include"
check "--include-hurt brings them back" grep -q '] Stretch 4 of 4: Test Long Hold' "$tmp/include"

# eight days on, they are back by themselves
long_ago=$(date -d '8 days ago' +%Y-%m-%d)
sed -i "s/$yesterday/$long_ago/g" "$hist"
plan > "$tmp/week-on"
check "after 7 days they are in the plan again" sh -c \
    "! grep -q '^Left out' '$tmp/week-on' && grep -q '] Stretch 4 of 4: Test Long Hold' '$tmp/week-on'"
finish
