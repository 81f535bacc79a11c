#!/bin/sh
# The command line through the built binary: help, version, usage errors,
# list, routines, show, validate, safety, the catalogue lookup order, a whole
# routine at --speed 100, and the plain menu.
NAME=commands
: "${SC_ROOT:=$(pwd)}"
. "$SC_ROOT/tests/cli/lib.sh"
cd "$SC_ROOT" || exit 1

BUNDLED=$SC_ROOT/data/catalogue.json
GOOD=$SC_ROOT/tests/data/good

now() {
	t=$(date +%s.%N 2>/dev/null)
	case "$t" in
	*N*|'') python3 -c 'import time; print(time.time())' ;;
	*) echo "$t" ;;
	esac
}

# no_controls FILE: no control characters but newlines (and the bell is not allowed either).
no_controls() {
	! LC_ALL=C tr -d '\n' <"$1" | LC_ALL=C grep -q '[[:cntrl:]]'
}

# one_usage_line: the last run failed with exit 2, one "stretchcoach: " line, nothing on stdout.
one_usage_line() {
	[ "$rc" -eq 2 ] && [ ! -s "$TMP/out" ] && [ "$(wc -l <"$TMP/err")" -eq 1 ] &&
	    grep -q '^stretchcoach: ' "$TMP/err"
}

# ids FILE: the "id" of every object in the JSON array in FILE, one a line.
ids() {
	python3 -c 'import json, sys; [print(o["id"]) for o in json.load(open(sys.argv[1]))]' "$1"
}

# ---- the bundled catalogue is found from where the binary is

# Installed: PREFIX/bin/stretchcoach reads PREFIX/share/stretchcoach/catalogue.json.
mkdir -p "$TMP/prefix/bin" "$TMP/prefix/share/stretchcoach"
cp "$SC_BIN" "$TMP/prefix/bin/stretchcoach"
cp "$BUNDLED" "$TMP/prefix/share/stretchcoach/catalogue.json"
"$TMP/prefix/bin/stretchcoach" validate >"$TMP/out" 2>"$TMP/err" </dev/null
rc=$?
if [ "$rc" -eq 0 ] && [ ! -s "$TMP/err" ] &&
    grep -q "^$TMP/prefix/bin/../share/stretchcoach/catalogue.json: ok$" "$TMP/out"; then
	pass "installed layout: PREFIX/bin finds PREFIX/share/stretchcoach/catalogue.json"
else
	fail "installed layout: exit $rc: $(head -n 2 "$TMP/out" "$TMP/err")"
