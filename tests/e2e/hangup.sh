#!/bin/sh
# hangup.sh — a terminal that goes away ends the session even when SIGHUP
# does not reach the program (ignored, as under nohup, or sent to a wrapper):
# curses then reads no key at once, over and over, and a hold spun through
# its draw loop at a quarter of a CPU until killed. Now the hold ends as
# SIGHUP would end it: logged as quit, the process gone.
NAME=hangup
. "$(dirname "$0")/lib.sh"

mkdir -p "$tmp/home" "$tmp/config" "$tmp/data/stretchcoach"
: > "$tmp/data/stretchcoach/history.jsonl"
{
	echo "export HOME=$(e2e_quote "$tmp/home") XDG_CONFIG_HOME=$(e2e_quote "$tmp/config")"
	echo "export XDG_DATA_HOME=$(e2e_quote "$tmp/data") LANG=C.UTF-8 LC_ALL="
	echo "unset NO_COLOR STRETCHCOACH_CATALOGUE"
	# SIGHUP ignored from the start, as nohup leaves it; the program keeps it so
	echo "trap '' HUP"
	printf 'echo $$ > %s; exec %s --no-checkin -c %s run e2e-evening\n' \
	    "$(e2e_quote "$tmp/pid")" "$(e2e_quote "$SC_BIN")" "$(e2e_quote "$E2E_CAT")"
} > "$tmp/run.sh"
tm new-session -d -x 80 -y 24 "sh $(e2e_quote "$tmp/run.sh")"
e2e_wait_file "$tmp/pid" 5
pid=$(sc_pid)
wait_for 'Get ready: Test Long Hold' 5
wait_gone 'Get ready' 15
check "the hold is on screen before the hang-up" on_screen 'Test Long Hold'

# the terminal goes away: the pane's pseudo-terminal is closed under it
tm kill-server
i=0
# 15 s: room for ASan's exit on a loaded machine; a spinning hold never ends
while e2e_alive "$pid" && [ $i -lt 150 ]; do
	sleep 0.1
	i=$((i + 1))
done
if e2e_alive "$pid"; then
	fail "the program ends within 15 s of the hang-up (it is still running)"
	kill -9 "$pid" 2>/dev/null
else
	pass "the program ends within 15 s of the hang-up"
fi
check "the hold is logged as quit" sh -c "tail -n 1 '$tmp/data/stretchcoach/history.jsonl' |
    grep -q '\"quit\":true'"
finish
