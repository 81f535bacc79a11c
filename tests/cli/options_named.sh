#!/bin/sh
# A message never names an option that does not exist: every --option in a
# msgid of po/stretchcoach.pot is one of the long options of src/cli.c, and
# no message builds an option's name from a placeholder ("--%s"), which no
# one could check.
NAME=options_named.sh
. "$SC_ROOT/tests/cli/lib.sh"

# The long options the command line accepts, as typed: --catalogue, --help, ...
sed -n '/^static const struct option long_opts/,/^};/p' "$SC_ROOT/src/cli.c" |
	sed -n 's/^[[:space:]]*{ "\([a-z-]*\)",.*/--\1/p' | LC_ALL=C sort -u >"$TMP/accepted"
check "src/cli.c lists the long options ($(wc -l <"$TMP/accepted"))" test "$(wc -l <"$TMP/accepted")" -gt 20

# The message texts only (msgid, msgid_plural and their continuation lines), not the comments.
awk '/^msgid/ { on = 1 } /^msgstr/ { on = 0 } on' "$SC_ROOT/po/stretchcoach.pot" >"$TMP/msgids"
grep -o -- '--[a-z][a-z-]*' "$TMP/msgids" | sed 's/-*$//' | LC_ALL=C sort -u >"$TMP/named"
check "the messages name options ($(wc -l <"$TMP/named"))" test -s "$TMP/named"
LC_ALL=C comm -23 "$TMP/named" "$TMP/accepted" >"$TMP/unknown"
check "every option a message names is one the command line accepts ($(tr '\n' ' ' <"$TMP/unknown"))" \
    test ! -s "$TMP/unknown"
check "no message makes an option's name from a placeholder (--%s)" \
    sh -c "! grep -q -- '--%' '$TMP/msgids'"

# What build says of a bad list names the option as it was typed.
run_sc build --with ',towel'
check "build --with ',towel' names --with" grep -q -- "--with takes one or more names" "$TMP/err"
check "... and no --equipment" sh -c "! grep -q -- '--equipment' '$TMP/err'"
run_sc build --without 'rope'
check "build --without rope: a whole sentence naming the equipment" \
    grep -q "no equipment is called 'rope'" "$TMP/err"
run_sc build --area 'knees'
check "build --area knees: a whole sentence naming the area" grep -q "no body area is called 'knees'" "$TMP/err"
finish