fi
# Built inside the source tree: the tree's data/catalogue.json. A binary
# built elsewhere (make O=/tmp/x) has no source tree to read, so the checks
# below run it from the installed layout instead.
case "$SC_BIN" in
"$SC_ROOT"/*)
	run_sc validate
	if [ "$rc" -eq 0 ] && grep -q "^$SC_ROOT/data/catalogue.json: ok$" "$TMP/out"; then
		pass "a build in the source tree reads its data/catalogue.json"
	else
		fail "a build in the source tree does not find data/catalogue.json (exit $rc): $(head -n 1 "$TMP/err")"
	fi
	;;
*)
	pass "$SC_BIN is outside $SC_ROOT: the checks below run it from the installed layout"
	SC_BIN=$TMP/prefix/bin/stretchcoach
	;;
esac

# ---- help and version

for opt in --help -h; do
	run_sc "$opt"
	missing=
	for cmd in morning evening run build list routines show history status validate \
	    safety config remind; do
		grep -Eq "^  (morning \\| )?$cmd( |\$)" "$TMP/out" || missing="$missing $cmd"
	done
	if [ "$rc" -eq 0 ] && [ ! -s "$TMP/err" ] && [ -z "$missing" ] &&
	    grep -q '^Usage: stretchcoach' "$TMP/out"; then
		pass "$opt: exit 0, usage naming every command"
	else
		fail "$opt: exit $rc, commands missing:${missing:- none}"
	fi
done

for opt in --version -V; do
	run_sc "$opt"
	if [ "$rc" -eq 0 ] && [ ! -s "$TMP/err" ] && [ "$(wc -l <"$TMP/out")" -eq 1 ] &&
	    grep -Eq '^stretchcoach [0-9]+\.[0-9]+\.[0-9]+$' "$TMP/out"; then
		pass "$opt: $(cat "$TMP/out")"
	else
		fail "$opt: exit $rc: $(head -n 2 "$TMP/out")"
	fi
done

# ---- usage errors: exit 2, one line on stderr, nothing on stdout

usage_error() {
	what=$1
	shift
	run_sc "$@"
	if one_usage_line; then
		pass "usage error, $what: $(cat "$TMP/err")"
	else
		fail "usage error, $what: exit $rc, $(wc -l <"$TMP/err") stderr line(s): $(head -n 3 "$TMP/err")"
	fi
}
usage_error "unknown command" frobnicate
usage_error "unknown long option" --frobnicate
usage_error "unknown short option" -x
usage_error "option without its value" list --time
usage_error "--speed 0" run morning-full --speed 0
usage_error "--speed 1001" run morning-full --speed 1001
usage_error "--speed not a number" run morning-full --speed fast
usage_error "--breath without a colon" run morning-full --breath 4
usage_error "run without an id" run
usage_error "show without an id" show
usage_error "an option of another command" list --minutes 5
usage_error "too many arguments" safety now
usage_error "unknown area" list --area knees
usage_error "unknown time" routines --time noon
usage_error "show an unknown id" show no-such-thing
usage_error "run an unknown routine" run no-such-routine --plain
if grep -q "no-such-routine" "$TMP/err"; then
	pass "run an unknown routine: the message names it"
else
	fail "run an unknown routine: the message does not name it: $(cat "$TMP/err")"
fi

# ---- list

run_sc list
n=$(($(wc -l <"$TMP/out") - 1))
if [ "$rc" -eq 0 ] && [ ! -s "$TMP/err" ] && [ "$n" -ge 23 ] && head -n 1 "$TMP/out" | grep -q '^ID  *NAME  *KIND  *LEVEL'; then
	pass "list: exit 0, a header and $n stretches"
else
	fail "list: exit $rc, $n stretches"
fi
cp "$TMP/out" "$TMP/list.txt"
# every cell starts under its header, holds a whole value, and leaves a space before the next
aligned=$(awk '
	function trim(x) { sub(/^ +/, "", x); sub(/ +$/, "", x); return x }
	function areas_ok(x,   a, n, i) {
		n = split(x, a, ",")
		for (i = 1; i <= n; i++)
			if (a[i] !~ /^(neck|shoulders|upper-back|mid-back|lower-back|hips|glutes|hamstrings|core|chest|wrists|calves|quads)$/)
				return 0
		return n > 0
	}
	NR == 1 {
		nc = 0
		for (i = 1; i <= length($0); i++)
			if (substr($0, i, 1) != " " && (i == 1 || substr($0, i - 1, 1) == " "))
				col[++nc] = i
		if (nc != 7) { print "header has " nc " columns"; exit }
		next
	}
	{
		for (k = 1; k <= nc; k++) {
			w = k < nc ? col[k + 1] - col[k] : length($0)
			raw = substr($0, col[k], w)
			cell[k] = trim(raw)
			if (substr(raw, 1, 1) == " " || (k < nc && substr(raw, w, 1) != " ")) {
				print "row " NR " column " k " \"" raw "\""; exit
			}
		}
		if (cell[1] !~ /^[a-z0-9-]+$/ || cell[2] == "" ||
		    cell[3] !~ /^(static|dynamic|strength|release)$/ ||
		    cell[4] !~ /^(gentle|moderate|deep)$/ ||
		    cell[5] !~ /^(floor|seated|standing)$/ ||
		    cell[6] !~ /^[0-9]+ (s|reps)( each side)?(, [0-9]+ sets)?$/ || !areas_ok(cell[7])) {
			print "row " NR ": " $0; exit
		}
	}' "$TMP/list.txt")
if [ -z "$aligned" ] && no_controls "$TMP/list.txt"; then
	pass "list: every column aligned under its header, whole values in every cell"
else
	fail "list: misaligned: $aligned"
fi

run_sc list --json
if [ "$rc" -eq 0 ] && python3 -m json.tool <"$TMP/out" >/dev/null 2>&1; then
	ids "$TMP/out" >"$TMP/stretch-ids"
	if [ "$(wc -l <"$TMP/stretch-ids")" -eq "$n" ]; then
		pass "list --json: valid JSON, the same $n stretches"
	else
		fail "list --json: $(wc -l <"$TMP/stretch-ids") stretches, the table has $n"
	fi
else
	fail "list --json: exit $rc, or not JSON"
	: >"$TMP/stretch-ids"
fi

run_sc list --area neck
if [ "$rc" -eq 0 ] && [ "$(wc -l <"$TMP/out")" -gt 1 ] &&
    tail -n +2 "$TMP/out" | awk '$NF !~ /(^|,)neck(,|$)/ { bad = 1 } END { exit bad }'; then
	pass "list --area neck: only stretches for the neck ($(($(wc -l <"$TMP/out") - 1)))"
else
	fail "list --area neck: exit $rc"
fi

# ---- routines

run_sc routines
nr=$(($(wc -l <"$TMP/out") - 1))
if [ "$rc" -eq 0 ] && [ ! -s "$TMP/err" ] && [ "$nr" -ge 1 ] && head -n 1 "$TMP/out" | grep -q '^ID  *NAME  *TIME'; then
	pass "routines: exit 0, $nr routines"
else
	fail "routines: exit $rc"
fi
aligned=$(awk '
	function trim(x) { sub(/^ +/, "", x); sub(/ +$/, "", x); return x }
	NR == 1 {
		nc = 0
		for (i = 1; i <= length($0); i++)
			if (substr($0, i, 1) != " " && (i == 1 || substr($0, i - 1, 1) == " "))
				col[++nc] = i
		if (nc != 6) { print "header has " nc " columns"; exit }
		next
	}
	{
		for (k = 1; k <= nc; k++) {
			w = k < nc ? col[k + 1] - col[k] : length($0)
			raw = substr($0, col[k], w)
			cell[k] = trim(raw)
			if (substr(raw, 1, 1) == " " || (k < nc && substr(raw, w, 1) != " ")) {
				print "row " NR " column " k " \"" raw "\""; exit
			}
		}
		if (cell[1] !~ /^[a-z0-9-]+$/ || cell[3] !~ /^(morning|evening|any)$/ ||
		    cell[4] !~ /^([0-9]+ (s|min)|[0-9]+ h( [0-9]+ min)?)$/ || cell[5] !~ /^[0-9]+$/ ||
		    cell[6] !~ /^[a-z,-]+$/) {
			print "row " NR ": " $0; exit
		}
	}' "$TMP/out")
if [ -z "$aligned" ]; then
	pass "routines: every column aligned under its header"
else
	fail "routines: misaligned: $aligned"
fi
run_sc routines --json
cp "$TMP/out" "$TMP/routines.json"
if [ "$rc" -eq 0 ] && python3 -m json.tool <"$TMP/out" >/dev/null 2>&1; then
	ids "$TMP/out" >"$TMP/routine-ids"
	if [ "$(wc -l <"$TMP/routine-ids")" -eq "$nr" ]; then
		pass "routines --json: valid JSON, the same $nr routines"
	else
		fail "routines --json: $(wc -l <"$TMP/routine-ids") routines, the table has $nr"
	fi
else
	fail "routines --json: exit $rc, or not JSON"
	: >"$TMP/routine-ids"
fi
run_sc routines --time evening
if [ "$rc" -eq 0 ] && tail -n +2 "$TMP/out" | awk '$0 !~ / (evening|any) / { bad = 1 } END { exit bad }' &&
    ! grep -q ' morning ' "$TMP/out"; then
	pass "routines --time evening: evening and any-time routines only"
else
	fail "routines --time evening: exit $rc"
fi

# ---- show every stretch and every routine

cat "$TMP/stretch-ids" "$TMP/routine-ids" >"$TMP/all-ids"
while read -r id; do
	run_sc show "$id"
	if [ "$rc" -eq 0 ] && [ ! -s "$TMP/err" ] && head -n 1 "$TMP/out" | grep -qF "($id)" &&
	    no_controls "$TMP/out"; then
		pass "show $id"
	else
		fail "show $id: exit $rc: $(head -n 2 "$TMP/err")"
	fi
done <"$TMP/all-ids"

# ---- validate and safety

run_sc validate
if [ "$rc" -eq 0 ] && [ ! -s "$TMP/err" ] && grep -q ': ok$' "$TMP/out" &&
    grep -Eq '^[0-9]+ stretches, [0-9]+ routines, ([0-9]+ programmes?, )?0 warnings$' "$TMP/out"; then
	pass "validate: the bundled catalogue is valid, no warnings ($(tail -n 1 "$TMP/out"))"
else
	fail "validate: exit $rc: $(head -n 3 "$TMP/err")"
fi
run_sc validate "$BUNDLED" "$GOOD/full.json"
if [ "$rc" -eq 0 ] && [ ! -s "$TMP/err" ] && [ "$(grep -cFx -e "$BUNDLED: ok" \
    -e "$GOOD/full.json: ok" "$TMP/out")" -eq 2 ]; then
	pass "validate FILE...: bundled and full together are valid"
else
	fail "validate FILE...: exit $rc: $(head -n 3 "$TMP/err")"
fi
# minimal.json's Sphinx has no cautions: over the bundled Sphinx it would drop three
run_sc validate "$BUNDLED" "$GOOD/minimal.json"
if [ "$rc" -eq 65 ] && grep -q 'stretches\[0\] (id "sphinx"): has 0 cautions where the stretch it replaces has 3 (.*); a caution may be reworded, never dropped' "$TMP/err"; then
	pass "validate: a user catalogue that drops a bundled stretch's caution fails (exit 65)"
else
	fail "validate: dropped caution: exit $rc: $(head -n 3 "$TMP/err")"
fi
run_sc validate "$GOOD/full.json"
if [ "$rc" -eq 0 ] && [ ! -s "$TMP/err" ]; then
	pass "validate tests/data/good/full.json: $(tail -n 1 "$TMP/out")"
else
	fail "validate tests/data/good/full.json: exit $rc: $(head -n 3 "$TMP/err")"
fi
# a stretch from an older file, without "movement": valid, with a warning
moved='stretchcoach: warning: %s: stretch "sphinx" has no "movement"; with any health condition set it is left out (no movement description)'
run_sc validate "$GOOD/minimal.json"
# shellcheck disable=SC2059
if [ "$rc" -eq 0 ] && [ "$(cat "$TMP/err")" = "$(printf "$moved" "$GOOD/minimal.json")" ] &&
    grep -q '1 warning$' "$TMP/out"; then
	pass "validate: a stretch without \"movement\" is a warning and exit 0"
else
	fail "validate tests/data/good/minimal.json: exit $rc: $(head -n 3 "$TMP/err")"
fi
# "routines" is optional: a file of stretches alone is a valid catalogue
sed -n '1,/^ \]/p' "$GOOD/minimal.json" | sed 's/^ \],*$/ ]}/' >"$TMP/stretches-only.json"
run_sc validate "$TMP/stretches-only.json"
if [ "$rc" -eq 0 ] && grep -qx '1 stretch, 0 routines, 1 warning' "$TMP/out"; then
	pass "validate: stretches without routines are a valid catalogue"
else
	fail "validate: stretches without routines: exit $rc: $(head -n 3 "$TMP/err")"
fi
# an unknown key is a warning, on stderr, and the file is still valid
sed 's/"schema": 1,/"schema": 1, "colour": "blue",/' "$GOOD/minimal.json" >"$TMP/warn.json"
run_sc validate "$TMP/warn.json"
if [ "$rc" -eq 0 ] && [ "$(head -n 1 "$TMP/err")" = "stretchcoach: warning: $TMP/warn.json: unknown key \"colour\" ignored" ] &&
    grep -q '2 warnings$' "$TMP/out"; then
	pass "validate: an unknown key is a warning and exit 0"
else
	fail "validate: unknown key: exit $rc: $(cat "$TMP/err")"
fi

run_sc safety
if [ "$rc" -eq 0 ] && [ ! -s "$TMP/err" ] && [ "$(wc -l <"$TMP/out")" -ge 5 ] && no_controls "$TMP/out"; then
	pass "safety: exit 0, $(wc -l <"$TMP/out") lines"
else
	fail "safety: exit $rc"
fi

# ---- where the catalogue comes from

nb=$(wc -l <"$TMP/stretch-ids")
mkdir -p "$XDG_CONFIG_HOME/stretchcoach"
cp "$GOOD/user-override.json" "$XDG_CONFIG_HOME/stretchcoach/catalogue.json"

run_sc show childs-pose
if [ "$rc" -eq 0 ] && head -n 1 "$TMP/out" | grep -q "^Wide-Knee Child's Pose"; then
	pass "user catalogue: a stretch with a bundled id replaces it"
else
	fail "user catalogue: childs-pose is not the user's: $(head -n 1 "$TMP/out") $(head -n 1 "$TMP/err")"
fi
run_sc list --json
if [ "$rc" -eq 0 ] && [ "$(ids "$TMP/out" | wc -l)" -eq $((nb + 1)) ] &&
    ids "$TMP/out" | grep -x puppy-pose >/dev/null && ids "$TMP/out" | grep -x cat-cow >/dev/null; then
	pass "user catalogue: merged over the bundled one ($((nb + 1)) stretches: one added, none lost)"
else
	fail "user catalogue: not merged: exit $rc: $(head -n 2 "$TMP/err")"
fi
run_sc show puppy-break
if [ "$rc" -eq 0 ] && grep -q 'Cat-Cow' "$TMP/out" && grep -q "Wide-Knee Child's Pose" "$TMP/out"; then
	pass "user catalogue: its routine uses bundled and user stretches"
else
	fail "user catalogue: show puppy-break: exit $rc"
fi
run_sc validate
if [ "$rc" -eq 0 ] && [ "$(grep -c 'catalogue\.json: ok$' "$TMP/out")" -eq 2 ] &&
    grep -q "^$XDG_CONFIG_HOME/stretchcoach/catalogue.json: ok$" "$TMP/out"; then
	pass "user catalogue: validate checks the bundled and the user catalogue"
else
	fail "user catalogue: validate: exit $rc: $(cat "$TMP/out" "$TMP/err" | head -n 4)"
fi
if (
	unset XDG_CONFIG_HOME
	"$SC_BIN" show puppy-pose >"$TMP/out" 2>"$TMP/err" </dev/null
) && grep -q '^Puppy Pose' "$TMP/out"; then
	pass "user catalogue: found under ~/.config when XDG_CONFIG_HOME is not set"
else
	fail "user catalogue: not found under ~/.config without XDG_CONFIG_HOME: $(cat "$TMP/err")"
fi

STRETCHCOACH_CATALOGUE=$GOOD/full.json
export STRETCHCOACH_CATALOGUE
run_sc list --json
if [ "$rc" -eq 0 ] && [ "$(ids "$TMP/out" | tr '\n' ' ')" = "cat-cow knee-to-chest figure-four dead-bug foam-roll-glutes " ]; then
	pass "\$STRETCHCOACH_CATALOGUE beats the user catalogue (and is used alone)"
else
	fail "\$STRETCHCOACH_CATALOGUE: exit $rc: $(ids "$TMP/out" 2>/dev/null | tr '\n' ' ')"
fi
for opt in --catalogue -c; do
	run_sc "$opt" "$GOOD/minimal.json" list --json
	if [ "$rc" -eq 0 ] && [ "$(ids "$TMP/out" | tr '\n' ' ')" = "sphinx " ]; then
		pass "$opt FILE beats \$STRETCHCOACH_CATALOGUE"
	else
		fail "$opt FILE: exit $rc: $(head -n 2 "$TMP/err")"
	fi
done
unset STRETCHCOACH_CATALOGUE

run_sc --catalogue "$TMP/nowhere.json" list
if [ "$rc" -eq 66 ] && [ "$(cat "$TMP/err")" = "stretchcoach: $TMP/nowhere.json: cannot open: No such file or directory" ] &&
    [ ! -s "$TMP/out" ]; then
	pass "--catalogue of a missing file: exit 66, one line"
else
	fail "--catalogue of a missing file: exit $rc: $(cat "$TMP/err")"
fi
# a broken user catalogue is reported by its own name
cp "$SC_ROOT/tests/data/bad/hold-negative.json" "$XDG_CONFIG_HOME/stretchcoach/catalogue.json"
run_sc list
if [ "$rc" -eq 65 ] && [ ! -s "$TMP/out" ] &&
    grep -q "^stretchcoach: $XDG_CONFIG_HOME/stretchcoach/catalogue.json: stretches\[1\] (id \"pigeon\"): hold must be an integer 1..3600, got -5$" "$TMP/err"; then
	pass "a broken user catalogue: exit 65, the message names the user's file"
else
	fail "a broken user catalogue: exit $rc: $(cat "$TMP/err")"
fi
rm -rf "$XDG_CONFIG_HOME/stretchcoach"

# ---- a whole routine of about 10 minutes at --speed 100

set -- $(python3 -c '
import json, sys
for r in json.load(open(sys.argv[1])):
    if r["time"] == "morning" and 540 <= r["seconds"] <= 720:
        print(r["id"], r["seconds"]); break' "$TMP/routines.json")
routine=${1:-} planned=${2:-600}
if [ -z "$routine" ]; then
	fail "run: no morning routine of about 10 minutes in the bundled catalogue"
	routine=morning-full
fi
run_sc show "$routine"
cp "$TMP/out" "$TMP/show.txt"
# the items, in order: "  1. Name      30 s each side, 2 sets"
# (a name never holds two spaces running; the amount may: "5 reps, 2 sets")
sed -n 's/^ *[0-9][0-9]*\. //p' "$TMP/show.txt" | awk -F '   *' '{ print $1 }' >"$TMP/names"
items=$(wc -l <"$TMP/names" | tr -d ' ')
# work steps a plan makes: sides x sets per item
work=$(awk '/^ *[0-9]+\. / { n = ($0 ~ / each side/) ? 2 : 1
	s = 1; if (match($0, /, [0-9]+ sets/)) s = substr($0, RSTART + 2, RLENGTH - 7) + 0
	w += n * s } END { print w + 0 }' "$TMP/show.txt")

t0=$(now)
"$SC_BIN" run "$routine" --speed 100 --plain >"$TMP/run.txt" 2>"$TMP/err" </dev/null
rc=$?
t1=$(now)
secs=$(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.3f", b - a }')
if [ "$rc" -eq 0 ] && [ ! -s "$TMP/err" ]; then
	pass "run $routine --speed 100 --plain: exit 0, nothing on stderr"
else
	fail "run $routine --speed 100 --plain: exit $rc: $(head -n 3 "$TMP/err")"
fi
# Never early; late by at most a second, as a process started among parallel
# tests can be (make bench measures the drift itself to the millisecond). A
# late run is timed once more, alone: a loaded machine, not the clock.
in_time() {
	awk -v s="$secs" -v p="$planned" 'BEGIN { exit !(s >= p / 100 - 0.3 && s <= p / 100 + 1.0) }'
}
if ! in_time && awk -v s="$secs" -v p="$planned" 'BEGIN { exit !(s > p / 100) }'; then
	t0=$(now)
	"$SC_BIN" run "$routine" --speed 100 --plain >/dev/null 2>&1 </dev/null
	t1=$(now)
	secs=$(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.3f", b - a }')
fi
if in_time; then
	pass "run $routine: $planned s at --speed 100 took $secs s (1/100, -0.3 to +1.0)"
else
	fail "run $routine: $planned s at --speed 100 took $secs s, not 1/100 of it (-0.3 to +1.0)"
fi

# every stretch announced once, in order, with the right name
k=1
order_ok=1
last_line=0
while [ "$k" -le "$items" ]; do
	name=$(sed -n "${k}p" "$TMP/names")
	line=$(grep -nF "] Stretch $k of $items: $name" "$TMP/run.txt" | cut -d: -f1)
	count=$(grep -cF "] Stretch $k of $items: " "$TMP/run.txt")
	if [ -z "$line" ] || [ "$count" -ne 1 ] || [ "$line" -le "$last_line" ]; then
		order_ok=0
		echo "Stretch $k of $items ($name): at line '${line}', $count time(s)"
		break
	fi
	last_line=$line
	k=$((k + 1))
done
if [ "$items" -ge 2 ] && [ "$order_ok" -eq 1 ]; then
	pass "run $routine: Stretch 1 of $items ... Stretch $items of $items, in order, by name"
else
	fail "run $routine: stretches not announced in order"
fi

holds=$(grep -Ec '^\[[0-9:]+\] (Hold [0-9]+ s|[0-9]+ reps of [0-9]+ s)' "$TMP/run.txt")
if [ "$holds" -eq "$work" ]; then
	pass "run $routine: every hold and set of reps coached ($work)"
else
	fail "run $routine: $holds holds and reps coached, the routine has $work"
fi

left=$(grep -c '^\[[0-9:]*\] .*, left side' "$TMP/run.txt")
right=$(grep -c '^\[[0-9:]*\] .*, right side' "$TMP/run.txt")
switch=$(grep -c '^\[[0-9:]*\] Switch sides' "$TMP/run.txt")
# each "Switch sides" sits between a left-side step and a right-side one
between=$(awk '/^\[[0-9:]+\] (Hold|[0-9]+ reps)/ { last = $0 }
	/^\[[0-9:]+\] Switch sides/ { if (last !~ /left side/) bad++; want = 1; next }
	want && /^\[[0-9:]+\] (Hold|[0-9]+ reps)/ { if ($0 !~ /right side/) bad++; want = 0 }
	END { print bad + 0 }' "$TMP/run.txt")
if [ "$left" -gt 0 ] && [ "$left" -eq "$right" ] && [ "$switch" -eq "$left" ] && [ "$between" -eq 0 ]; then
	pass "run $routine: sides: $left left, $switch switches, $right right, in that order"
else
	fail "run $routine: sides: $left left, $switch switches, $right right, $between out of order"
fi

if grep -q '^\[[0-9:]*\] Breathe in' "$TMP/run.txt" && grep -q '^\[[0-9:]*\] Breathe out' "$TMP/run.txt"; then
	pass "run $routine: breath cues (Breathe in / Breathe out)"
else
	fail "run $routine: no Breathe in / Breathe out cues"
fi
if grep -q '^\[[0-9:]*\] Rep 1 of [0-9]' "$TMP/run.txt"; then
	pass "run $routine: rep counts (Rep 1 of ...)"
else
	fail "run $routine: no rep counts"
fi

# the clock stamps never go back and stay within the routine
stamps=$(sed -n 's/^\[\([0-9]*\):\([0-9]*\)\].*/\1 \2/p' "$TMP/run.txt" |
	awk -v p="$planned" '{ t = $1 * 60 + $2; if (t < last || t > p) bad++; last = t } END { print bad + 0 }')
