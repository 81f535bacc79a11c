#!/bin/sh
# The config file: every key read, invalid values reported like catalogue
# errors (exit 65), the command line wins, and `config` says where each
# setting came from.
NAME=config
. "$SC_ROOT/tests/cli/lib.sh"

cfg=$XDG_CONFIG_HOME/stretchcoach/config.json
mkdir -p "$(dirname "$cfg")"

run_sc config
check "with no file: every setting is a default" test "$(grep -c ' default$' "$TMP/out")" -eq 19
check "it says the file is not there" grep -q '(not present)' "$TMP/out"
# `config` lists the keys of the one table in src/config.c, each once, in its order
sed -n '/^static const struct config_key_info keys\[CFG_NKEYS\] = {/,/^};/p' "$SC_ROOT/src/config.c" |
	grep -o '\] = { "[a-z_]*"' | grep -o '[a-z_]*"$' | tr -d '"' >"$TMP/table"
sed '/^$/q' "$TMP/out" | grep -o '^[a-z_]*' >"$TMP/shown"
check "config shows the keys of the table, in its order ($(wc -l <"$TMP/table") keys)" \
    sh -c "test -s '$TMP/table' && cmp -s '$TMP/table' '$TMP/shown'"
check "it says how sounds play" grep -q '^sound path  *\(sound theme (libcanberra\|terminal bell\)' "$TMP/out"
CANBERRA_DRIVER=null "$SC_BIN" config >"$TMP/out" 2>"$TMP/err"
check "with no sound driver, sounds fall back to the bell" grep -q '^sound path  *terminal bell' "$TMP/out"
check "and nothing is said on stderr" test ! -s "$TMP/err"
"$SC_BIN" config --no-bell >"$TMP/out" 2>&1
check "--no-bell silences every sound" grep -q '^sound path  *off$' "$TMP/out"

cat >"$cfg" <<'EOC'
{"breath": {"inhale": 5, "exhale": 7}, "bell": false, "color": true,
 "checkin": false, "build_minutes": 12, "say": "espeak-ng", "remind_every": "1h30m",
 "remind_snooze": "5m", "away_counts_after": "2m", "remind_hours": "8:30-17", "remind_days": "mon-fri",
 "notify": false, "sound": "bell", "equipment": ["foam-roller", "ball"]}
EOC
run_sc config
check "config exits 0" test "$rc" -eq 0
check "breath from the file" grep -q '^breath  *5:7  *config file$' "$TMP/out"
check "bell from the file" grep -q '^bell  *off  *config file$' "$TMP/out"
check "build_minutes from the file" grep -q '^build_minutes  *12 min  *config file$' "$TMP/out"
check "say from the file" grep -q '^say  *espeak-ng  *config file$' "$TMP/out"
check "remind_every from the file" grep -q '^remind_every  *1 h 30 min  *config file$' "$TMP/out"
check "remind_snooze from the file" grep -q '^remind_snooze  *5 min  *config file$' "$TMP/out"
check "away_counts_after from the file" grep -q '^away_counts_after  *2 min  *config file$' "$TMP/out"
check "remind_hours from the file" grep -q '^remind_hours  *8:30-17:00  *config file$' "$TMP/out"
check "remind_days from the file" grep -q '^remind_days  *mon,tue,wed,thu,fri  *config file$' "$TMP/out"
check "notify from the file" grep -q '^notify  *off  *config file$' "$TMP/out"
check "sound from the file" grep -q '^sound  *bell  *config file$' "$TMP/out"
check "equipment from the file" grep -q '^equipment  *foam-roller,ball  *config file$' "$TMP/out"
check "bell off in the file silences every sound" grep -q '^sound path  *off$' "$TMP/out"

"$SC_BIN" config --breath 3:3 --no-color >"$TMP/out" 2>&1
check "the command line wins" grep -q '^breath  *3:3  *command line$' "$TMP/out"
check "--no-color is the command line's" grep -q '^color  *off  *command line$' "$TMP/out"
NO_COLOR=1 "$SC_BIN" config >"$TMP/out" 2>&1
check "NO_COLOR is named as the source" grep -q '^color  *off  *environment (NO_COLOR)$' "$TMP/out"

run_sc build --seed 1
check "build uses build_minutes from the file" grep -q '^12-minute routine' "$TMP/out"
run_sc build --seed 1 --minutes 30 --time evening
check "build may use the equipment the file names" grep -q '^Needs: .*\(foam-roller\|ball\)' "$TMP/out"

