#!/bin/sh
# Every malformed catalogue gives its exact messages and exit code, never a
# crash, and prints nothing at all on stdout.
#
# tests/data/bad/NAME.json is checked against tests/data/bad/NAME.expect:
# line 1 the exit code of `stretchcoach validate tests/data/bad/NAME.json`
# (run from the repository root), the other lines its exact stderr. Cases
# that cannot be committed (a directory, an unreadable file, 40 MiB, 100 000
# stretches, ...) are generated into a temporary directory here.
NAME=catalogue_errors
: "${SC_ROOT:=$(pwd)}"
. "$SC_ROOT/tests/cli/lib.sh"
cd "$SC_ROOT" || exit 1

# Seconds since the epoch with a fraction (GNU date; python3 otherwise).
now() {
	t=$(date +%s.%N 2>/dev/null)
	case "$t" in
	*N*|'') python3 -c 'import time; print(time.time())' ;;
	*) echo "$t" ;;
	esac
}

# elapsed START: seconds since START, to the millisecond.
elapsed() {
	awk -v a="$1" -v b="$(now)" 'BEGIN { printf "%.3f", b - a }'
}

# validate_case LABEL WANT-STATUS WANT-STDERR-FILE FILE...: run validate on
# the files and compare status, stderr (exactly) and stdout (empty).
validate_case() {
	label=$1 want_rc=$2 want_err=$3
	shift 3
	timeout 20 "$SC_BIN" validate "$@" >"$TMP/out" 2>"$TMP/err" </dev/null
	rc=$?
	why=
	[ "$rc" -eq "$want_rc" ] || why="exit $rc, want $want_rc"
	if ! cmp -s "$TMP/err" "$want_err"; then
		why="${why:+$why; }stderr differs"
	fi
	if [ -s "$TMP/out" ]; then
		why="${why:+$why; }stdout not empty"
	fi
	if [ -z "$why" ]; then
		pass "$label (exit $rc, $(wc -l <"$TMP/err" | tr -d ' ') line(s))"
	else
		fail "$label: $why"
		echo "--- expected stderr"
		cat "$want_err"
		echo "--- actual stderr"
		cat "$TMP/err"
		if [ -s "$TMP/out" ]; then
			echo "--- actual stdout"
			head -n 5 "$TMP/out"
		fi
		echo "---"
	fi
}

# ---- the committed corpus

count=0
for f in tests/data/bad/*.json; do
	[ -e "$f" ] || continue
	count=$((count + 1))
	expect=${f%.json}.expect
	if [ ! -f "$expect" ]; then
		fail "$f: no ${expect##*/} beside it"
		continue
	fi
	want_rc=$(head -n 1 "$expect")
	tail -n +2 "$expect" >"$TMP/want"
	case "$want_rc" in
	65|66) ;;
	*) fail "$f: ${expect##*/} line 1 is '$want_rc', not 65 or 66"; continue ;;
	esac
	if [ ! -s "$TMP/want" ] || grep -qv '^stretchcoach: ' "$TMP/want"; then
		fail "$f: ${expect##*/} must list stderr lines, each starting 'stretchcoach: '"
		continue
	fi
	validate_case "$f" "$want_rc" "$TMP/want" "$f"
done
for e in tests/data/bad/*.expect; do
	[ -e "$e" ] || continue
	[ -f "${e%.expect}.json" ] || fail "$e: no ${e##*/} fixture beside it"
done
if [ "$count" -ge 25 ]; then
	pass "the corpus holds $count malformed catalogues (at least 25)"
else
	fail "the corpus holds $count malformed catalogues, fewer than 25"
fi

# ---- generated cases

G=$TMP/gen
mkdir -p "$G"

# A file that is not there.
printf 'stretchcoach: %s: cannot open: No such file or directory\n' "$G/missing.json" >"$TMP/want"
validate_case "generated: missing file" 66 "$TMP/want" "$G/missing.json"

# A directory.
mkdir "$G/dir.json"
printf 'stretchcoach: %s: is a directory, not a catalogue file\n' "$G/dir.json" >"$TMP/want"
validate_case "generated: a directory" 66 "$TMP/want" "$G/dir.json"

