#!/bin/sh
# make install into a temporary DESTDIR: the installed binary finds its
# catalogue without the source tree; make uninstall removes exactly that.
NAME=install
. "$SC_ROOT/tests/cli/lib.sh"

stage=$TMP/stage
prefix=/usr/local
make -s -C "$SC_ROOT" install DESTDIR="$stage" PREFIX="$prefix" >"$TMP/make.log" 2>&1
check "make install succeeds" test $? -eq 0 || cat "$TMP/make.log"
bin=$stage$prefix/bin/stretchcoach
for f in bin/stretchcoach share/stretchcoach/catalogue.json share/man/man1/stretchcoach.1 \
    share/bash-completion/completions/stretchcoach share/zsh/site-functions/_stretchcoach \
    share/fish/vendor_completions.d/stretchcoach.fish share/doc/stretchcoach/catalogue.md \
    share/doc/stretchcoach/physio.json share/doc/stretchcoach/translating.md share/locale/de/LC_MESSAGES/stretchcoach.mo \
    share/locale/es/LC_MESSAGES/stretchcoach.mo share/locale/fr/LC_MESSAGES/stretchcoach.mo \
    lib/systemd/user/stretchcoach-remind.service \
    share/stretchcoach/stretchcoach-remind.desktop; do
	check "installs $f" test -f "$stage$prefix/$f"
done
# every translation of the catalogue, beside it
for f in "$SC_ROOT"/data/catalogue.*.json; do
	[ -f "$f" ] || continue
	check "installs share/stretchcoach/${f##*/}" cmp -s "$f" "$stage$prefix/share/stretchcoach/${f##*/}"
done

check "the user service runs the installed binary" grep -qx "ExecStart=$prefix/bin/stretchcoach remind" \
    "$stage$prefix/lib/systemd/user/stretchcoach-remind.service"
check "so does the autostart entry" grep -qx "Exec=$prefix/bin/stretchcoach remind" \
    "$stage$prefix/share/stretchcoach/stretchcoach-remind.desktop"

# Run it from somewhere else, with no source tree to lean on.
(cd / && "$bin" list >"$TMP/out" 2>"$TMP/err")
check "the installed binary lists the installed catalogue" grep -q '^childs-pose ' "$TMP/out"
(cd / && "$bin" config >"$TMP/out" 2>&1)
check "it names the installed catalogue" grep -q "$stage$prefix/bin/../share/stretchcoach/catalogue.json" "$TMP/out"
(cd / && "$bin" run desk-break --plain --speed 1000 --no-checkin >"$TMP/out" 2>&1)
check "it runs a routine to the end" grep -q 'Routine complete' "$TMP/out"

make -s -C "$SC_ROOT" uninstall DESTDIR="$stage" PREFIX="$prefix" >"$TMP/make.log" 2>&1
check "make uninstall succeeds" test $? -eq 0
left=$(find "$stage" -type f | wc -l)
check "uninstall removes every installed file ($left left)" test "$left" -eq 0
finish
