#!/bin/sh
# Escape injection: catalogue, config and history text carrying OSC 0 (set
# title), OSC 52 (clipboard), CSI 2J (clear), U+009B and the raw byte 0x9B
# (8-bit CSI) and U+202E (right-to-left override) must never reach the
# terminal raw. Every command runs on hostile data, and the bytes it writes
# are scanned: to files (stdout, stderr), to a pty (script), and the curses
# screen (tmux pipe-pane, the exact bytes the pane receives).
#
# The payloads go in as raw bytes and as JSON \u escapes, into names, steps,
# cues, art, cautions, ids, enum values, keys, routine fields, file and
# directory names, config keys and values, and history ids.
#
# The work is split in parts that tests/run.sh runs side by side (TEST_PART
# picks one; none runs them all): one a payload (every refused catalogue,
# unreadable file and hostile config and history that carry it), the
# catalogue that loads (tricky), and the curses screen.
# parts: osc0 osc52 csi2j c1csi raw9b rlo tricky curses
NAME=escapes
. "${SC_ROOT:-.}/tests/cli/lib.sh"
LC_ALL=C
export LC_ALL

# --- the scanner --------------------------------------------------------------
# bytescan [--strict] FILE...: report what a terminal would act on. Always:
# ESC ] (OSC), ESC [ 2 J, C1 controls (U+0080..U+009F, or a byte 0x80..0x9F
# that is not part of well-formed UTF-8), bidi controls (U+202A..U+202E,
# U+2066..U+2069). --strict (output to a file, never a terminal): any ESC.
cat >"$TMP/bytescan.c" <<'EOF'
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int found;

static void
report(const char *file, const unsigned char *b, size_t n, size_t at, const char *what)
{
	size_t from = at > 12 ? at - 12 : 0, to = at + 12 < n ? at + 12 : n;

	if (found++ >= 5)
		return;
	printf("    %s: offset %zu: %s near:", file, at, what);
	for (size_t i = from; i < to; i++)
		printf(b[i] >= 0x21 && b[i] < 0x7F ? " %c" : " %02X", b[i]);
	putchar('\n');
}

/* Length of the well-formed UTF-8 character at b (n bytes left), or 0. */
static size_t
utf8(const unsigned char *b, size_t n, unsigned long *cp)
{
	size_t len;
	unsigned long c;

	if (b[0] < 0x80) { *cp = b[0]; return 1; }
	if (b[0] >= 0xC2 && b[0] <= 0xDF) { len = 2; c = b[0] & 0x1F; }
	else if (b[0] >= 0xE0 && b[0] <= 0xEF) { len = 3; c = b[0] & 0x0F; }
	else if (b[0] >= 0xF0 && b[0] <= 0xF4) { len = 4; c = b[0] & 0x07; }
	else return 0;
	if (n < len)
		return 0;
	for (size_t i = 1; i < len; i++) {
		if ((b[i] & 0xC0) != 0x80)
			return 0;
		c = c << 6 | (b[i] & 0x3F);
	}
	if ((len == 3 && c < 0x800) || (len == 4 && (c < 0x10000 || c > 0x10FFFF)) ||
	    (c >= 0xD800 && c <= 0xDFFF))
		return 0;
	*cp = c;
	return len;
}

static void
scan(const char *file, int strict)
{
	FILE *fp = fopen(file, "rb");
	unsigned char *b = NULL;
	size_t n = 0, cap = 0, r;

	if (fp == NULL) {
		printf("    %s: cannot open\n", file);
		found++;
		return;
	}
	do {
		if (n == cap)
			b = realloc(b, cap = cap ? cap * 2 : 65536);
		r = fread(b + n, 1, cap - n, fp);
		n += r;
	} while (r > 0);
	fclose(fp);
	for (size_t i = 0; i < n; ) {
		unsigned long c;
		size_t len = utf8(b + i, n - i, &c);

		if (len == 0) {
			if (b[i] >= 0x80 && b[i] <= 0x9F)
				report(file, b, n, i, "raw C1 byte");
			i++;
			continue;
		}
		if (c == 0x1B && i + 1 < n && b[i + 1] == ']')
			report(file, b, n, i, "OSC (ESC ])");
		else if (c == 0x1B && n - i >= 4 && memcmp(b + i, "\033[2J", 4) == 0)
			report(file, b, n, i, "CSI 2J");
		else if (c == 0x1B && strict)
			report(file, b, n, i, "ESC in output to a file");
		else if (c >= 0x80 && c <= 0x9F)
			report(file, b, n, i, "C1 control (UTF-8)");
		else if ((c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069))
			report(file, b, n, i, "bidi control");
		i += len;
	}
	free(b);
}

