#!/bin/sh
# history_hostile.sh — what a history file must not be able to do: a line
# from a wrong clock breaking a streak, a huge file of junk making `status`
# slow or big, a session abandoned before its first hold counting.
NAME=history_hostile
. "$SC_ROOT/tests/cli/lib.sh"
dir=$XDG_DATA_HOME/stretchcoach
file=$dir/history.jsonl
mkdir -p "$dir"
off=$(date +%:z)

# session DAYS-AGO (negative: in the future)
session() {
	d=$(date -d "$1 days ago" +%F)
	printf '{"v":1,"routine":"desk-break","started":"%sT12:00:00%s","ended":"%sT12:10:00%s",' \
		"$d" "$off" "$d" "$off"
	printf '"planned_s":600,"active_s":600,"completed":["cat-cow"],"skipped":[],"hurt":[],'
	printf '"quit":false,"speed":1,"tension_before":null,"tension_after":null}\n'
}

# --- a line dated in the future ------------------------------------------------------
: >"$file"
for i in 6 5 4 3 2 1 0; do session "$i" >>"$file"; done
session -3 >>"$file"
run_sc status
check "a future-dated line leaves a 7-day streak whole (status: $(cat "$TMP/out"))" \
    grep -q '^7-day streak, 10 min today' "$TMP/out"
run_sc history
check "history keeps the 7-day streak" grep -q '7 days' "$TMP/out"
check "history names the future-dated line" grep -q 'history.jsonl:8: dated after tomorrow' "$TMP/err"
check "history says it was not counted" grep -q '1 dated after tomorrow' "$TMP/out"
run_sc history --json
check "history --json counts it" grep -q '"future_dated":[[:space:]]*1' "$TMP/out"

# --- status stays cheap on a huge file -----------------------------------------------
# 64 MiB of unreadable lines, then nothing readable: status reads a bounded tail
awk 'BEGIN { s = "{\"v\":1,\"junk\":\"" sprintf("%0900d", 0) "\"}"; for (i = 0; i < 70000; i++) print s }' >"$file"
ASAN_OPTIONS="$ASAN_OPTIONS:quarantine_size_mb=1" /usr/bin/time -f "%M" -o "$TMP/rss" "$SC_BIN" status >"$TMP/out" 2>"$TMP/err" </dev/null
rc=$?
check "status on 64 MiB of junk: status 0 (got $rc)" test "$rc" -eq 0
check "status on 64 MiB of junk says no recent session ($(cat "$TMP/out"))" \
    grep -q '^no recent session, stretch due' "$TMP/out"
rss=$(tail -n 1 "$TMP/rss")
check "status on 64 MiB of junk stays small (${rss} KiB peak, under 64 MiB)" test "$rss" -lt 65536
# 64 MiB of reminder events with one session before them: the session is too far back to look for
session 0 >"$file"
d=$(date +%F)
awk -v d="$d" -v off="$(date +%:z)" 'BEGIN { for (i = 0; i < 250000; i++)
    printf "{\"v\":1,\"routine\":\"desk-break\",\"started\":\"%sT09:00:00%s\",\"ended\":\"%sT09:00:00%s\",\"planned_s\":165,\"active_s\":0,\"completed\":[],\"skipped\":[],\"hurt\":[],\"quit\":false,\"speed\":1,\"tension_before\":null,\"tension_after\":null,\"event\":\"reminder-snoozed\"}\n", d, off, d, off }' >>"$file"
ASAN_OPTIONS="$ASAN_OPTIONS:quarantine_size_mb=1" /usr/bin/time -f "%M" -o "$TMP/rss" "$SC_BIN" status >"$TMP/out" 2>"$TMP/err" </dev/null
rss=$(tail -n 1 "$TMP/rss")
check "status under 64 MiB of reminder events stays small (${rss} KiB peak)" test "$rss" -lt 65536
check "status under reminder events answers ($(cat "$TMP/out"))" grep -q 'stretch due\|streak' "$TMP/out"
finish
