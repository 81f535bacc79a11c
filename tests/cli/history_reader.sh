#!/bin/sh
# One history reader: src/history_read.c is the only file that reads the
# history (src/history.c appends to it). Stats, `status` and programmes go
# through history_read(); the history modules and the app layer open, read
# and lock no file themselves; the old per-module readers are gone.
NAME=history_reader.sh
. "${SC_ROOT:-.}/tests/cli/lib.sh"
cd "$SC_ROOT" || exit 1

for f in src/history_stats.c src/history_status.c src/programme.c; do
	if grep -q 'history_read(' "$f"; then
		pass "$f reads the history through history_read()"
	else
		fail "$f does not read the history through history_read()"
	fi
done

# pread and a shared lock are how a history is read: in the reader only
for f in src/*.c; do
	case $f in src/history.c|src/history_read.c) continue ;; esac
	if grep -nE '(^|[^a-z_])pread[[:space:]]*\(|LOCK_SH' "$f" >"$TMP/hits"; then
		fail "$f reads with pread or a shared lock (the history is read in src/history_read.c): $(cat "$TMP/hits")"
	fi
done

# the modules that read what the history says do no file I/O of their own
for f in src/history_*.c src/programme.c src/whatworks.c src/followup.c src/app_*.c; do
	case $f in src/history_read.c) continue ;; esac
	if grep -nE '(^|[^a-z_])(open|openat|read|pread|fopen|fdopen|mmap|flock)[[:space:]]*\(' \
	    "$f" >"$TMP/hits"; then
		fail "$f opens or reads a file itself: $(cat "$TMP/hits")"
	else
		pass "$f does no file I/O of its own"
	fi
done

if grep -rnE 'history_read_file|history_read_at|history_open[^_a-z]' src include >"$TMP/hits"; then
	fail "an old history reader is still there: $(cat "$TMP/hits")"
else
	pass "no other history reader is left (history_read_file, history_read_at, history_open)"
fi
finish
