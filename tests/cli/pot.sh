#!/bin/sh
# `make pot` on a clean tree leaves po/stretchcoach.pot unchanged: every
# marked string of src/ is in the template, and the template has no date or
# line numbers that would change on their own.
NAME=pot
. "$SC_ROOT/tests/cli/lib.sh"

if ! command -v xgettext >/dev/null 2>&1; then
	fail "xgettext is installed (make deps)"
	finish
fi
make -s -C "$SC_ROOT" pot POT="$TMP/stretchcoach.pot" >"$TMP/make.log" 2>&1
check "make pot succeeds" test $? -eq 0 || cat "$TMP/make.log"
if diff -u "$SC_ROOT/po/stretchcoach.pot" "$TMP/stretchcoach.pot" >"$TMP/diff"; then
	pass "po/stretchcoach.pot is what make pot writes"
else
	fail "po/stretchcoach.pot is what make pot writes (run make po and translate)"
	head -n 40 "$TMP/diff"
fi
make -s -C "$SC_ROOT" pot POT="$TMP/again.pot" >/dev/null 2>&1
check "make pot writes the same template twice" cmp -s "$TMP/stretchcoach.pot" "$TMP/again.pot"
check "the template has no creation date" sh -c "! grep -q POT-Creation-Date '$TMP/stretchcoach.pot'"

# A translator comment on every message with a placeholder or a key letter
# (tests/translators.awk), but for the old ones tests/translators.todo lists
# (a list that only shrinks).
awk -f "$SC_ROOT/tests/translators.awk" "$TMP/stretchcoach.pot" | LC_ALL=C sort -u >"$TMP/uncommented"
grep -v '^#' "$SC_ROOT/tests/translators.todo" | LC_ALL=C sort -u >"$TMP/todo"
LC_ALL=C comm -23 "$TMP/uncommented" "$TMP/todo" >"$TMP/new"
LC_ALL=C comm -13 "$TMP/uncommented" "$TMP/todo" >"$TMP/stale"
check "every new message with a placeholder or a key letter has a TRANSLATORS comment ($(wc -l <"$TMP/new") without)" \
    test ! -s "$TMP/new"
sed 's/^/    no comment: /' "$TMP/new"
# (a line of the list whose message is gone or commented is only noted, so
# that branches changing messages merge; delete such lines when you see them)
sed 's/^/    note: tests\/translators.todo can lose this line: /' "$TMP/stale"

# The reordering example of docs/translating.md compiles, and is the one shown there.
check "docs/examples/reorder.po (%1\$s reordering) passes msgfmt --check" \
    msgfmt --check -o /dev/null "$SC_ROOT/docs/examples/reorder.po"
check "docs/translating.md shows the reordering example" \
    grep -qF "$(grep '^msgstr "Statt' "$SC_ROOT/docs/examples/reorder.po")" "$SC_ROOT/docs/translating.md"

# Every language is complete for the template: nothing untranslated or fuzzy.
for po in "$SC_ROOT"/po/*.po; do
	l=$(basename "$po" .po)
	msgmerge -q --no-wrap "$po" "$TMP/stretchcoach.pot" -o "$TMP/$l.po" 2>"$TMP/merge.log"
	untranslated=$(msgattrib --untranslated --no-obsolete "$TMP/$l.po" | grep -c '^msgid ')
	fuzzy=$(msgattrib --only-fuzzy --no-obsolete "$TMP/$l.po" | grep -c '^msgid ')
	# (msgattrib prints the header too when anything is left, so counts are one high)
	check "$l.po translates every message ($untranslated untranslated, $fuzzy fuzzy)" \
	    test "$untranslated" -eq 0 -a "$fuzzy" -eq 0
	check "$l.po passes msgfmt --check" msgfmt --check -o /dev/null "$po"
done
finish
