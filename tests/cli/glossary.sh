#!/bin/sh
# Every language keeps its key terms: for each po/LANG.glossary (format in
# docs/translating.md), every message of po/LANG.po and every text of
# data/catalogue.LANG.json whose English has a glossary term has that term's
# translation (tests/glossary.py); a glossary line that is not
# "english<TAB>translation[|other...]" fails too. A language without a
# glossary is not checked; a glossary without its po or catalogue checks what is there.
NAME=glossary
. "$SC_ROOT/tests/cli/lib.sh"

if ! command -v python3 >/dev/null 2>&1; then
	fail "python3 is installed (make deps)"
	finish
fi
n=0
for g in "$SC_ROOT"/po/*.glossary; do
	[ -e "$g" ] || continue
	n=$((n + 1))
	l=$(basename "$g" .glossary)
	python3 "$SC_ROOT/tests/glossary.py" "$SC_ROOT" "$l" >"$TMP/$l.out" 2>&1
	rc=$?
	if [ $rc -eq 0 ]; then
		pass "$l: every text keeps the glossary's terms ($(tail -n 1 "$TMP/$l.out"))"
	else
		fail "$l: every text keeps the glossary's terms ($(tail -n 1 "$TMP/$l.out"))"
		head -n 40 "$TMP/$l.out"
	fi
done
for l in de es fr; do
	check "po/$l.glossary is there" test -f "$SC_ROOT/po/$l.glossary"
done
check "there is a glossary for each translated language ($n)" test "$n" -ge 3

# the check itself: a translation against its glossary fails, a bad line fails
mkdir -p "$TMP/root/po" "$TMP/root/data"
printf '{"schema": 1, "stretches": [], "routines": [], "programmes": []}\n' >"$TMP/root/data/catalogue.json"
cat >"$TMP/root/po/xx.po" <<'EOP'
msgid ""
msgstr "Content-Type: text/plain; charset=UTF-8\n"

msgid "Breathe in"
msgstr "Inspira"

msgid "Evening routines"
msgstr "Rutinas de noche"

msgid "Try: stretchcoach run evening-unwind"
msgstr "Prueba: stretchcoach run evening-unwind"
EOP
printf '# a comment\n\nbreathe in\tinhal\nevening\tnoche\n' >"$TMP/root/po/xx.glossary"
python3 "$SC_ROOT/tests/glossary.py" "$TMP/root" xx >"$TMP/xx.out" 2>&1
check "a message against the glossary fails (Inspira for Breathe in)" \
    sh -c "test $? -eq 1 && grep -q \"'breathe in' should be 'inhal'\" '$TMP/xx.out' && grep -q 'misses 1\$' '$TMP/xx.out'"
printf 'breathe in inhal\n' >"$TMP/root/po/xx.glossary"
python3 "$SC_ROOT/tests/glossary.py" "$TMP/root" xx >"$TMP/xx.out" 2>&1
check "a glossary line without a tab fails" sh -c "test $? -eq 1 && grep -q 'xx.glossary:1: not' '$TMP/xx.out'"
finish
