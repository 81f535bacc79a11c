# pseudo.sh — the pseudo-locale "xx" for the pseudo-locale checks
# (tests/cli/pseudo.sh, tests/e2e/pseudo.sh). Source it after tests/locale.sh,
# then call `pseudo_ready DIR`: it returns 0 when DIR holds
#   locale/xx/LC_MESSAGES/stretchcoach.mo  every message of po/stretchcoach.pot
#                                          accented, marked ⟦…~⟧, 40 % longer
#   cat/catalogue.json, cat/catalogue.xx.json  the bundled catalogue and its
#                                          texts accented (tests/pseudo_catalogue.py)
#   allow                                  tests/pseudo.allow, the catalogue's ids
#                                          and levels
# and sets PSEUDO_ENV (words for env(1): a test build finds the catalogues
# through SC_LOCALEDIR; the messages need a UTF-8 locale other than C for
# LANGUAGE to count) and PSEUDO_CAT. Nothing of it is committed; it is made
# from the template each run, so a new message is checked the day it is added.
pseudo_ready() {
	pdir=$1
	for tool in msgen msgfmt python3; do
		command -v "$tool" >/dev/null 2>&1 || return 1
	done
	locales_ready "$pdir/locales" || return 1
	mkdir -p "$pdir/locale/xx/LC_MESSAGES" "$pdir/cat"
	msgen --no-wrap "$SC_ROOT/po/stretchcoach.pot" | awk -f "$SC_ROOT/tests/pseudo.awk" >"$pdir/xx.po" &&
	    msgfmt --check -o "$pdir/locale/xx/LC_MESSAGES/stretchcoach.mo" "$pdir/xx.po" 2>"$pdir/msgfmt.log" ||
	    { cat "$pdir/msgfmt.log" >&2; return 1; }
	cp "$SC_ROOT/data/catalogue.json" "$pdir/cat/catalogue.json"
	python3 "$SC_ROOT/tests/pseudo_catalogue.py" "$SC_ROOT/data/catalogue.json" xx >"$pdir/cat/catalogue.xx.json" ||
	    return 1
	{
		cat "$SC_ROOT/tests/pseudo.allow"
		python3 -c 'import json, sys
d = json.load(open(sys.argv[1]))
ids = set()
for k in ("stretches", "routines", "programmes"):
    for e in d.get(k, []):
        ids.add(e["id"])
        # what a user types after --level (areas and equipment have names of their own)
        ids.add(e.get("level", ""))
print("\n".join(sorted(i for i in ids if i)))' "$SC_ROOT/data/catalogue.json"
	} >"$pdir/allow"
	PSEUDO_CAT=$pdir/cat/catalogue.json
	PSEUDO_ENV="SC_LOCALEDIR=$pdir/locale LC_ALL=de_DE.UTF-8 LANGUAGE=xx STRETCHCOACH_CATALOGUE=$PSEUDO_CAT"
}

# pseudo_check WHAT FILE [WIDTH]: the findings in FILE (tests/pseudo_check.py), 0 when none.
pseudo_check() {
	python3 "$SC_ROOT/tests/pseudo_check.py" "$pdir/allow" "$@"
}
