#!/bin/sh
# ascii.sh — a locale without UTF-8 gets ASCII bars, lines and digits.
NAME=ascii
. "$(dirname "$0")/lib.sh"

only_ascii() {
	[ "$(screen | LC_ALL=C tr -d ' -~\n' | wc -c)" -eq 0 ]
}

E2E_ENV="LANG=C LC_ALL=C" start 80 24 --no-checkin -c "$E2E_CAT" morning
wait_for 'E2E Morning' 5
check "C locale: the menu is plain ASCII" only_ascii
check "C locale: ASCII rule under the title" on_screen '^-{20}'
keys Enter
check "C locale: the session runs" wait_for 'Breathe (in|out)' 10
check "C locale: the session screen is plain ASCII" only_ascii
check "C locale: big digits drawn with #" [ -n "$(bigcount)" ]
check "C locale: ASCII bars" on_screen 'Progress +#*-+ '
keys q
wait_for 'End this session now' 5
check "C locale: the quit box is ASCII" only_ascii
keys y
wait_for 'Session ended early' 5
keys q
rc=$(wait_rc 5)
check "C locale: exit 0" [ "$rc" = 0 ]
finish
