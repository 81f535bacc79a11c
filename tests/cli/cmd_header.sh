#!/bin/sh
# include/cmd.h declares the commands and nothing else: each declaration in
# it is `int cmd_X(const struct cli *cli);` for a function a row of the
# command table (src/cli.c) runs, and each function the table runs is
# declared there (cmd_help, the table's own, in src/cli_int.h). What the
# commands share is in src/cmd_int.h and the app layer (include/app.h).
NAME=cmd_header.sh
. "${SC_ROOT:-.}/tests/cli/lib.sh"
cd "$SC_ROOT" || exit 1

# the functions the table's rows run: { "name", CMD_X, function, ...
sed -n 's/^[[:space:]]*{ "[a-z-]*", CMD_[A-Z_]*, \([a-z_]*\),.*/\1/p' src/cli.c | sort -u >"$TMP/table"
check "the command table names its functions" [ -s "$TMP/table" ]

# cmd.h without comments and preprocessor lines, one declaration a line
if ! ${CC:-cc} -fpreprocessed -dD -E -P include/cmd.h 2>"$TMP/cpp.err" | grep -v '^#' |
    tr '\n\t' '  ' | tr ';' '\n' | sed 's/^ *//; s/  */ /g; s/ *$//' | grep -v '^$' >"$TMP/decls"; then
	fail "cmd.h could not be read through the preprocessor: $(cat "$TMP/cpp.err")"
fi
check "cmd.h declares something" [ -s "$TMP/decls" ]
while read -r d; do
	f=$(printf '%s\n' "$d" | sed -n 's/^int \(cmd_[a-z_]*\)(const struct cli \*cli)$/\1/p')
	if [ -z "$f" ]; then
		fail "cmd.h declares what is not a command: '$d' (put it in src/cmd_int.h or include/app.h)"
	elif ! grep -qx "$f" "$TMP/table"; then
		fail "cmd.h declares $f, which no row of the command table (src/cli.c) runs"
	else
		echo "$f" >>"$TMP/declared"
	fi
done <"$TMP/decls"
while read -r f; do
	[ "$f" = cmd_help ] && continue
	grep -qx "$f" "$TMP/declared" 2>/dev/null || fail "the table runs $f, which cmd.h does not declare"
done <"$TMP/table"
[ "$failures" -eq 0 ] && pass "cmd.h declares the $(wc -l <"$TMP/declared") commands of the table and nothing else"
finish
