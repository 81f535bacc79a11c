#!/bin/sh
# The documentation agrees with the program: the man page is clean roff,
# names every option, command, config key, environment variable and exit
# status the code has (and no option --help lacks), and the worked example of
# docs/catalogue.md validates over the bundled catalogue and runs to the end.
NAME=docs.sh
. "${SC_ROOT:-.}/tests/cli/lib.sh"
cd "$SC_ROOT" || exit 1
MAN=doc/stretchcoach.1
GUIDE=docs/catalogue.md
EXAMPLE=docs/examples/physio.json

# section NAME: the roff source of one .SH section of the man page.
section() {
	awk -v s=".SH $1" '$0 == s { on = 1; next } /^\.SH / { on = 0 } on' "$MAN"
}
# plain: roff source to words: \- to -, font escapes and quotes dropped.
plain() {
	sed 's/\\-/-/g; s/\\f[A-Z]//g; s/\\(..//g; s/\\~/ /g; s/"//g'
}

# 1. The man page is clean for groff and mandoc.
if command -v groff >/dev/null 2>&1; then
	out=$(groff -man -ww -z "$MAN" 2>&1)
	if [ $? -eq 0 ] && [ -z "$out" ]; then pass "groff -man -ww: no warnings"
	else fail "groff -man -ww: $out"; fi
fi
if command -v mandoc >/dev/null 2>&1; then
	out=$(mandoc -Tlint -W warning "$MAN" 2>&1)
	if [ $? -eq 0 ] && [ -z "$out" ]; then pass "mandoc -Tlint: no warnings"
	else fail "mandoc -Tlint: $out"; fi
fi
if ! command -v groff >/dev/null 2>&1 && ! command -v mandoc >/dev/null 2>&1; then
	fail "neither groff nor mandoc is installed to check $MAN (make deps)"
fi
missing=
for s in NAME SYNOPSIS DESCRIPTION COMMANDS OPTIONS KEYS FILES ENVIRONMENT \
    CONFIGURATION "EXIT STATUS" EXAMPLES SAFETY "SEE ALSO"; do
	grep -qx ".SH $s" "$MAN" || missing="$missing, $s"
done
if [ -z "$missing" ]; then pass "the man page has every required section"
else fail "the man page lacks sections: ${missing#, }"; fi

# 2. Long options: --help, the man page and the code's option table agree.
# (--help shows the options every command takes; `CMD --help` shows its own)
run_sc --help
[ "$rc" -eq 0 ] || fail "--help exited $rc"
cp "$TMP/out" "$TMP/help"
for c in $("$SC_BIN" help --commands | cut -f1); do "$SC_BIN" help "$c"; done >"$TMP/help.cmds.out"
cat "$TMP/help" "$TMP/help.cmds.out" | grep -o -- '--[a-z][a-z-]*' | sort -u >"$TMP/help.long"
# (another program's options, as in systemctl --user, are not ours)
plain <"$MAN" | grep -v 'systemctl' | grep -o -- '--[a-z][a-z-]*' | sort -u >"$TMP/man.long"
sed -n 's/^[[:space:]]*{ "\([a-z-]*\)", [a-z_]*_argument,.*/--\1/p' src/cli.c | sort -u >"$TMP/code.long"
if [ -s "$TMP/help.long" ] && cmp -s "$TMP/help.long" "$TMP/man.long"; then
	pass "the same $(wc -l <"$TMP/help.long" | tr -d ' ') long options in --help and the man page"
else
	fail "long options differ (< --help, > man page): $(diff "$TMP/help.long" "$TMP/man.long" | grep '^[<>]' | tr '\n' ' ')"
fi
if [ -s "$TMP/code.long" ] && cmp -s "$TMP/code.long" "$TMP/help.long"; then
	pass "--help and the commands' help name every long option in src/cli.c, and no other"
else
	fail "long options differ (< src/cli.c, > --help): $(diff "$TMP/code.long" "$TMP/help.long" | grep '^[<>]' | tr '\n' ' ')"
fi
# Short options: those --help shows are in the man page's OPTIONS.
sed -n '/^Options:/,/^$/p' "$TMP/help" | grep -oE '(^|[ ,])-[a-zA-Z]([ ,]|$)' | tr -d ' ,' | sort -u >"$TMP/help.short"
section OPTIONS | plain | grep -oE '(^|[ ,])-[a-zA-Z]([ ,]|$)' | tr -d ' ,' | sort -u >"$TMP/man.short"
if [ -s "$TMP/help.short" ] && cmp -s "$TMP/help.short" "$TMP/man.short"; then
	pass "the same short options in --help and the man page: $(tr '\n' ' ' <"$TMP/help.short")"
