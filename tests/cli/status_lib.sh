# status_lib.sh — the setup the status tests share (status_streak.sh,
# status_bounded.sh): the clock and zone pinned, the history file, a
# generator of long histories, a gigabyte of old junk, and history's own
# streak to compare with. Source after lib.sh.

# run on its own (the runner lists every tests/cli/*.sh but lib.sh) it checks nothing
[ -n "${NAME:-}" ] || exit 0
TZ=UTC SC_NOW='2026-12-07 08:30'
export TZ SC_NOW
dir=$XDG_DATA_HOME/stretchcoach
file=$dir/history.jsonl
mkdir -p "$dir"

# status_gen DAYS REMINDS COMPLETED LAST ROUTINE SECONDS PROGRAMME: one
# session of ROUTINE (SECONDS long, COMPLETED its JSON list of stretch ids)
# a day for DAYS days up to today (LAST 0) or yesterday (LAST 1), with
# REMINDS reminder lines each day before it; PROGRAMME 1 adds Desk Worker's
# Week begun 2 days ago, its days 1 and 2 done.
status_gen() {
	python3 - "$@" <<'PY'
import datetime, sys
days, reminds, done, last = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3], int(sys.argv[4])
routine, secs, prog = sys.argv[5], int(sys.argv[6]), sys.argv[7] == "1"
today = datetime.date(2026, 12, 7)
out = sys.stdout
line = ('{"v":1,"routine":"%s","started":"%s","ended":"%s","planned_s":%d,"active_s":%d,'
        '"completed":[%s],"skipped":[],"hurt":[],"quit":false,"speed":1,'
        '"tension_before":null,"tension_after":null%s}\n')
for back in range(days - 1 + last, last - 1, -1):
    d = (today - datetime.timedelta(days=back)).isoformat()
    if prog and back == 2:
        t = d + "T06:00:00+00:00"
        out.write(line % ("desk-break", t, t, 0, 0, "",
                          ',"event":"programme-start","programme":"desk-week","day":1'))
    for k in range(reminds):
        t = "%sT%02d:%02d:00+00:00" % (d, 9 + k // 4, (k % 4) * 15)
        out.write('{"v":1,"routine":"desk-break","started":"%s","ended":"%s","planned_s":0,'
                  '"active_s":0,"quit":false,"speed":1,"event":"reminder-snoozed"}\n' % (t, t))
    s, e = d + "T07:00:00+00:00", d + "T07:05:00+00:00"
    out.write(line % (routine, s, e, secs, secs, done, ""))
    if prog and back <= 2:
        out.write(line % ("desk-break", e, e, 0, 0, "",
                          ',"event":"programme-day","programme":"desk-week","day":%d' % (3 - back)))
PY
}

# status_junk: the history becomes a gigabyte of old junk (one line too long
# to read; sparse, so it costs no disk).
status_junk() {
	truncate -s 1G "$file"
	echo >>"$file"
}

# status_years_ago: the sessions on stdin, four years earlier.
status_years_ago() {
	sed 's/2026-/2022-/g; s/2025-/2021-/g'
}

# status_history_streak: the current streak `history --json` gives.
status_history_streak() {
	timeout 300 "$SC_BIN" history --json </dev/null 2>/dev/null |
		tr -d ' \t\n' | sed -n 's/.*"streak":{"current":\([0-9]*\),.*/\1/p'
}
