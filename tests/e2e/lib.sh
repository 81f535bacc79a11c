# lib.sh — shared helpers for the tmux end-to-end tests of the curses front end.
#
# A test script sets NAME, sources this file, then drives the real binary:
#
#	NAME=menu; . "$(dirname "$0")/lib.sh"
#	start 80 24 --no-checkin morning
#	wait_for 'Morning routines' 5 && pass "menu shown" || fail "menu shown"
#	...
#	finish
#
# Each script runs on its own tmux server (tmux -L sc-PID-NAME -f /dev/null),
# in a temporary HOME that is removed, with the server, on exit. Screens are
# read with capture-pane and polled for text; nothing relies on fixed sleeps
# alone. The binary's exit status is written by the pane's shell to $tmp/rc
# (Debian's tmux 3.3a does not always reap a pane's process, so pane_dead is
# not trusted).

: "${SC_BIN:?set SC_BIN to the stretchcoach binary}"
: "${NAME:?set NAME before sourcing lib.sh}"

case $SC_BIN in
/*) ;;
*) SC_BIN=$(pwd)/$SC_BIN ;;
esac
E2E_DIR=$(cd "$(dirname "$0")" && pwd)
E2E_CAT=$E2E_DIR/data/catalogue.json
E2E_SCRIPT=$(basename "$0" .sh)
E2E_FAILS=0
E2E_SOCK=sc-$$-$NAME
# the screen wait (tests/tools/e2e_wait.c), built beside the binary by `make
# test-build`; without it, the same wait as a shell loop
E2E_WAIT=$(dirname "$SC_BIN")/e2e_wait
[ -x "$E2E_WAIT" ] || E2E_WAIT=
tmp=$(mktemp -d "${TMPDIR:-/tmp}/sc-e2e-$NAME.XXXXXX")

# e2e_alive PID: the process runs (a zombie does not: with the tmux server
# gone, its parent may be a subreaper that reaps it only at the end)
e2e_alive() {
	e2e_st=$(ps -o stat= -p "$1" 2>/dev/null) || return 1
	case $e2e_st in Z*) return 1 ;; esac
	return 0
}

# Stop the tmux server and wait until it and the binary are gone (the binary
# may still be saving its session on the way out).
e2e_stop() {
	tmux -L "$E2E_SOCK" kill-server >/dev/null 2>&1
	i=0
	while tmux -L "$E2E_SOCK" list-sessions >/dev/null 2>&1 && [ $i -lt 30 ]; do
		sleep 0.1
		i=$((i + 1))
	done
	if [ -s "$tmp/pid" ]; then
		i=0
		while e2e_alive "$(cat "$tmp/pid")" && [ $i -lt 30 ]; do
			sleep 0.1
			i=$((i + 1))
		done
	fi
}

e2e_cleanup() {
	e2e_stop
	# tmux 3.3a leaves its socket behind after kill-server
	rm -f "${TMUX_TMPDIR:-/tmp}/tmux-$(id -u)/$E2E_SOCK"
	rm -rf "$tmp"
}
trap e2e_cleanup EXIT
trap 'exit 1' INT TERM HUP

tm() {
	tmux -L "$E2E_SOCK" -f /dev/null "$@"
}

pass() {
	echo "PASS $E2E_SCRIPT: $1"
}

fail() {
	echo "FAIL $E2E_SCRIPT: $1"
	E2E_FAILS=$((E2E_FAILS + 1))
	# the screen at the failure, so that a failure seen once in CI explains
	# itself (E2E_VERBOSE=0: not)
	if [ "${E2E_VERBOSE:-1}" != 0 ]; then
		echo "--- screen ---"
		screen 2>&1
		echo "--------------"
	fi
}

# check WHAT COMMAND...: PASS when the command succeeds, FAIL otherwise.
check() {
	what=$1
	shift
	if "$@"; then pass "$what"; else fail "$what"; fi
}

finish() {
	[ "$E2E_FAILS" -eq 0 ]
	exit $?
}

# Single-quote $1 for sh (each ' becomes '\'', with no sed to start).
e2e_quote() {
	e2e_q= e2e_r=$1
	while :; do
		case $e2e_r in
		*\'*) e2e_q="$e2e_q${e2e_r%%\'*}'\\''" e2e_r=${e2e_r#*\'} ;;
		*) break ;;
		esac
	done
	printf "'%s'" "$e2e_q$e2e_r"
}

# e2e_hour ARGS...: when the program started with ARGS may show what the
# hour changes, on the clock tests/run.sh pinned (TEST_CLOCK; not pinned
# again through E2E_ENV or SC_NOW), note it in $TEST_HOUR_LOG: run.sh then
# runs the test again in the evening (TEST_EVENING). The hour changes the
# main menu (no command: its first highlight, src/ui_menu.c) and remind
# (its working hours); a new screen that reads the hour belongs here too.
e2e_hour() {
	[ -n "${TEST_HOUR_LOG:-}" ] || return 0
	case " ${E2E_ENV:-} " in *" SC_NOW="*) return 0 ;; esac
	[ "${SC_NOW:-}" = "${TEST_CLOCK:-}" ] || return 0
	cmd=
	for a in "$@"; do
		case " ${TEST_COMMANDS:-} " in *" $a "*) cmd=$a; break ;; esac
	done
	case $cmd in
	""|remind) echo "${cmd:-menu}: $*" >>"$TEST_HOUR_LOG" ;;
	esac
}

# start COLS ROWS ARGS...: run the binary with ARGS in a new pane of that size
# (on a fresh server: one pane at a time). E2E_ENV may hold extra
# "NAME=value" words for the environment (NO_COLOR=1, LANG=C); the locale is
# C.UTF-8 unless it says otherwise. E2E_REDIRECT is appended to the command
# line (say, "> $tmp/out").
#
# The pane's shell runs with job control (set -m), as a login shell would:
# the binary gets a process group of its own, so Ctrl-C and Ctrl-Z reach it
# alone and Ctrl-Z can really stop it. `fg_job` continues it as `fg` does.
start() {
	cols=$1 rows=$2
	shift 2
	e2e_hour "$@"
	e2e_stop
	mkdir -p "$tmp/home" "$tmp/config" "$tmp/data/stretchcoach"
	rm -f "$tmp/rc" "$tmp/pid" "$tmp/fg" "$tmp/stty.before" "$tmp/stty.after"
	# an empty history: not the first run, so no safety page before the session
	# (E2E_FIRST_RUN=1 keeps it away to see that page)
	if [ -z "${E2E_FIRST_RUN:-}" ] && [ ! -e "$tmp/data/stretchcoach/history.jsonl" ]; then
		: > "$tmp/data/stretchcoach/history.jsonl"
	fi
	{
		echo "set -m"
		# dash re-raises a job's SIGINT on itself; keep the shell to record rc
		echo "trap : INT"
		echo "export HOME=$(e2e_quote "$tmp/home") XDG_CONFIG_HOME=$(e2e_quote "$tmp/config")"
		echo "export XDG_DATA_HOME=$(e2e_quote "$tmp/data") LANG=C.UTF-8 LC_ALL="
		echo "unset NO_COLOR STRETCHCOACH_CATALOGUE"
		for kv in ${E2E_ENV:-}; do
			echo "export $(e2e_quote "$kv")"
		done
		# the terminal's settings before and after, to prove they come back
		echo "stty -g > $(e2e_quote "$tmp/stty.before")"
		printf 'sh -c '\''echo $$ > "$0"; exec "$@"'\'' %s %s' \
		    "$(e2e_quote "$tmp/pid")" "$(e2e_quote "$SC_BIN")"
		for a in "$@"; do
			printf ' %s' "$(e2e_quote "$a")"
		done
		echo " ${E2E_REDIRECT:-}"
		echo "rc=\$?"
		# stopped (Ctrl-Z): wait for the test to say fg
		echo "while [ \$rc -eq 148 ]; do"
		echo "	while [ ! -e $(e2e_quote "$tmp/fg") ]; do sleep 0.1; done"
		echo "	rm -f $(e2e_quote "$tmp/fg"); fg >/dev/null; rc=\$?"
		echo "done"
		echo "stty -g > $(e2e_quote "$tmp/stty.after")"
		echo "echo \"rc=\$rc\" > $(e2e_quote "$tmp/rc")"
		# keep the pane (and what the program left on it) until the server goes
		echo "exec sleep 3600"
	} > "$tmp/run.sh"
	tm new-session -d -x "$cols" -y "$rows" "sh $(e2e_quote "$tmp/run.sh")"
	e2e_wait_file "$tmp/pid" 5
}

# fg_job: continue the stopped binary in the foreground, as a shell's fg does.
fg_job() {
	: > "$tmp/fg"
}

# The pane's text, as a person sees it.
screen() {
	tm capture-pane -p
}

# The pane with its attributes as escape sequences.
screen_escapes() {
	tm capture-pane -p -e
}

# The highlighted (reverse video) text on the first screen line that has one,
# of those matching the extended regex $1 (all lines when none is given).
selected() {
	screen_escapes | grep -E -- "${1:-.}" | grep "$(printf '\033')\\[[0-9;]*7m" | head -n 1 |
	    sed 's/\x1b\[[0-9;]*7m/\x01/; s/^[^\x01]*\x01//; s/\x1b.*//'
}