if [ "$stamps" -eq 0 ] && no_controls "$TMP/run.txt"; then
	pass "run $routine: the clock stamps run forward from 0:00 to at most $planned s"
else
	fail "run $routine: $stamps clock stamps out of order or past $planned s"
fi

rname=$(head -n 1 "$TMP/show.txt" | sed 's/  (.*//')
if grep -qx "Routine complete: $rname" "$TMP/run.txt" &&
    grep -q "^  completed  $items of $items: " "$TMP/run.txt" &&
    [ "$(grep -n 'Routine complete' "$TMP/run.txt" | cut -d: -f1)" -gt "$last_line" ]; then
	pass "run $routine: ends with the summary, $items of $items completed"
else
	fail "run $routine: no closing summary: $(tail -n 4 "$TMP/run.txt")"
fi

# ---- the plain menu

first=$(python3 -c '
import json, sys
for r in json.load(open(sys.argv[1])):
    if r["time"] in ("morning", "any"):
        print(r["name"]); break' "$TMP/routines.json")
printf '1\n' | "$SC_BIN" morning --plain --speed 1000 >"$TMP/out" 2>"$TMP/err"
rc=$?
if [ "$rc" -eq 0 ] && grep -q "^  1\\. $first (" "$TMP/out" &&
    grep -q "Stretch 1 of " "$TMP/out" && grep -qx "Routine complete: $first" "$TMP/out"; then
	pass "morning --plain: picking 1 runs the first morning routine ($first)"
else
	fail "morning --plain: exit $rc: $(head -n 3 "$TMP/err")"
fi
printf 'q\n' | "$SC_BIN" morning --plain >"$TMP/out" 2>"$TMP/err"
rc=$?
if [ "$rc" -eq 0 ] && ! grep -q 'Stretch 1 of' "$TMP/out"; then
	pass "morning --plain: q leaves without a session, exit 0"
else
	fail "morning --plain: q: exit $rc"
fi
"$SC_BIN" --plain >"$TMP/out" 2>"$TMP/err" </dev/null
rc=$?
if [ "$rc" -eq 0 ] && grep -q 'Morning routines' "$TMP/out"; then
	pass "main menu --plain: end of input leaves, exit 0"
else
	fail "main menu --plain: end of input: exit $rc"
fi

finish