# A file nobody may read. Root reads it anyway, so the check means nothing there.
cp tests/data/good/minimal.json "$G/unreadable.json"
chmod 000 "$G/unreadable.json"
if [ "$(id -u)" -eq 0 ]; then
	pass "generated: unreadable file: skipped, running as root (root can read a mode-000 file)"
else
	printf 'stretchcoach: %s: cannot open: Permission denied\n' "$G/unreadable.json" >"$TMP/want"
	validate_case "generated: unreadable file (mode 000)" 66 "$TMP/want" "$G/unreadable.json"
fi
chmod 600 "$G/unreadable.json"

# A file name with an escape sequence in it is shown safely.
esc=$(printf '\033')
printf 'stretchcoach: %s/a^[[2Jb.json: cannot open: No such file or directory\n' "$G" >"$TMP/want"
validate_case "generated: control characters in a file name are shown as ^[" 66 "$TMP/want" \
	"$G/a${esc}[2Jb.json"

# One file missing and one invalid: both reported, and "cannot open" (66) wins.
{
	printf 'stretchcoach: %s: cannot open: No such file or directory\n' "$G/missing.json"
	tail -n +2 tests/data/bad/hold-negative.expect
} >"$TMP/want"
validate_case "generated: a missing file and a bad one: both reported, exit 66" 66 "$TMP/want" \
	"$G/missing.json" tests/data/bad/hold-negative.json

# 40 MiB, over the 32 MiB catalogue limit: refused by size, at once.
big=$G/40mib.json
{
	printf '{"schema": 1, "stretches": [], "padding": "'
	head -c 41943040 /dev/zero | tr '\0' 'a'
	printf '"}\n'
} >"$big"
size=$(wc -c <"$big" | tr -d ' ')
printf 'stretchcoach: %s: the file is too large (%s bytes; the limit is 32 MiB)\n' "$big" "$size" >"$TMP/want"
t0=$(now)
validate_case "generated: a 40 MiB file" 65 "$TMP/want" "$big"
secs=$(elapsed "$t0")
# refused by its size before a byte is read: the message names the size (above);
# this only guards against a hang, with room for a loaded machine
if awk -v s="$secs" 'BEGIN { exit !(s < 10) }'; then
	pass "generated: the 40 MiB file is refused without a hang (${secs} s)"
else
	fail "generated: the 40 MiB file took ${secs} s to refuse"
fi

# The same 40 MiB through a pipe, where the size is not known in advance
# (cat, so that stdin is a pipe and not the file itself).
printf 'stretchcoach: /dev/stdin: the file is too large (the limit is 32 MiB)\n' >"$TMP/want"
# shellcheck disable=SC2002
rc=$( { cat "$big" | timeout 20 "$SC_BIN" validate /dev/stdin >"$TMP/out" 2>"$TMP/err"; echo $?; } 2>/dev/null)
if [ "$rc" -eq 65 ] && cmp -s "$TMP/err" "$TMP/want" && [ ! -s "$TMP/out" ]; then
	pass "generated: 40 MiB through a pipe is refused (exit 65)"
else
	fail "generated: 40 MiB through a pipe: exit $rc"
	cat "$TMP/err"
fi
rm -f "$big"

# gen_stretches N FILE: a catalogue of N small valid stretches and one routine.
gen_stretches() {
	awk -v n="$1" 'BEGIN {
		m = "{\"spine\":[\"neutral\"],\"spine_loaded\":false,\"end_range\":false,\"hip_flexion\":\"none\",\"hip_adduction\":false,\"hip_internal_rotation\":false,\"lying\":\"none\",\"kneeling\":false,\"knee_flexion_past_90\":false,\"neck_end_range\":false,\"wrist_weight\":false,\"nerve_tension\":false,\"everyday\":false}"
		printf "{\"schema\":1,\"stretches\":["
		for (i = 0; i < n; i++)
			printf "%s{\"id\":\"s%d\",\"name\":\"S\",\"kind\":\"static\",\"areas\":[\"neck\"],\"level\":\"gentle\",\"position\":\"floor\",\"time\":[\"morning\"],\"hold\":1,\"steps\":[\"x\"],\"movement\":%s}", (i ? "," : ""), i, m
		printf "],\"routines\":[{\"id\":\"r\",\"name\":\"R\",\"items\":[{\"stretch\":\"s1\"}]}]}\n"
	}' >"$2"
}

