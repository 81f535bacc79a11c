#!/bin/sh
# The config file: every key read, invalid values reported like catalogue
# errors (exit 65), the command line wins, and `config` says where each
# setting came from.
NAME=config
. "$SC_ROOT/tests/cli/lib.sh"

cfg=$XDG_CONFIG_HOME/stretchcoach/config.json
mkdir -p "$(dirname "$cfg")"

run_sc config
check "with no file: every setting is a default" test "$(grep -c ' default$' "$TMP/out")" -eq 7
check "it says the file is not there" grep -q '(not present)' "$TMP/out"

cat >"$cfg" <<'EOC'
{"breath": {"inhale": 5, "exhale": 7}, "bell": false, "color": true,
 "checkin": false, "build_minutes": 12, "say": "espeak-ng", "remind_every": "1h30m"}
EOC
run_sc config
check "config exits 0" test "$rc" -eq 0
check "breath from the file" grep -q '^breath  *5:7  *config file$' "$TMP/out"
check "bell from the file" grep -q '^bell  *off  *config file$' "$TMP/out"
check "build_minutes from the file" grep -q '^build_minutes  *12 min  *config file$' "$TMP/out"
check "say from the file" grep -q '^say  *espeak-ng  *config file$' "$TMP/out"
check "remind_every from the file" grep -q '^remind_every  *1 h 30 min  *config file$' "$TMP/out"

"$SC_BIN" config --breath 3:3 --no-color >"$TMP/out" 2>&1
check "the command line wins" grep -q '^breath  *3:3  *command line$' "$TMP/out"
check "--no-color is the command line's" grep -q '^color  *off  *command line$' "$TMP/out"
NO_COLOR=1 "$SC_BIN" config >"$TMP/out" 2>&1
check "NO_COLOR is named as the source" grep -q '^color  *off  *environment (NO_COLOR)$' "$TMP/out"

run_sc build --seed 1
check "build uses build_minutes from the file" grep -q '^12-minute routine' "$TMP/out"

cat >"$cfg" <<'EOC'
{"breath": {"inhale": 0, "exhale": 6}, "bell": "yes", "build_minutes": 90,
 "remind_every": "soon", "colour": true}
EOC
run_sc config
check "an invalid file is exit 65" test "$rc" -eq 65
check "breath: inhale is named" grep -q "config.json: breath: inhale must be an integer 1..30, got 0$" "$TMP/err"
check "bell is named" grep -q "config.json: bell must be true or false, got a string$" "$TMP/err"
check "build_minutes is named" grep -q "config.json: build_minutes must be an integer 1..60, got 90$" "$TMP/err"
check "remind_every is named" grep -q 'config.json: remind_every must be a duration from "1m" to "8h", like "45m", got a string$' "$TMP/err"
check "an unknown key is a warning" grep -q 'warning: .*config.json: unknown key "colour" ignored$' "$TMP/err"
check "every error is one line starting stretchcoach:" sh -c "! grep -qv '^stretchcoach: ' '$TMP/err'"
run_sc run desk-break --plain --speed 1000
check "a session refuses to start on a bad config (65)" test "$rc" -eq 65

printf '{"bell": tru}' >"$cfg"
run_sc config
check "a syntax error points at it" grep -q "config.json:1:13: invalid JSON near '}'" "$TMP/err"
finish