keys() {
	tm send-keys "$@"
}

# The binary's process id.
sc_pid() {
	cat "$tmp/pid"
}

# e2e_poll TIMEOUT COMMAND...: run COMMAND until it succeeds or TIMEOUT
# seconds of sleeping have gone by. The sleeps grow from 0.05 s to 0.3 s: a
# condition met at once is seen at once, and a long wait costs a few looks a
# second, not ten. The screen waits do the same in tests/tools/e2e_wait.c;
# this one waits for files and processes.
e2e_poll() {
	e2e_left=$(($1 * 100))
	e2e_nap=5
	shift
	until "$@"; do
		[ "$e2e_left" -le 0 ] && return 1
		e2e_left=$((e2e_left - e2e_nap))
		case $e2e_nap in
		5) sleep 0.05; e2e_nap=10 ;;
		10) sleep 0.1; e2e_nap=20 ;;
		20) sleep 0.2; e2e_nap=30 ;;
		*) sleep 0.3 ;;
		esac
	done
	return 0
}

e2e_nonempty() {
	[ -s "$1" ]
}

e2e_wait_file() {
	e2e_poll "$2" e2e_nonempty "$1"
}

# wait_for PATTERN TIMEOUT: poll the screen until the extended regex PATTERN appears.
wait_for() {
	if [ -n "$E2E_WAIT" ]; then
		"$E2E_WAIT" "$E2E_SOCK" "$2" "$1"
	else
		e2e_poll "$2" on_screen "$1"
	fi
}