int
main(int argc, char **argv)
{
	int strict = argc > 1 && strcmp(argv[1], "--strict") == 0;

	for (int i = 1 + strict; i < argc; i++)
		scan(argv[i], strict);
	return found > 0;
}
EOF
if ! ${CC:-cc} -std=c11 -O1 -o "$TMP/bytescan" "$TMP/bytescan.c"; then
	fail "cannot build the byte scanner with ${CC:-cc}"
	finish
fi
SCAN=$TMP/bytescan

# Self-test: the scanner must see every payload, and let ordinary UTF-8 whose
# continuation bytes are 0x80..0x9F (ě, ‛, Ā, 😀) through.
printf 'ok \304\233 \342\200\233 \304\200 \360\237\230\200 \342\224\200\n' >"$TMP/clean"
check "scanner passes UTF-8 with 0x80..0x9F continuation bytes" "$SCAN" --strict "$TMP/clean"
for p in '\033]0;t\007' '\033]52;c;eA==\007' '\033[2J' '\302\233' '\2332J' '\342\200\256' '\342\201\246'; do
	# shellcheck disable=SC2059 # the payload is a printf format on purpose
	printf "a${p}b" >"$TMP/dirty"
	if "$SCAN" "$TMP/dirty" >/dev/null; then
		fail "scanner misses $p"
	fi
done

PARTS=${TEST_PART:-$(sed -n 's/^# parts: //p' "$0")}
# part NAME: this run does that part
part() {
	case " $PARTS " in *" $1 "*) return 0 ;; esac
	return 1
}

