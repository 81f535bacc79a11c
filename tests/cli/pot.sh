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
# (tests/translators.awk), with no exemption.
awk -f "$SC_ROOT/tests/translators.awk" "$TMP/stretchcoach.pot" | LC_ALL=C sort -u >"$TMP/uncommented"
check "every message with a placeholder or a key letter has a TRANSLATORS comment ($(wc -l <"$TMP/uncommented") without)" \
    test ! -s "$TMP/uncommented"
sed 's/^/    no comment: /' "$TMP/uncommented"

# "(none)" stands for a command, a speech command and health conditions,
# which take different words in other languages (French aucune / aucun,
# Spanish ninguna / ninguno): each use carries its own msgctxt.
check "every \"(none)\" has a msgctxt" awk '/^msgid "\(none\)"$/ && prev !~ /^msgctxt / { bad = 1 }
    { prev = $0 } END { exit bad }' "$TMP/stretchcoach.pot"

# The reordering example of docs/translating.md compiles, and is the one shown there.
check "docs/examples/reorder.po (%1\$s reordering) passes msgfmt --check" \
    msgfmt --check -o /dev/null "$SC_ROOT/docs/examples/reorder.po"
check "docs/translating.md shows the reordering example" \
    grep -qF "$(grep '^msgstr "Statt' "$SC_ROOT/docs/examples/reorder.po")" "$SC_ROOT/docs/translating.md"
check "the French reordering that docs/translating.md quotes is po/fr.po's" \
    grep -qxF "$(sed -n 's/^  \(msgstr "Au plus .*\)$/\1/p' "$SC_ROOT/docs/translating.md")" "$SC_ROOT/po/fr.po"

# Every language is complete for the template: nothing untranslated or fuzzy.
# German, Spanish and French are the languages the project keeps whole.
for l in de es fr; do
	check "po/$l.po is there" test -f "$SC_ROOT/po/$l.po"
done
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