else
	fail "short options differ (< --help, > man page): $(diff "$TMP/help.short" "$TMP/man.short" | grep '^[<>]' | tr '\n' ' ')"
fi

# 3. Commands: every one in --help and in the code has a man page entry, and
# the man page documents no command the code does not have.
sed -n '/^Commands:/,/^Options:/p' "$TMP/help" |
	awk '/^  [a-z]/ { print $1; if ($2 == "|") print $3 }' | sort -u >"$TMP/help.cmds"
section COMMANDS | awk 'tp { print; tp = 0 } /^\.TP/ { tp = 1 }' | plain |
	sed 's/^\.[A-Z]* //' | awk '$1 ~ /^[a-z]+$/ { print $1 }' | sort -u >"$TMP/man.cmds"
# (the command table, as the program prints it for the completions)
"$SC_BIN" help --commands | cut -f1 | sort -u >"$TMP/code.cmds"
missing=$(comm -23 "$TMP/help.cmds" "$TMP/man.cmds" | tr '\n' ' ')
if [ -s "$TMP/help.cmds" ] && [ -z "$missing" ]; then
	pass "every command in --help has a man page entry: $(tr '\n' ' ' <"$TMP/help.cmds")"
else
	fail "commands in --help without a man page entry: $missing"
fi
if [ -s "$TMP/code.cmds" ] && cmp -s "$TMP/code.cmds" "$TMP/man.cmds"; then
	pass "the man page documents exactly the commands of src/cli.c"
else
	fail "commands differ (< src/cli.c, > man page): $(diff "$TMP/code.cmds" "$TMP/man.cmds" | grep '^[<>]' | tr '\n' ' ')"
fi

# Config keys, environment variables and exit statuses from the code.
keys=$(sed -n '/^static const struct config_key_info keys\[CFG_NKEYS\] = {/,/^};/p' src/config.c |
	grep -o '\] = { "[a-z_]*"' | grep -o '"[a-z_]*"' | tr -d '"')
section CONFIGURATION >"$TMP/man.config"
bad=
for k in $keys; do
	grep -q "^\\\\fB$k\\\\fR:" "$TMP/man.config" || bad="$bad $k"
