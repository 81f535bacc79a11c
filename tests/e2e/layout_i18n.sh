#!/bin/sh
# layout_i18n.sh — German, Spanish and French screens keep what matters in small
# terminals: the session's key bar at 50x15 keeps "h" (it hurts), help and
# quit, each with its word (keys that do not fit whole go; ? lists them), and Build's
# stretch rows at 80x24 keep their time column whole (the dose is last).
# Runs from the build tree: LANG=C.UTF-8 with LANGUAGE needs no locale made.
NAME=layout_i18n
. "$(dirname "$0")/lib.sh"

# the total line of Build is on the screen and not cut with an ellipsis
total_whole() {
	screen | grep -E '^ (Gesamt|Total) ' | grep -qv '…'
}

for l in de es fr; do
	E2E_ENV="LANGUAGE=$l"
	start 50 15 --no-checkin -c "$E2E_CAT" run e2e-flow
	wait_for 'Test Short' 5
	bar=$(screen | tail -n 1)
	for k in h '?' q; do
		check "$l 50x15: the key bar keeps $k ($bar)" sh -c "printf ' %s \n' '$bar' | grep -qF ' $k '"
	done
	check "$l 50x15: no key without its word ($bar)" sh -c "! printf ' %s \n' '$bar' | grep -q '  [a-z+?]  '"
	check "$l 50x15: help keeps its word ($bar)" sh -c "printf '%s\n' '$bar' | grep -q '? '"
	check "$l 50x15: the key bar fits" [ "$(printf '%s' "$bar" | wc -m)" -le 50 ]
	keys q y
	wait_rc 5 >/dev/null || true

	start 80 24
	wait_for '^  1  ' 5
	keys 4
	wait_for '^ +1\. ' 5
	rows=$(screen | grep -E '^ +[0-9]+\. ')
	check "$l 80x24 Build: every stretch row shows its time whole" \
	    sh -c 'printf "%s\n" "$1" | grep -Ev "  [0-9]+:[0-9][0-9]  " | grep -q . && exit 1; exit 0' - "$rows"
	check "$l 80x24 Build: the total line is not cut" total_whole
	keys q
	wait_for '^  1  ' 5
	keys q
	wait_rc 5 >/dev/null || true
done
E2E_ENV=

# a Latin-1 German locale: the screens write the umlauts out (ü as ue), never '?'
mkdir -p "$tmp/loc"
if localedef -i de_DE -f ISO-8859-1 "$tmp/loc/de_DE" >/dev/null 2>&1 || [ -d "$tmp/loc/de_DE" ]; then
	E2E_ENV="LOCPATH=$tmp/loc LANG=de_DE"
	start 80 24
	check "Latin-1 de_DE: the menu in German, umlauts written out" wait_for 'Zu deinem Ruecken' 5
	# (the key bar's own ? stands alone)
	check "Latin-1 de_DE: no umlaut shown as '?'" off_screen '[[:alpha:]]\?|\?[[:alpha:]]'
	keys q
	wait_rc 5 >/dev/null || true
	E2E_ENV=
else
	fail "localedef makes a Latin-1 de_DE locale"
fi
finish
