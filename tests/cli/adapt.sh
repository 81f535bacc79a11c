#!/bin/sh
# adapt.sh — --no-kneel, --no-floor and config "kneel", "floor" and
# "conditions" through the real program: what runs (in --plain output) holds
# no stretch they rule out, the session says what changed, `config` shows
# where each came from, and `build` leaves such stretches out.
NAME=adapt.sh
. "${SC_ROOT:-.}/tests/cli/lib.sh"
cd "$SC_ROOT" || exit 1
mkdir -p "$XDG_DATA_HOME/stretchcoach" "$XDG_CONFIG_HOME/stretchcoach"
: > "$XDG_DATA_HOME/stretchcoach/history.jsonl"   # not the first run: no safety page
cfg=$XDG_CONFIG_HOME/stretchcoach/config.json

# The names of the stretches a --plain run coaches, one a line.
coached() {
	sed -n 's/^\[[0-9:]*\] Stretch [0-9]* of [0-9]*: //p' "$TMP/out"
}
# The names of the stretches on the floor, that kneel, or to avoid with a condition.
"$SC_BIN" list --json >"$TMP/list.json"
names_where() {
	awk -v want="$1" -F'\t' '
		/^\t\t"name":/ { n = $4; gsub(/^"|",?$/, "", n) }
		/^\t\t"position":/ { p = $4; gsub(/^"|",?$/, "", p) }
		/^\t\t"kneels":/ { k = $4; gsub(/,$/, "", k) }
		/^\t\t"avoid_if":/ { a = $0 }
		/^\t}/ {
			if ((want == "floor" && p == "floor") || (want == "kneels" && k == "true") ||
			    (want != "floor" && want != "kneels" && index(a, "\"" want "\"")))
				print n
			n = p = k = a = ""
		}' "$TMP/list.json"
}
names_where kneels >"$TMP/kneels"
names_where floor >"$TMP/floor"
names_where hip-replacement >"$TMP/hip"
check "the catalogue has kneeling, floor and hip-replacement stretches to test with" \
	test -s "$TMP/kneels" -a -s "$TMP/floor" -a -s "$TMP/hip"

# none_of LIST: no coached stretch is named in LIST.
none_of() {
	coached | grep -qxF -f "$1" && return 1
	coached | grep -q .
}

for r in evening-wind-down core-support morning-full upper-back-reset; do
	run_sc run "$r" --plain --speed 1000 --no-checkin --no-kneel
	check "run $r --no-kneel: exit 0 and nothing that kneels" [ "$rc" -eq 0 ] && none_of "$TMP/kneels"
	check "run $r --no-kneel: says what it adapted" grep -q '^Adapted for no kneeling: ' "$TMP/out"
	run_sc run "$r" --plain --speed 1000 --no-checkin --no-floor
	check "run $r --no-floor: exit 0 and nothing on the floor" [ "$rc" -eq 0 ] && none_of "$TMP/floor"
done
run_sc run evening-wind-down --plain --speed 1000 --no-checkin --no-kneel
check "Pigeon becomes the Supine Figure-Four" sh -c "grep -q 'Stretch [0-9]* of [0-9]*: Supine Figure-Four\$' '$TMP/out' && ! grep -q ': Pigeon Pose\$' '$TMP/out'"
run_sc run desk-break --plain --speed 1000 --no-checkin --no-kneel --no-floor
check "a routine that already suits is not changed or announced" sh -c "! grep -q '^Adapted' '$TMP/out'"

# The same from the config file, and conditions.
printf '{"kneel": false, "floor": true, "conditions": ["hip-replacement"]}\n' >"$cfg"
run_sc config
check "config shows kneel no from the config file" grep -Eq '^kneel +no +config file$' "$TMP/out"
check "config shows the conditions from the config file" grep -Eq '^conditions +A hip replacement +config file$' "$TMP/out"
run_sc run evening-deep-release --plain --speed 1000 --no-checkin
check "config kneel false: nothing that kneels" none_of "$TMP/kneels"
check "config conditions hip-replacement: nothing to avoid after a hip replacement" none_of "$TMP/hip"
check "and the note names the conditions" grep -q 'your health conditions' "$TMP/out"
printf '{"conditions": ["knees"]}\n' >"$cfg"
run_sc config
check "an unknown condition is a data error (65)" [ "$rc" -eq 65 ]
check "... naming the key" grep -q 'conditions must be a list of: pregnancy, osteoporosis, hip-replacement' "$TMP/err"
rm -f "$cfg"
# build's note names what it kept out, not "nothing to avoid" (which reads as: no need to)
printf '{"conditions": ["osteoporosis"]}\n' >"$cfg"
run_sc build --seed 1 --minutes 10
check "build with a condition: the note says no stretch to avoid with it" \
    grep -q '^Chosen to suit your settings: no stretch to avoid with osteoporosis\.$' "$TMP/out"
rm -f "$cfg"

# build: over many seeds, no floor stretch with --no-floor, none that kneels with --no-kneel.
bad=
for seed in 1 2 3 4 5 6 7 8 9 10 11 12; do
	"$SC_BIN" build --seed "$seed" --minutes 12 --no-floor >"$TMP/out" 2>&1
	sed -n 's/^ *[0-9][0-9]*\. //p' "$TMP/out" | awk -F '   *' '{ print $1 }' >"$TMP/built"
	grep -qxF -f "$TMP/floor" "$TMP/built" && bad="$bad floor:$seed"
	grep -q 'Chosen to suit your settings: no floor work\.' "$TMP/out" || bad="$bad note:$seed"
	"$SC_BIN" build --seed "$seed" --minutes 12 --time evening --no-kneel >"$TMP/out" 2>&1
	sed -n 's/^ *[0-9][0-9]*\. //p' "$TMP/out" | awk -F '   *' '{ print $1 }' >"$TMP/built"
	grep -qxF -f "$TMP/kneels" "$TMP/built" && bad="$bad kneel:$seed"
	[ -s "$TMP/built" ] || bad="$bad empty:$seed"
done
if [ -z "$bad" ]; then pass "build over 12 seeds: --no-floor and --no-kneel hold, and say so"
else fail "build:$bad"; fi
finish