cat >"$cfg" <<'EOC'
{"breath": {"inhale": 0, "exhale": 6}, "bell": "yes", "build_minutes": 90,
 "remind_every": "soon", "colour": true, "remind_snooze": "5s", "away_counts_after": "25h",
 "remind_hours": "18-9", "remind_days": "weekdays", "notify": "yes", "sound": "loud",
 "equipment": ["rope"]}
EOC
run_sc config
check "an invalid file is exit 65" test "$rc" -eq 65
check "breath: inhale is named" grep -q "config.json: breath: inhale must be an integer 1..30, got 0$" "$TMP/err"
check "bell is named" grep -q "config.json: bell must be true or false, got a string$" "$TMP/err"
check "build_minutes is named" grep -q "config.json: build_minutes must be an integer 1..60, got 90$" "$TMP/err"
check "remind_every is named" grep -q 'config.json: remind_every must be a duration from "10s" to "24h", like "45m", got a string$' "$TMP/err"
check "remind_snooze under 10 s is named" grep -q 'config.json: remind_snooze must be a duration from "10s" to "24h", like "45m", got a string$' "$TMP/err"
check "away_counts_after over 24 h is named" grep -q 'config.json: away_counts_after must be a duration from "10s"' "$TMP/err"
check "remind_hours backwards is named" grep -q 'config.json: remind_hours must be hours like "9-18"' "$TMP/err"
check "remind_days is named" grep -q 'config.json: remind_days must be days like "mon-fri"' "$TMP/err"
check "notify is named" grep -q 'config.json: notify must be true or false, got a string$' "$TMP/err"
check "sound is named" grep -q 'config.json: sound must be "theme", "bell" or "off", got a string$' "$TMP/err"
check "equipment is named" grep -q 'config.json: equipment takes a list of: wall, foam-roller, towel, block, ball, mat, got a list or object$' "$TMP/err"
check "an unknown key is a warning" grep -q 'warning: .*config.json: unknown key "colour" ignored$' "$TMP/err"
check "every error is one line starting stretchcoach:" sh -c "! grep -qv '^stretchcoach: ' '$TMP/err'"
run_sc run desk-break --plain --speed 1000
check "a session refuses to start on a bad config (65)" test "$rc" -eq 65

# the first-visit answers: shown by config, kept by `profile` beside the other keys
printf '{"bell": false, "profile": {"area": "lower-back", "leg": false, "eased_by": "bending-backward"}}' >"$cfg"
run_sc config
check "config shows the first-visit area, the source in its column" grep -q '^profile           Lower back       config file$' "$TMP/out"
check "config says the leg answer in words" grep -q '^                  leg symptoms: no$' "$TMP/out"
check "config says what eases it in the question's words" grep -q '^                  eased by: Bending backward, or standing and walking$' "$TMP/out"
check "config shows no internal ids for the answers" sh -c "! grep -q 'lower-back\|bending-backward' '$TMP/out'"
printf '{"profile": {"area": "both"}}' >"$cfg"
run_sc config
check "config: an unasked leg question says so" grep -q '^                  leg symptoms: not asked$' "$TMP/out"
check "config: no bare dash for an unanswered one" sh -c "! grep -q ' -,\| -$' '$TMP/out'"
rm -f "$cfg"
run_sc config
check "config: no answers at all" grep -q '^profile           (not answered)   default$' "$TMP/out"
printf '{"bell": false, "profile": {"area": "lower-back", "leg": false, "eased_by": "bending-backward"}}' >"$cfg"
printf '3\nq\nq\n' | "$SC_BIN" --plain >"$TMP/menu" 2>&1
check "the menus mark what suits the answers" grep -q 'Back-Bend Relief .* - suits you$' "$TMP/menu"
check "and not what does not" sh -c "! grep -q 'Morning Wake-Up .*suits you' '$TMP/menu'"
check "the routines that suit come first" sh -c "grep -A1 '^All routines' '$TMP/menu' | tail -n 1 |
    grep -q '^  1\. .* - suits you$'"
check "... and none after one that does not" sh -c "sed -n '/^All routines/,/^Pick/p' '$TMP/menu' |
    grep '^  [0-9]*\. ' | awk '/suits you\$/ { if (other) bad = 1; next } { other = 1 } END { exit bad }'"