# 100 000 stretches: load, or refuse plainly in one line, and never hang.
# (How fast is make bench's business: this runs under ASan on a shared machine.)
many=$G/100000.json
gen_stretches 100000 "$many"
t0=$(now)
timeout 120 "$SC_BIN" validate "$many" >"$TMP/out" 2>"$TMP/err" </dev/null
rc=$?
secs=$(elapsed "$t0")
lines=$(wc -l <"$TMP/err" | tr -d ' ')
if [ "$rc" -eq 0 ] && grep -q '^100000 stretches, 1 routine,' "$TMP/out"; then
	pass "generated: 100 000 stretches load (${secs} s)"
elif [ "$rc" -eq 65 ] && [ "$lines" -eq 1 ] && [ ! -s "$TMP/out" ] &&
    grep -q "^stretchcoach: $many: " "$TMP/err"; then
	pass "generated: 100 000 stretches refused plainly (${secs} s): $(sed "s|$G/||" "$TMP/err")"
else
	fail "generated: 100 000 stretches: exit $rc, $lines stderr line(s)"
	head -n 5 "$TMP/err"
fi
if awk -v s="$secs" 'BEGIN { exit !(s < 60) }'; then
	pass "generated: 100 000 stretches do not hang (${secs} s)"
else
	fail "generated: 100 000 stretches took ${secs} s: a hang?"
fi
rm -f "$many"

# 50 000 stretches must load, without hanging.
many=$G/50000.json
gen_stretches 50000 "$many"
t0=$(now)
timeout 120 "$SC_BIN" validate "$many" >"$TMP/out" 2>"$TMP/err" </dev/null
rc=$?
secs=$(elapsed "$t0")
if [ "$rc" -eq 0 ] && [ ! -s "$TMP/err" ] &&
    grep -qx '50000 stretches, 1 routine, 0 warnings' "$TMP/out"; then
	pass "generated: 50 000 stretches ($(wc -c <"$many" | tr -d ' ') bytes) load (${secs} s)"
else
	fail "generated: 50 000 stretches: exit $rc"
	head -n 5 "$TMP/err"
fi
if awk -v s="$secs" 'BEGIN { exit !(s < 60) }'; then
	pass "generated: 50 000 stretches do not hang (${secs} s)"
else
	fail "generated: 50 000 stretches took ${secs} s to load: a hang?"
fi
rm -f "$many"

# A million brackets deep: refused at the 65th, no recursion into the rest.
deep=$G/deep.json
awk 'BEGIN { for (i = 0; i < 1000000; i++) printf "["; for (i = 0; i < 1000000; i++) printf "]"; print "" }' >"$deep"
printf 'stretchcoach: %s:1:65: nesting deeper than 64 levels\n' "$deep" >"$TMP/want"
validate_case "generated: nesting a million deep" 65 "$TMP/want" "$deep"
rm -f "$deep"

# Sixty errors: the first 50 are shown, then a count of the rest.
capped=$G/sixty.json
awk 'BEGIN {
	printf "{\"schema\":1,\"stretches\":["
	for (i = 0; i < 60; i++)
		printf "%s{\"id\":\"s%d\",\"name\":\"S\",\"kind\":\"static\",\"areas\":[\"neck\"],\"level\":\"gentle\",\"position\":\"floor\",\"time\":[\"morning\"],\"hold\":0,\"steps\":[\"x\"]}", (i ? "," : ""), i
	print "]}"
}' >"$capped"
i=0
while [ "$i" -lt 50 ]; do
	printf 'stretchcoach: %s: stretches[%d] (id "s%d"): hold must be an integer 1..3600, got 0\n' \
		"$capped" "$i" "$i"
	i=$((i + 1))
done >"$TMP/want"
echo 'stretchcoach: ... and 10 more errors' >>"$TMP/want"
validate_case "generated: 60 errors, 50 shown and the rest counted" 65 "$TMP/want" "$capped"

finish
