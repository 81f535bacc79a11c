#!/bin/sh
# exports.sh — what other programs read: `status --format` for status bars
# (waybar's JSON parses with its three keys), `history --csv` (parsed by
# Python's csv module) and `programme calendar` (parsed by python3-icalendar).
NAME=exports
. "$SC_ROOT/tests/cli/lib.sh"

# the day is pinned: the history below is dated against it
SC_NOW='2026-12-07 08:30'
TZ=UTC
export SC_NOW TZ
PY=/usr/bin/python3
[ -x "$PY" ] || PY=python3
hist=$XDG_DATA_HOME/stretchcoach/history.jsonl
mkdir -p "${hist%/*}"

# --- status --format ---------------------------------------------------------
run_sc status --format waybar
check "status --format waybar: exit 0" [ "$rc" -eq 0 ]
check "waybar: one JSON object with text, tooltip and class (due)" "$PY" -c '
import json, sys
o = json.loads(open(sys.argv[1]).read())
assert set(o) == {"text", "tooltip", "class"}, o
assert o["class"] == "due" and o["text"] == "no streak, stretch due", o
assert o["tooltip"].startswith(o["text"] + "\n"), o
' "$TMP/out"
check "waybar: a single line" [ "$(wc -l <"$TMP/out")" -eq 1 ]

cat >"$hist" <<'EOF'
{"v":1,"routine":"morning-wake-up","started":"2026-12-05T07:10:00+00:00","ended":"2026-12-05T07:17:00+00:00","planned_s":420,"active_s":415,"completed":["cat-cow","knee-to-chest"],"skipped":[],"hurt":[],"quit":false,"speed":1,"tension_before":6,"tension_after":3}
{"v":1,"routine":"evening-unwind","started":"2026-12-06T20:40:00+00:00","ended":"2026-12-06T20:45:00+00:00","planned_s":300,"active_s":290,"completed":["cat-cow"],"skipped":["childs-pose","pigeon"],"hurt":["knee-to-chest"],"quit":true,"speed":1}
{"v":1,"event":"remind-snoozed","started":"2026-12-07T07:00:00+00:00","ended":"2026-12-07T07:00:00+00:00"}
{"v":1,"routine":"desk-break","started":"2026-12-07T07:20:00+00:00","ended":"2026-12-07T07:23:00+00:00","planned_s":180,"active_s":180,"completed":["neck-release"],"skipped":[],"hurt":[],"quit":false,"speed":1,"tension_before":4,"tension_after":2}
EOF
run_sc status --format json
check "status --format json: streak, minutes, due and class" "$PY" -c '
import json, sys
o = json.loads(open(sys.argv[1]).read())
assert o["streak"] == 3 and o["sessions_today"] == 1 and o["minutes_today"] == 3, o
assert o["due"] is False and o["class"] == "done", o
assert o["text"] == "3-day streak, 3 min today", o
' "$TMP/out"
run_sc status --format waybar
check "waybar after a session today: class done" grep -q '"class":"done"' "$TMP/out"
run_sc status --format i3blocks
check "i3blocks: three lines (full text, short text, colour)" [ "$(wc -l <"$TMP/out")" -eq 3 ]
check "i3blocks: the line, the streak, a colour" [ "$(tr '\n' '|' <"$TMP/out")" = "3-day streak, 3 min today|3-day streak|#57E389|" ]
run_sc status --format tmux
check "tmux: coloured, then back to default" [ "$(cat "$TMP/out")" = "#[fg=green]3-day streak, 3 min today#[default]" ]
run_sc status
check "status without --format: the plain line, no colour" [ "$(cat "$TMP/out")" = "3-day streak, 3 min today" ]
run_sc status --format xml
check "status --format xml: usage error" [ "$rc" -eq 2 ]
check "status --format xml: says what it takes" grep -q "^stretchcoach: --format takes json, waybar, i3blocks or tmux, not 'xml'$" "$TMP/err"
run_sc list --format json
check "--format belongs to status only" grep -q "does not apply to 'list'" "$TMP/err"
. "$SC_ROOT/tests/locale.sh"
if locales_ready "$TMP/locales"; then
	env -u LANGUAGE LC_ALL=de_DE.UTF-8 "$SC_BIN" status --format waybar >"$TMP/out" 2>/dev/null </dev/null
	check "waybar in German: the line in German" grep -q '"text":"3 Tage in Folge' "$TMP/out"
