#!/bin/sh
# With no HOME and no XDG_DATA_HOME there is nowhere to keep history: the
# session still runs, then a clear error, the record on stderr, exit 74.
NAME=history_nohome
. "$SC_ROOT/tests/cli/lib.sh"

env -u HOME -u XDG_DATA_HOME -u XDG_CONFIG_HOME "$SC_BIN" run desk-break --plain --speed 1000 \
    --no-checkin >"$TMP/out" 2>"$TMP/err" </dev/null
rc=$?
check "exit 74 (status $rc)" test "$rc" -eq 74
check "the session itself ran to the end" grep -q 'Routine complete: Desk Break' "$TMP/out"
check "the error says what to set" grep -q 'cannot save this session to history: no place for the history: set HOME or XDG_DATA_HOME' "$TMP/err"
check "the record is printed so nothing is lost" grep -q '^stretchcoach: the session record, to keep by hand: {"v":1,"routine":"desk-break"' "$TMP/err"
# relative XDG paths are ignored as the spec says, so HOME is used
env XDG_DATA_HOME=relative/dir XDG_CONFIG_HOME= "$SC_BIN" run desk-break --plain --speed 1000 \
    --no-checkin >/dev/null 2>"$TMP/err" </dev/null
check "a relative XDG_DATA_HOME is ignored for \$HOME/.local/share" test -s "$HOME/.local/share/stretchcoach/history.jsonl"
check "and nothing is written under the relative path" test ! -e relative/dir
finish