printf '3\n1\n\n' | "$SC_BIN" profile --plain >"$TMP/out" 2>"$TMP/err"
check "profile --plain keeps the answers given" grep -q '"area":[[:space:]]*"both"' "$cfg"
check "profile --plain keeps a yes to symptoms below the knee" grep -q '"leg":[[:space:]]*true' "$cfg"
check "profile --plain says to see a clinician for the leg" grep -q 'Please see a clinician' "$TMP/out"
check "profile --plain: the clinician note goes on or back" grep -q 'Press Enter to go on, or q and Enter to go back' "$TMP/out"
# q on the clinician note goes back to the question: a yes given by mistake becomes a no
printf '3\n1\nq\n2\n' | "$SC_BIN" profile --plain >"$TMP/out" 2>"$TMP/err"
check "profile --plain: q on the clinician note asks the question again" \
    grep -q '1\. Yes (your answer)' "$TMP/out"
check "profile --plain: the answer given again is kept" grep -q '"leg":[[:space:]]*false' "$cfg"
printf '3\n1\n\n' | "$SC_BIN" profile --plain >/dev/null 2>&1
check "profile keeps the other settings" grep -q '"bell":[[:space:]]*false' "$cfg"
check "a skipped question keeps the answer from before" grep -q '"eased_by":[[:space:]]*"bending-backward"' "$cfg"
check "the conditions are left as they were when not answered" sh -c "! grep -q conditions '$cfg'"
# b goes back to the question before; the conditions are a list of numbers
printf '4\n2\nb\n1\n\n3\n1 5\n' | "$SC_BIN" profile --plain >"$TMP/out" 2>"$TMP/err"
check "profile --plain: b goes back, its answer marked" grep -q '2\. No (your answer)' "$TMP/out"
check "profile --plain: the answer after going back is kept" grep -q '"leg":[[:space:]]*true' "$cfg"
check "profile --plain: the conditions question" grep -q 'Which of these apply to you' "$TMP/out"
check "profile --plain: not advice" grep -q 'It is not medical advice' "$TMP/out"
check "profile --plain: the conditions marked are kept" sh -c "tr -d ' \t\n' < '$cfg' |
    grep -q '\"conditions\":\[\"osteoporosis\",\"spinal-stenosis\"\]'"
run_sc config
check "config shows the conditions in the checklist's words" grep -q '^conditions  *Osteoporosis  *config file$' "$TMP/out"
check "... one a row" grep -q '^                  Spinal stenosis (bending back hurts)$' "$TMP/out"
printf '8\n' | "$SC_BIN" profile --plain >/dev/null 2>&1
check "profile --plain: an answer out of range changes nothing" grep -q '"osteoporosis"' "$cfg"
printf '\n\n\n8\n' | "$SC_BIN" profile --plain >/dev/null 2>&1
check "profile --plain: none of these clears them" sh -c "tr -d ' \t\n' < '$cfg' | grep -q '\"conditions\":\[\]'"
# b on the first question asks it again (there is none before); leaving unanswered writes nothing
printf '{"bell": false}' >"$cfg"
printf 'b\nq\n' | "$SC_BIN" profile --plain >"$TMP/out" 2>"$TMP/err"
check "profile --plain: b on the first question asks it again" test "$(grep -c 'About your back (1 of 4)' "$TMP/out")" -eq 2
check "profile --plain: leaving with nothing answered writes no profile" sh -c "! grep -q profile '$cfg'"
run_sc config
check "... so the questions are still unanswered" grep -q '^profile           (not answered)   default$' "$TMP/out"
printf '{"profile": {"area": "knees"}}' >"$cfg"
run_sc config
check "a bad profile area is named (65)" sh -c "[ $rc -eq 65 ] && grep -q 'config.json: profile: area must be' '$TMP/err'"

printf '{"bell": tru}' >"$cfg"
run_sc config
check "a syntax error points at it" grep -q "config.json:1:13: invalid JSON near '}'" "$TMP/err"
# the source column stays aligned after a long value, two spaces after the widest
printf '{"conditions": ["hip-replacement"], "profile": {"area": "lower-back", "leg": false}}' >"$cfg"
run_sc config
col() { grep "^$1 " "$TMP/out" | head -1 | awk -v w="$2" '{ print index($0, w) }'; }
check "the sources line up after a long condition ($(col conditions 'config file') = $(col bell default))" \
    test "$(col conditions 'config file')" -eq "$(col bell default)"
check "two spaces before the source of the widest value" grep -q '^conditions  *A hip replacement  config file$' "$TMP/out"
finish