else
	fail "de_DE.UTF-8 can be made with localedef (make deps installs locales)"
fi

# --- history --csv -----------------------------------------------------------
run_sc history --csv
check "history --csv: exit 0" [ "$rc" -eq 0 ]
check "history --csv: RFC 4180 line ends" sh -c "[ \$(grep -c \"\$(printf '\\r')\$\" '$TMP/out') -eq 4 ]"
check "history --csv: Python's csv module reads a header and one row per session" "$PY" -c '
import csv, sys
rows = list(csv.reader(open(sys.argv[1], newline="")))
assert rows[0][:3] == ["started", "ended", "routine"] and len(rows[0]) == 12, rows[0]
assert len(rows) == 4, rows
assert all(len(r) == 12 for r in rows), rows
d = {r[2]: dict(zip(rows[0], r)) for r in rows[1:]}
assert d["morning-wake-up"]["started"] == "2026-12-05T07:10:00+00:00", d
assert d["morning-wake-up"]["completed"] == "cat-cow;knee-to-chest", d
assert d["morning-wake-up"]["tension_before"] == "6" and d["morning-wake-up"]["tension_after"] == "3", d
assert d["evening-unwind"]["skipped"] == "childs-pose;pigeon", d
assert d["evening-unwind"]["hurt"] == "knee-to-chest" and d["evening-unwind"]["quit"] == "true", d
assert d["evening-unwind"]["tension_before"] == "", d
' "$TMP/out"
run_sc history --csv --days 1
check "history --csv --days 1: today only" [ "$(wc -l <"$TMP/out")" -eq 2 ]
run_sc history --csv --json
check "--csv with --json: usage error" [ "$rc" -eq 2 ]

# --- history --report -----------------------------------------------------------
mkdir -p "$XDG_CONFIG_HOME/stretchcoach"
echo '{"conditions": ["osteoporosis"]}' >"$XDG_CONFIG_HOME/stretchcoach/config.json"
# a preview counts for nothing, but what it marked hurt is left out of the
# routines all the same: the physio's log lists it, apart from the counts
cp "$hist" "$TMP/hist.before-preview"
echo '{"v":1,"routine":"morning-quick","started":"2026-12-07T07:40:00+00:00","ended":"2026-12-07T07:41:00+00:00","planned_s":230,"active_s":20,"completed":[],"skipped":[],"hurt":["cat-cow"],"quit":true,"speed":20}' >>"$hist"
run_sc history --report -o "$TMP/log.html"
check "history --report -o FILE: exit 0" [ "$rc" -eq 0 ]
if command -v tidy >/dev/null 2>&1; then
	check "history --report: tidy finds no errors" tidy -errors -q "$TMP/log.html"
fi
check "history --report: the three sessions of the last 30 days, with names, and the preview that marked a hurt" "$PY" - "$TMP/log.html" <<'PYEOF'
import sys
from html.parser import HTMLParser
class P(HTMLParser):
    rows, cell = [], None
    def handle_starttag(self, t, a):
        if t == "tr": self.rows.append([])
        if t == "td": self.cell = ""
    def handle_endtag(self, t):
        if t == "td": self.rows[-1].append(self.cell.strip()); self.cell = None
    def handle_data(self, d):
        if self.cell is not None: self.cell += d
p = P(); p.feed(open(sys.argv[1]).read())
rows = [r for r in p.rows if r]
assert len(rows) == 4, rows
assert rows[0] == ["2026-12-05 07:10", "Morning Wake-Up", "7", "6 \u2192 3", ""], rows[0]
assert rows[1][1] == "Evening Unwind (ended early)" and rows[1][4] == "Knee-to-Chest", rows[1]
assert rows[1][3] == "", rows[1]
assert rows[3] == ["2026-12-07 07:40", "Morning Quick Start (a preview at --speed, not counted)",
    "\u2013", "", "Cat-Cow"], rows[3]