# wait_gone PATTERN TIMEOUT: poll the screen until PATTERN is no longer on it.
wait_gone() {
	if [ -n "$E2E_WAIT" ]; then
		"$E2E_WAIT" -g "$E2E_SOCK" "$2" "$1"
	else
		e2e_poll "$2" off_screen "$1"
	fi
}

# wait_rc TIMEOUT: wait for the binary to exit; prints its status.
wait_rc() {
	e2e_wait_file "$tmp/rc" "$1" || return 1
	sed -n 's/^rc=//p' "$tmp/rc"
}

# on_screen PATTERN: the screen holds PATTERN now.
on_screen() {
	screen | grep -Eq -- "$1"
}

# off_screen PATTERN: the screen does not hold PATTERN now.
off_screen() {
	! screen | grep -Eq -- "$1"
}

# page_text: the screen's text with its lines joined and box edges dropped, so
# a phrase that wraps (inside a box or not) reads as one line.
page_text() {
	screen | tr -s ' \n│' '   '
}

# page_now PHRASE: the joined screen holds the fixed string PHRASE now.
page_now() {
	page_text | grep -Fq -- "$1"
}

# page_says PHRASE [TIMEOUT]: poll until the joined screen holds PHRASE (5 s
# unless told). A check made right after keys must wait for them, as wait_for does.
page_says() {
	e2e_poll "${2:-5}" page_now "$1"
}

# page_lacks PHRASE: the joined screen does not hold PHRASE now.
page_lacks() {
	! page_now "$1"
}

# The history file's lines.
history_lines() {
	cat "$tmp/data/stretchcoach/history.jsonl" 2>/dev/null
}

# bigcount: read the big-digit countdown off the screen ("0:27"), or nothing.
# The digits are a 3x5 font, each pixel two cells of a block (or '#').
bigcount() {
	# one byte a cell: blocks become '#', any other UTF-8 character '?'
	screen | LC_ALL=C sed 's/\xe2\x96\x88/#/g; s/[\xc0-\xf7][\x80-\xbf]*/?/g' | LC_ALL=C awk '
	function digit(k) {
		if (k == "#### ## ## ####") return "0"
		if (k == " # ##  #  # ###") return "1"
		if (k == "###  #####  ###") return "2"
		if (k == "###  ####  ####") return "3"
		if (k == "# ## ####  #  #") return "4"
		if (k == "####  ###  ####") return "5"
		if (k == "####  #### ####") return "6"
		if (k == "###  #  #  #  #") return "7"
		if (k == "#### ##### ####") return "8"
		if (k == "#### ####  ####") return "9"
		return "?"
	}
	# the first run of five consecutive lines holding "##" pixels
	/##/ { run[n++] = $0; next }
	{ if (n >= 5) exit; n = 0 }
	END {
		if (n < 5) exit
		first = 100000
		for (r = 0; r < 5; r++) {
			# skip the art and text: the digits are the last "##" group on the line
			if (match(run[r], /##[# ]*$/) && RSTART < first) first = RSTART
		}
		out = ""
		p = first
		while (p < 400) {
			c = ""
			for (r = 0; r < 5; r++) c = c substr(run[r] "                                        ", p, 2)
			if (c == "  ##  ##  ") { out = out ":"; p += 3; continue }
			k = ""
			for (r = 0; r < 5; r++) {
				s = substr(run[r] "                                        ", p, 6)
				k = k substr(s, 1, 1) substr(s, 3, 1) substr(s, 5, 1)
			}
			if (k ~ /^ *$/) break
			out = out digit(k)
			p += 7
		}
		print out
	}'
}

# seconds M:SS: the number of seconds in a clock reading.
seconds() {
	echo "$1" | awk -F: '{ print $1 * 60 + $2 }'
}