# --- payloads -----------------------------------------------------------------
# name|raw bytes|JSON-escaped form ("-" when only raw bytes can carry it)
ESC=$(printf '\033')
BEL=$(printf '\007')
BS=$(printf '\134')
PAYLOADS="osc0|${ESC}]0;sc-pwned${BEL}|${BS}u001b]0;sc-pwned${BS}u0007
osc52|${ESC}]52;c;c2MtcHduZWQ=${BEL}|${BS}u001b]52;c;c2MtcHduZWQ=${BS}u0007
csi2j|${ESC}[2J|${BS}u001b[2J
c1csi|$(printf '\302\233')2J|${BS}u009b2J
raw9b|$(printf '\233')2J|-
rlo|$(printf '\342\200\256')|${BS}u202e"

# subst TEMPLATE OUT P: copy TEMPLATE to OUT with every @P@ replaced by P.
subst() {
	sed "s|@P@|$(printf '%s' "$3" | sed 's/[\\&|]/\\&/g')|g" "$1" >"$2"
}

# A catalogue with the payload in every field the schema checks; each in its
# own entry, so that every one is reported. It must be refused (65).
cat >"$TMP/schema.tpl" <<'EOF'
{
 "schema": 1,
 "top@P@": "an unknown key",
 "stretches": [
  {"id": "s-name", "name": "Name@P@", "kind": "static", "areas": ["hips"], "level": "gentle", "position": "floor", "time": ["evening"], "hold": 30, "steps": ["Breathe."]},
  {"id": "s-id@P@", "name": "Id", "kind": "static", "areas": ["hips"], "level": "gentle", "position": "floor", "time": ["evening"], "hold": 30, "steps": ["Breathe."]},
  {"id": "s-step", "name": "Step", "kind": "static", "areas": ["hips"], "level": "gentle", "position": "floor", "time": ["evening"], "hold": 30, "steps": ["Breathe@P@."]},
  {"id": "s-cue", "name": "Cue", "kind": "static", "areas": ["hips"], "level": "gentle", "position": "floor", "time": ["evening"], "hold": 30, "steps": ["Breathe."], "cues": {"inhale": "in@P@", "exhale": "out"}},
  {"id": "s-art", "name": "Art", "kind": "static", "areas": ["hips"], "level": "gentle", "position": "floor", "time": ["evening"], "hold": 30, "steps": ["Breathe."], "art": [" o ", "@P@"]},
  {"id": "s-caution", "name": "Caution", "kind": "static", "areas": ["hips"], "level": "gentle", "position": "floor", "time": ["evening"], "hold": 30, "steps": ["Breathe."], "cautions": ["Stop@P@"]},
  {"id": "s-kind", "name": "Kind", "kind": "static@P@", "areas": ["hips"], "level": "gentle", "position": "floor", "time": ["evening"], "hold": 30, "steps": ["Breathe."]},
  {"id": "s-area", "name": "Area", "kind": "static", "areas": ["hips@P@"], "level": "gentle", "position": "floor", "time": ["evening"], "hold": 30, "steps": ["Breathe."]},
  {"id": "s-equip", "name": "Equip", "kind": "static", "areas": ["hips"], "level": "gentle", "position": "floor", "time": ["evening"], "hold": 30, "steps": ["Breathe."], "equipment": ["wall@P@"]},
  {"id": "s-key", "name": "Key", "kind": "static", "areas": ["hips"], "level": "gentle", "position": "floor", "time": ["evening"], "hold": 30, "steps": ["Breathe."], "key@P@": 1},
  {"id": "s-prog", "name": "Prog", "kind": "static", "areas": ["hips"], "level": "gentle", "position": "floor", "time": ["evening"], "hold": 30, "steps": ["Breathe."], "progression": "s-ok@P@"},
  {"id": "s-hold", "name": "Hold", "kind": "static", "areas": ["hips"], "level": "gentle", "position": "floor", "time": ["evening"], "hold": "30@P@", "steps": ["Breathe."]},
  {"id": "s-ok", "name": "Fine", "kind": "static", "areas": ["hips"], "level": "gentle", "position": "floor", "time": ["evening"], "hold": 30, "steps": ["Breathe."]}
 ],
 "routines": [
  {"id": "r-name", "name": "R@P@", "items": [{"stretch": "s-ok"}]},
  {"id": "r-desc", "name": "Desc", "description": "About@P@", "items": [{"stretch": "s-ok"}]},
  {"id": "r-item", "name": "Item", "items": [{"stretch": "s-ok@P@"}]},
  {"id": "r-id@P@", "name": "Id", "items": [{"stretch": "s-ok"}]},
  {"id": "r-time", "name": "Time", "time": "any@P@", "items": [{"stretch": "s-ok"}]},
  {"id": "r-key", "name": "Key", "items": [{"stretch": "s-ok", "key@P@": 2}]}
 ]
}
EOF
# The payload in keys that appear twice: refused before the schema is read.
cat >"$TMP/dupkey.tpl" <<'EOF'
{"schema": 1, "k@P@": 1, "k@P@": 2,
 "stretches": [{"id": "a", "cues": {"in@P@": "x", "in@P@": "y"}}],
 "nest@P@": {"deeper@P@": {"x": 1, "x": 2}}}
EOF
# A JSON syntax error right after the payload (the message quotes the byte there).
cat >"$TMP/syntax.tpl" <<'EOF'
{"schema": 1, "stretches": [{"id": "@P@" @P@]}
EOF

# A catalogue that loads: ordinary UTF-8 whose bytes include 0x80..0x9F, and
# hostile text (\u escapes: JSON allows no raw control character) only where
# the program never shows it, the values of unknown keys.
printf '%s\n' '{' \
 ' "schema": 1,' \
 ' "x-note": "\u001b]0;sc-pwned\u0007\u001b]52;c;c2MtcHduZWQ=\u0007\u001b[2J\u009b\u202e",' \
 ' "stretches": [' \
 "  {\"id\": \"tricky\", \"name\": \"Kr\\u011bk \\u201bpose\\u2019 \\u0100 \\ud83d\\ude00\", \"kind\": \"static\", \"areas\": [\"neck\"], \"level\": \"gentle\", \"position\": \"seated\", \"time\": [\"morning\", \"evening\"], \"hold\": 20, \"sides\": \"each\", \"steps\": [\"Tilt the head \\u011b\\u201b.\", \"Breathe \\u0100.\"], \"cues\": {\"inhale\": \"Lengthen \\u011b\", \"exhale\": \"Soften \\u201b\"}, \"cautions\": [\"Stop \\u0100.\"], \"art\": [\" \\u011b\\u201b \"], \"x-note\": \"\\u001b[2J\\u001b]0;sc-pwned\\u0007\"}," \
 "  {\"id\": \"plain\", \"name\": \"Plain\", \"kind\": \"dynamic\", \"areas\": [\"hips\"], \"level\": \"gentle\", \"position\": \"standing\", \"time\": [\"morning\"], \"reps\": 2, \"rep_seconds\": 3, \"steps\": [\"Circle.\"]}" \
 ' ],' \
 ' "routines": [' \
 "  {\"id\": \"tricky-routine\", \"name\": \"Kr\\u011bk \\u201b\", \"time\": \"any\", \"description\": \"A \\u0100 routine \\u011b.\", \"rest\": 1, \"items\": [{\"stretch\": \"tricky\"}, {\"stretch\": \"plain\"}], \"x-note\": \"\\u202e\\u001b[2J\"}" \
 ' ]' \
 '}' >"$TMP/tricky.json"

# --- running ------------------------------------------------------------------
RUNS=0
BAD=0
OUTD=$TMP/out.d
mkdir -p "$OUTD"
export SC_BIN

# sc_file TAG ARGS...: run the binary with output to files; scan both strictly.
# Set SC_ENV_NAME and SC_ENV_VALUE to run it with one more variable set.
sc_file() {
	tag=$1
	shift
	RUNS=$((RUNS + 1))
	if [ -n "${SC_ENV_NAME:-}" ]; then
		timeout 20 env "$SC_ENV_NAME=$SC_ENV_VALUE" "$SC_BIN" "$@" \
		    >"$OUTD/$RUNS.out" 2>"$OUTD/$RUNS.err" </dev/null
	else
		timeout 20 "$SC_BIN" "$@" >"$OUTD/$RUNS.out" 2>"$OUTD/$RUNS.err" </dev/null
	fi
	rc=$?
	if ! "$SCAN" --strict "$OUTD/$RUNS.out" "$OUTD/$RUNS.err" >"$OUTD/$RUNS.scan"; then
		BAD=$((BAD + 1))
		fail "$tag: terminal controls from the data reached the output"
		cat "$OUTD/$RUNS.scan"
	fi
	if [ "$rc" -eq 124 ] || [ "$rc" -gt 128 ] || grep -q 'Sanitizer' "$OUTD/$RUNS.err"; then
		fail "$tag: timed out, crashed or a sanitizer spoke (status $rc)"
		grep -m 3 'Sanitizer\|runtime error' "$OUTD/$RUNS.err"
	fi
}

# sc_pty TAG ARGS...: the same on a pseudo-terminal (script), where colours and
# other terminal-only paths are taken. Honours SC_ENV_NAME too.
sc_pty() {
	tag=$1
	shift
	RUNS=$((RUNS + 1))
	# shellcheck disable=SC2016 # expanded by the shell script runs
	cmd='exec "$SC_BIN"'
	i=0
	# shellcheck disable=SC2034 # a is read through eval
	for a in "$@"; do
		i=$((i + 1))
		eval "SC_ARG$i=\$a; export SC_ARG$i"
		cmd="$cmd \"\$SC_ARG$i\""
	done
	if [ -n "${SC_ENV_NAME:-}" ]; then
		TERM=xterm-256color timeout 20 env "$SC_ENV_NAME=$SC_ENV_VALUE" \
		    script -qfec "$cmd" /dev/null >"$OUTD/$RUNS.pty" 2>&1 </dev/null
	else
		TERM=xterm-256color timeout 20 script -qfec "$cmd" /dev/null \
		    >"$OUTD/$RUNS.pty" 2>&1 </dev/null
	fi
	rc=$?
	if ! "$SCAN" "$OUTD/$RUNS.pty" >"$OUTD/$RUNS.scan"; then
		BAD=$((BAD + 1))
		fail "$tag (pty): terminal controls from the data reached the terminal"
		cat "$OUTD/$RUNS.scan"
	fi
	# script -e passes the program's status on (a signal, undefined behaviour
	# trapped: 128 and more)
	if [ "$rc" -eq 124 ] || [ "$rc" -gt 128 ] || grep -q 'Sanitizer' "$OUTD/$RUNS.pty"; then
		fail "$tag (pty): timed out, crashed or a sanitizer spoke (status $rc)"
	fi
}

HD=$TMP/hostile
mkdir -p "$HD"
nfiles=0
printf '%s\n' "$PAYLOADS" | while IFS='|' read -r pname raw esc; do
	for form in raw json; do
		if [ "$form" = raw ]; then p=$raw; else p=$esc; fi
		[ "$p" = - ] && continue
		# The file name carries the raw payload too.
		for kind in schema dupkey syntax; do
			f="$HD/$kind-$pname-$form-$raw.json"
			subst "$TMP/$kind.tpl" "$f" "$p"
		done
	done
done

# The refused catalogues: every command, exit 65, the visible form in the errors.
for f in "$HD"/*.json; do
	base=$(basename "$f" | cut -d- -f1-3)
	part "$(echo "$base" | cut -d- -f2)" || continue
	sc_file "$base validate" validate "$f"
	if [ "$rc" -ne 65 ]; then fail "$base: validate exits $rc, not 65"; fi
	case $base in
	schema-raw9b-*)
		grep -q 'invalid UTF-8' "$OUTD/$RUNS.err" ||
			fail "$base: validate does not refuse the raw byte 0x9B as invalid UTF-8"
		;;
	schema-*-raw)
		# JSON allows no raw control character in a string; U+009B and U+202E
		# are well-formed, so the schema refuses them
		grep -q 'control, escape, bidi or invisible character\|invalid JSON' "$OUTD/$RUNS.err" ||
			fail "$base: validate does not say what is wrong"
		;;
	schema-*)
		grep -q 'control, escape, bidi or invisible character' "$OUTD/$RUNS.err" ||
			fail "$base: validate does not say which text is unsafe"
		;;
	esac
	grep -q '\^\[\|<9B>\|<U+202E>' "$OUTD/$RUNS.err" ||
		fail "$base: the file name is not shown in a visible form"
	# Every other command (list, routines, show, run, build, morning, with
	# --json or not) loads through app_load_catalogue, refuses the file there
	# and prints the same messages (diag_print) before anything of its own:
	# one of them on a file and one on a pty check that path.
	sc_file "$base list" -c "$f" list
	if [ "$rc" -ne 65 ]; then fail "$base: list exits $rc, not 65"; fi
	SC_ENV_NAME=STRETCHCOACH_CATALOGUE SC_ENV_VALUE=$f
	sc_file "$base \$STRETCHCOACH_CATALOGUE validate" validate
	sc_file "$base \$STRETCHCOACH_CATALOGUE config" config
	SC_ENV_NAME=
	sc_pty "$base run" -c "$f" run r-name --speed 1000 --no-checkin
	nfiles=$((nfiles + 1))
done
# 33 in all: three kinds, each payload raw and escaped (raw9b only raw)
want=0
for pname in osc0 osc52 csi2j c1csi rlo; do part $pname && want=$((want + 6)); done
part raw9b && want=$((want + 3))
[ "$nfiles" -eq "$want" ] || fail "$nfiles hostile catalogues were made, not $want"

# Files that cannot be read, named with the payloads.
printf '%s\n' "$PAYLOADS" | while IFS='|' read -r pname raw esc; do
	mkdir -p "$HD/dir-$pname-$raw.json"
done
for d in "$HD"/dir-*; do
	base=$(basename "$d" | cut -d- -f1-2)
	part "${base#dir-}" || continue
	sc_file "$base is a directory" validate "$d"
	sc_file "$base is a directory" -c "$d" list
	sc_file "$base missing file" -c "$d/missing-$(basename "$d")" show s-ok
done

# The catalogue that loads, through every command, on files and on a pty.
T=$TMP/tricky.json
for raw in "$(printf '\033]0;sc-pwned\007')" "$(printf '\233')2J" "$(printf '\342\200\256')"; do
	cp "$T" "$HD/tricky-$raw.json"
done
if part tricky; then
	for f in "$T" "$HD"/tricky-*.json; do
		sc_file "tricky validate" validate "$f"
		if [ "$rc" -ne 0 ]; then fail "tricky: validate exits $rc, not 0"; cat "$OUTD/$RUNS.err"; fi
	done
	sc_file "tricky list" -c "$T" list
	grep -q 'tricky' "$OUTD/$RUNS.out" || fail "tricky: list does not list it"
	sc_file "tricky list --json" -c "$T" list --json
	sc_file "tricky routines" -c "$T" routines
	sc_file "tricky routines --json" -c "$T" routines --json
	sc_file "tricky show stretch" -c "$T" show tricky
	sc_file "tricky show routine" -c "$T" show tricky-routine
	sc_file "tricky run --plain" -c "$T" run tricky-routine --plain --speed 1000 --no-checkin
	if [ "$rc" -ne 0 ]; then fail "tricky: run --plain exits $rc"; tail -n 3 "$OUTD/$RUNS.err"; fi
	sc_file "tricky build" -c "$T" build --minutes 2
	sc_file "tricky safety" -c "$T" safety
	sc_file "unknown id on the command line" -c "$T" show "x$(printf '\033]0;sc-pwned\007\2332J\342\200\256')"
	grep -q '\^\[' "$OUTD/$RUNS.err" || fail "an unknown id given on the command line is not shown safely"
	sc_pty "tricky list" -c "$T" list
	sc_pty "tricky show" -c "$T" show tricky
	sc_pty "tricky routines" -c "$T" routines
	sc_pty "tricky validate" validate "$T"
fi

# --- config and history -------------------------------------------------------
printf '%s\n' "$PAYLOADS" | while IFS='|' read -r pname raw esc; do
	for form in raw json; do
		if [ "$form" = raw ]; then p=$raw; else p=$esc; fi
		[ "$p" = - ] && continue
		h=$HD/home-$pname-$form
		cdir="$h/config-$raw/stretchcoach"
		ddir="$h/data-$raw/stretchcoach"
		mkdir -p "$cdir" "$ddir"
		printf '%s\n' '{"say": "espeak@P@", "key@P@": true}' >"$TMP/config.tpl"
		subst "$TMP/config.tpl" "$cdir/config.json" "$p"
		printf '%s\n' \
		    '{"v":1,"routine":"r@P@","started":"2026-11-20T08:00:00Z","ended":"2026-11-20T08:05:00Z","planned_s":300,"active_s":300,"completed":["c@P@"],"skipped":["s@P@"],"hurt":["h@P@"],"quit":false,"speed":1,"tension_before":5,"tension_after":2}' \
		    '{"v":1,"routine":"@P@","started":"2026-11-21T08:00:00Z","ended":"2026-11-21T08:05:00Z","planned_s":300,"active_s":300,"quit":false,"speed":1}' \
		    'not json @P@' \
		    '{"v":1,"routine":"bad@P@","started":"@P@"}' >"$TMP/history.tpl"
		subst "$TMP/history.tpl" "$ddir/history.jsonl" "$p"
	done
done
for h in "$HD"/home-*; do
	base=$(basename "$h")
	part "$(echo "$base" | cut -d- -f2)" || continue
	cfg=$(find "$h" -maxdepth 1 -name 'config-*')
	dat=$(find "$h" -maxdepth 1 -name 'data-*')
	SC_ENV_NAME=XDG_CONFIG_HOME SC_ENV_VALUE=$cfg
	sc_file "$base config" -c "$T" config
	if [ "$rc" -ne 65 ]; then fail "$base: a config with unsafe text is not refused ($rc)"; fi
	sc_file "$base run --plain, bad config" -c "$T" run tricky-routine --plain --speed 1000 --no-checkin
	# the history (with the default config): read, its odd lines skipped with a warning
	SC_ENV_NAME=XDG_DATA_HOME SC_ENV_VALUE=$dat
	sc_file "$base history" -c "$T" history
	grep -q 'skipped' "$OUTD/$RUNS.err" || fail "$base: history does not warn about its bad lines"
	sc_file "$base history --json" -c "$T" history --json
	sc_file "$base status" -c "$T" status
	sc_file "$base build" -c "$T" build --minutes 2
	sc_file "$base run --plain" -c "$T" run tricky-routine --plain --speed 1000 --no-checkin
	sc_pty "$base history" -c "$T" history
	sc_pty "$base status" -c "$T" status
	SC_ENV_NAME=
done

# all_safe: the line that sums up the runs on files and pseudo-terminals
all_safe() {
	if [ "$BAD" -eq 0 ] && [ "$RUNS" -gt 0 ]; then
		pass "$RUNS runs over hostile catalogues, config and history: no OSC, CSI 2J, C1 or bidi control reached the output"
	fi
}
if ! part curses; then
	all_safe
	finish
fi

# --- the curses screen --------------------------------------------------------
# One tmux pane runs every command in turn; pipe-pane keeps every byte the pane
# receives. The pane waits for the pipe before it starts, and records each
# command's end in a file (pane-died is unreliable on Debian's tmux 3.3a).
if ! command -v tmux >/dev/null 2>&1; then
	fail "tmux is not installed: the curses screen was not checked"
	finish
fi
SOCK=sc-escapes-$$
TM="tmux -L $SOCK -f /dev/null"
PANE=esc:0
trap '$TM kill-server 2>/dev/null; rm -rf "$TMP"' EXIT
CAP=$TMP/pane.bytes
# not a first run (as after the parts above, whose sessions are logged): the
# session starts at once, without the first-run safety page
mkdir -p "$XDG_DATA_HOME/stretchcoach"
[ -e "$XDG_DATA_HOME/stretchcoach/history.jsonl" ] || : >"$XDG_DATA_HOME/stretchcoach/history.jsonl"
STEP=$TMP/pane.step
cat >"$TMP/pane.sh" <<EOF
while [ ! -f "$TMP/pane.go" ]; do sleep 0.05; done
n=0
# a refused catalogue: run and the main menu both refuse it in
# app_load_catalogue, before the screen starts; run stands for both
for f in "$HD"/schema-*.json "$HD"/dupkey-*.json "$HD"/syntax-*.json; do
	"$SC_BIN" -c "\$f" run r-name --speed 1000 --no-checkin </dev/null
done
echo "errors-done" >"$STEP"
"$SC_BIN" -c "$T" run tricky-routine --speed 1000 --no-checkin
echo "run rc=\$?" >>"$STEP"
"$SC_BIN" -c "$T"
echo "menu rc=\$?" >>"$STEP"
"$SC_BIN" -c "$T" show tricky
echo "all-done" >>"$STEP"
sleep 60
EOF
$TM new-session -d -s esc -x 100 -y 30 "env TERM=screen sh $TMP/pane.sh" 2>/dev/null
$TM set-option -g remain-on-exit on >/dev/null 2>&1
$TM pipe-pane -o -t "$PANE" "cat >>'$CAP'"
touch "$TMP/pane.go"

# wait_for TEXT SECONDS: poll the step file for TEXT.
wait_for() {
	i=0
	while [ "$i" -lt $(($2 * 10)) ]; do
		grep -q "$1" "$STEP" 2>/dev/null && return 0
		sleep 0.1
		i=$((i + 1))
	done
	return 1
}
if ! wait_for errors-done 40; then
	fail "curses: the refused catalogues did not all finish"
fi
# The session ends by itself at --speed 1000; its summary waits for a key
# (Enter, or q). Up to a minute: a loaded machine runs ASan slowly.
screen() { $TM capture-pane -p -t "$PANE" 2>/dev/null; }
i=0
while ! grep -q 'run rc=' "$STEP" 2>/dev/null && [ "$i" -lt 300 ]; do
	if screen | grep -q 'Well done\|close'; then
		if [ $((i % 4)) -lt 2 ]; then
			$TM send-keys -t "$PANE" Enter 2>/dev/null
		else
			$TM send-keys -t "$PANE" q 2>/dev/null
		fi
	fi
	sleep 0.2
	i=$((i + 1))
done
if ! grep -q 'run rc=0' "$STEP" 2>/dev/null; then
	fail "curses: run on the loadable catalogue did not end with 0 ($(grep 'run rc' "$STEP" 2>/dev/null))"
	screen | sed '/^ *$/d; s/^/    /'
fi
# The main menu: open "All routines" (3) so the routine names are drawn, then
# leave with q.
i=0
while ! screen | grep -q 'All routines' && [ "$i" -lt 50 ]; do
	sleep 0.1
	i=$((i + 1))
done
$TM send-keys -t "$PANE" 3 2>/dev/null
sleep 0.5
i=0
while ! grep -q 'menu rc=' "$STEP" 2>/dev/null && [ "$i" -lt 50 ]; do
	$TM send-keys -t "$PANE" q 2>/dev/null
	sleep 0.2
	i=$((i + 1))
done
grep -q 'menu rc=0' "$STEP" 2>/dev/null || fail "curses: the main menu did not end with 0"
wait_for all-done 10 || fail "curses: show did not finish"
$TM pipe-pane -t "$PANE" 2>/dev/null
sleep 0.2
if [ ! -s "$CAP" ]; then
	fail "curses: pipe-pane captured nothing"
elif grep -q 'Kr' "$CAP" && "$SCAN" "$CAP" >"$TMP/pane.scan"; then
	pass "curses screen: $(wc -c <"$CAP") bytes received by the pane, none from the data"
else
	grep -q 'Kr' "$CAP" || fail "curses: the loadable catalogue's screen never showed"
	[ -s "$TMP/pane.scan" ] && fail "curses screen: terminal controls from the data reached the pane" &&
		cat "$TMP/pane.scan"
fi
$TM kill-server 2>/dev/null

all_safe
finish
