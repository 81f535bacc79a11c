#!/bin/sh
# The linked cJSON must carry the fix for CVE-2023-26819 (numbers of 64 or
# more characters cut short or refused). Builds tests/tools/cjson_check.c
# against the cJSON that pkg-config names, as the program is built, and runs
# it; the check prints its own PASS or FAIL lines.
NAME=cjson_cve
. "${SC_ROOT:-.}/tests/cli/lib.sh"

PKG_CONFIG=${PKG_CONFIG:-pkg-config}
cflags=$($PKG_CONFIG --cflags libcjson 2>/dev/null)
libs=$($PKG_CONFIG --libs libcjson 2>/dev/null || echo -lcjson)
# shellcheck disable=SC2086
if ! ${CC:-cc} -std=c11 -Wall -Wextra $cflags -o "$TMP/cjson_check" \
    "$SC_ROOT/tests/tools/cjson_check.c" $libs -lm 2>"$TMP/cc.err"; then
	fail "tests/tools/cjson_check.c does not build against cJSON"
	cat "$TMP/cc.err"
	finish
fi
"$TMP/cjson_check" >"$TMP/out" 2>&1
rc=$?
cat "$TMP/out"
if [ "$rc" -ne 0 ]; then
	grep -q '^FAIL ' "$TMP/out" || fail "the check exited $rc"
	failures=$((failures + 1))
fi
# The binary under test must use that same library (no static or vendored copy
# built from another version).
if command -v ldd >/dev/null 2>&1 && ldd "$SC_BIN" 2>/dev/null | grep -q cjson; then
	want=$(ldd "$TMP/cjson_check" | sed -n 's/.*libcjson[^ ]* => \([^ ]*\).*/\1/p')
	got=$(ldd "$SC_BIN" | sed -n 's/.*libcjson[^ ]* => \([^ ]*\).*/\1/p')
	if [ "$want" = "$got" ]; then
		pass "stretchcoach loads the cJSON that was checked ($got)"
	else
		fail "stretchcoach loads $got, the check loaded $want"
	fi
fi
finish