done
if [ -n "$keys" ] && [ -z "$bad" ]; then pass "CONFIGURATION has every config key:" $keys
else fail "CONFIGURATION lacks config keys:$bad"; fi
# (SC_NOW, SC_STALL_MS, SC_TEST_READ_REPORT and SC_LOCALEDIR are read by test builds only: docs/testing.md)
vars=$(cat src/*.c | grep -oE '(getenv|xdg_dir)\("[A-Z_]+"' | grep -oE '[A-Z_]{3,}' |
	grep -vx -e SC_NOW -e SC_STALL_MS -e SC_TEST_READ_REPORT -e SC_LOCALEDIR | sort -u)
section ENVIRONMENT >"$TMP/man.env"
bad=
for v in $vars; do
	grep -qE "^\.BR? $v( |\$)" "$TMP/man.env" || bad="$bad $v"
done
if [ -n "$vars" ] && [ -z "$bad" ]; then pass "ENVIRONMENT has every variable the code reads:" $vars
else fail "ENVIRONMENT lacks:$bad"; fi
codes=$(sed -n 's/^[[:space:]]*EXIT_[A-Z]* = \([0-9]*\),.*/\1/p' include/diag.h)
section "EXIT STATUS" >"$TMP/man.exit"
bad=
for c in 0 $codes; do
	grep -qx "\.B $c" "$TMP/man.exit" || bad="$bad $c"
done
if [ -n "$codes" ] && [ -z "$bad" ]; then pass "EXIT STATUS has every exit code:" 0 $codes
else fail "EXIT STATUS lacks:$bad"; fi
if section EXAMPLES | grep -q 'stretchcoach status' && section EXAMPLES | grep -q 'status\\-right' &&
    section EXAMPLES | grep -q '^0 18 \* \* '; then
	pass "EXAMPLES has a tmux status-bar line and a crontab line"
else
	fail "EXAMPLES lacks the tmux or the crontab example"
fi

# 4. The guide's example: the JSON in docs/catalogue.md is docs/examples/physio.json.
awk '/^```json$/ && !done { on = 1; next } /^```$/ && on { on = 0; done = 1 } on' "$GUIDE" >"$TMP/guide.json"
if [ -s "$TMP/guide.json" ] && cmp -s "$TMP/guide.json" "$EXAMPLE"; then
	pass "the example in $GUIDE is $EXAMPLE, word for word"
else
	fail "the first JSON block of $GUIDE differs from $EXAMPLE"
fi

# The guide's programme (its second JSON block) added to the example validates too.
awk '/^```json$/ { n++; if (n == 2) { on = 1; next } } /^```$/ && on { on = 0 } on' "$GUIDE" >"$TMP/prog.json"
{ sed '$d' "$EXAMPLE"; echo ','; cat "$TMP/prog.json"; echo '}'; } >"$TMP/with-prog.json"
run_sc validate data/catalogue.json "$TMP/with-prog.json"
if [ -s "$TMP/prog.json" ] && [ "$rc" -eq 0 ] && [ ! -s "$TMP/err" ] &&
    grep -q ' 3 programmes, 0 warning' "$TMP/out"; then
	pass "the guide's programme validates with the example"
else
	fail "the guide's programme: rc $rc: $(cat "$TMP/err" "$TMP/out")"
fi

# It validates over the bundled catalogue, named on the command line as the guide says.
run_sc validate data/catalogue.json "$EXAMPLE"
if [ "$rc" -eq 0 ] && [ ! -s "$TMP/err" ] && grep -q '0 warnings' "$TMP/out"; then
	pass "validate data/catalogue.json $EXAMPLE: ok, no warnings"
else
	fail "validate data/catalogue.json $EXAMPLE: rc $rc: $(cat "$TMP/err" "$TMP/out")"
fi

# As a user catalogue on a fresh machine: the program installed as `make install`
# lays it out (bin/ and share/stretchcoach/), the example in ~/.config/stretchcoach.
mkdir -p "$TMP/usr/bin" "$TMP/usr/share/stretchcoach" "$XDG_CONFIG_HOME/stretchcoach"
cp "$SC_BIN" "$TMP/usr/bin/stretchcoach"
cp data/catalogue.json "$TMP/usr/share/stretchcoach/catalogue.json"
cp "$EXAMPLE" "$XDG_CONFIG_HOME/stretchcoach/catalogue.json"
SC_BIN=$TMP/usr/bin/stretchcoach
run_sc validate
if [ "$rc" -eq 0 ] && [ ! -s "$TMP/err" ] && [ "$(grep -c ': ok$' "$TMP/out")" -eq 2 ] &&
    grep -q "$XDG_CONFIG_HOME/stretchcoach/catalogue.json: ok" "$TMP/out"; then
	pass "validate: the bundled and the user catalogue (the example) are both ok"
else
	fail "validate with the example as user catalogue: rc $rc: $(cat "$TMP/err" "$TMP/out")"
fi
run_sc routines
if [ "$rc" -eq 0 ] && grep -q '^physio-back-plan ' "$TMP/out" && grep -q '^desk-break ' "$TMP/out"; then
	pass "routines lists the example's routine beside the bundled ones"
else
	fail "routines: rc $rc: $(cat "$TMP/err" "$TMP/out")"
fi
timeout 60 "$SC_BIN" run physio-back-plan --plain --speed 1000 --no-checkin \
	>"$TMP/out" 2>"$TMP/err" </dev/null
rc=$?
hist=$XDG_DATA_HOME/stretchcoach/history.jsonl
if [ "$rc" -eq 0 ] && grep -q '^Routine complete: Physio Back Plan' "$TMP/out" &&
    grep -q 'Prone Press-Up' "$TMP/out" && grep -q 'completed  4 of 4' "$TMP/out" &&
    grep -q '"routine":"physio-back-plan".*"quit":false' "$hist" 2>/dev/null; then
	pass "run physio-back-plan --plain --speed 1000: all 4 stretches done and logged"
else
	fail "run physio-back-plan: rc $rc: $(tail -n 5 "$TMP/out"; cat "$TMP/err")"
fi
# The guide works the routine out to 6:19, which the summary's "planned"
# shows and the history records as planned_s; the program must agree.
if grep -q 'planned 6:19' "$TMP/out" && grep -q 'planned 6:19' "$GUIDE" &&
    tail -n 1 "$hist" | grep -q '"planned_s":379,'; then
	pass "the routine takes 6:19, planned 6:19 and planned_s 379, as $GUIDE works out"
else
	fail "the guide says planned 6:19; the run says: $(grep planned "$TMP/out"; tail -n 1 "$hist")"
fi

finish
