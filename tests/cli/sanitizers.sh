#!/bin/sh
# The test build really runs under the sanitizers the suite counts on: the
# binary links AddressSanitizer, and a program built with the same flags
# (make print-sanflags, in the UBSan mode the binary was built in) is stopped
# by undefined behaviour, a heap overflow and a leak. With UBSAN=trap (the
# default) undefined behaviour ends the program with SIGILL; with
# UBSAN=report, UBSan names it. GCC's flags: with clang, ASan is linked in
# statically and the first check says so.
NAME=sanitizers
. "${SC_ROOT:-.}/tests/cli/lib.sh"

dyn=$(readelf -d "$SC_BIN" 2>/dev/null)
case $dyn in
*libasan*) pass "the test build links AddressSanitizer" ;;
*) fail "the test build links AddressSanitizer (readelf -d $SC_BIN names no libasan)" ;;
esac
mode=trap
case $dyn in *libubsan*) mode=report ;; esac
flags=$(cd "$SC_ROOT" && MAKEFLAGS='' MFLAGS='' MAKELEVEL='' make -s --no-print-directory print-sanflags UBSAN=$mode)
echo "# UBSAN=$mode: $flags"

# build NAME SOURCE: compile SOURCE with the test build's flags into $TMP/NAME
build() {
	printf '%s\n' "$2" >"$TMP/$1.c"
	# shellcheck disable=SC2086
	cc -std=c11 -O1 $flags -o "$TMP/$1" "$TMP/$1.c" 2>"$TMP/$1.cc" ||
		{ fail "cc $flags $1.c (the test build's flags) compiles"; cat "$TMP/$1.cc"; return 1; }
}
# stopped NAME WHAT PATTERN: the program fails, and its error output holds PATTERN
stopped() {
	"$TMP/$1" >"$TMP/$1.out" 2>&1
	st=$?
	if [ "$st" -ne 0 ] && grep -Eq -- "$3" "$TMP/$1.out"; then
		pass "$2 (status $st)"
	else
		fail "$2 (status $st)"
		head -n 5 "$TMP/$1.out"
	fi
}

# the overflow comes from argc, so the compiler cannot fold it away
build ub '#include <limits.h>
#include <stdio.h>
int main(int argc, char **argv) { int x = INT_MAX - 1 + argc; (void)argv; x += argc; printf("%d\n", x); return 0; }' &&
if [ $mode = trap ]; then
	"$TMP/ub" >"$TMP/ub.out" 2>&1
	st=$?
	# a shell reports death by SIGILL (4) as 128 + 4
	if [ "$st" -eq 132 ]; then pass "a signed overflow stops the program with SIGILL"; else fail "a signed overflow stops the program with SIGILL (status $st)"; fi
else
	stopped ub "UBSan names a signed overflow" "runtime error: signed integer overflow"
fi

build heap '#include <stdio.h>
#include <stdlib.h>
int main(int argc, char **argv) { char *p = calloc(7 + (size_t)argc, 1); (void)argv; p[7 + argc] = 1; printf("%d\n", p[7]); free(p); return 0; }' &&
stopped heap "AddressSanitizer stops a heap overflow" "heap-buffer-overflow"

build leak '#include <stdlib.h>
#include <stdio.h>
int main(void) { char *p = malloc(64); printf("%p\n", (void *)p); p = NULL; return 0; }' &&
stopped leak "LeakSanitizer reports a leak at exit" "detected memory leaks"
finish