PYEOF
check "history --report: the summary" grep -q '3 sessions on 3 of 30 days, 15 min in all.' "$TMP/log.html"
check "history --report: tension on average" grep -q '5.0 → 2.5' "$TMP/log.html"
check "history --report: the conditions" grep -q 'Your conditions: osteoporosis.' "$TMP/log.html"
rm "$XDG_CONFIG_HOME/stretchcoach/config.json"
cp "$TMP/hist.before-preview" "$hist"
run_sc history --report -o "$TMP/no/such/$(printf '\033')[31mdir/log.html"
check "an unwritable -o: exit 74" [ "$rc" -eq 74 ]
check "... said without the escape character, and why" \
    sh -c "grep -q 'cannot write .*\^\[\[31mdir/log.html: No such file or directory' '$TMP/err' && ! grep -q \"\$(printf '\\033')\" '$TMP/err'"
run_sc history --report --csv
check "--report with --csv: usage error" [ "$rc" -eq 2 ]
run_sc list -o x.html
check "-o belongs to sheet and history" grep -q "does not apply to 'list'" "$TMP/err"

# --- programme calendar ------------------------------------------------------
ics_check() {
	"$PY" - "$@" <<'EOF'
import sys, datetime, icalendar
path, want_n, first_day = sys.argv[1], int(sys.argv[2]), sys.argv[3]
raw = open(path, "rb").read()
assert all(l.endswith(b"\r") for l in raw.split(b"\n")[:-1]), "CRLF"
assert all(len(l) <= 76 for l in raw.split(b"\n")), "folded at 75 octets"
cal = icalendar.Calendar.from_ical(raw)
assert str(cal["VERSION"]) == "2.0" and "PRODID" in cal
ev = list(cal.walk("VEVENT"))
assert len(ev) == want_n, (len(ev), want_n)
uids = {str(e["UID"]) for e in ev}
assert len(uids) == len(ev), "unique UIDs"
assert str(ev[0]["DTSTART"].dt.date()) == first_day, ev[0]["DTSTART"].dt
for e in ev:
    assert e["DTEND"].dt > e["DTSTART"].dt
    assert "stretchcoach run " in str(e["DESCRIPTION"]), e["DESCRIPTION"]
    assert list(e.walk("VALARM")), "a reminder"
for k, v in (a.split("=", 1) for a in sys.argv[4:]):
    e = [e for e in ev if str(e["SUMMARY"]).startswith(k)][0]
    assert e["DTSTART"].dt.strftime("%H:%M") == v, (k, e["DTSTART"].dt)
EOF
}
run_sc programme calendar
check "programme calendar with none running: usage error" [ "$rc" -eq 2 ]
check "... that says how to name one" grep -q "stretchcoach programme calendar PROGRAMME-ID" "$TMP/err"
run_sc programme calendar desk-week
check "programme calendar desk-week: exit 0" [ "$rc" -eq 0 ]
# one event per routine day, read from the bundled programme (it gains and
# changes days); its first morning (or any-time) routine at the usual 07:15
# (from 07:10 and 07:20), its first evening routine at the usual 20:45 (from 20:40)
set -- $("$PY" - "$SC_ROOT/data/catalogue.json" <<'EOF'
import json, sys
c = json.load(open(sys.argv[1]))
when = {r["id"]: r.get("time", "any") for r in c["routines"]}
days = [d for p in c["programmes"] if p["id"] == "desk-week" for d in p["days"]]
run = [(i, d["routine"]) for i, d in enumerate(days, 1) if "routine" in d]
am = next(i for i, r in run if when[r] in ("morning", "any"))
pm = next(i for i, r in run if when[r] == "evening")
print(len(run), "Day_%d_of_%d=07:15" % (am, len(days)), "Day_%d_of_%d=20:45" % (pm, len(days)))
EOF
)
check "desk-week .ics parses: one event per routine day ($1) from today, at the usual times" \
    ics_check "$TMP/out" "$1" 2026-12-07 "$(echo "$2" | tr _ ' ')" "$(echo "$3" | tr _ ' ')"
"$SC_BIN" programme start back-reset-2w >/dev/null 2>&1 </dev/null
run_sc programme calendar
check "the running programme: 11 routine days of 14" ics_check "$TMP/out" 11 2026-12-07
run_sc programme calendar nope
check "programme calendar of an unknown id: usage error" [ "$rc" -eq 2 ]
check "... naming it" grep -q "no programme 'nope'" "$TMP/err"
finish
