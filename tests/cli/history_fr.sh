#!/bin/sh
# `stretchcoach history` in French: the month over the heat-map is the French
# one even where it takes more bytes than columns (Déc), and the row of the
# most used routines is French too.
NAME=history_fr.sh
. "$SC_ROOT/tests/cli/lib.sh"
tmp=$TMP
mkdir -p "$tmp/data/stretchcoach" "$tmp/config"
for d in 2026-10-20 2026-11-10 2026-12-01 2026-12-06; do
	printf '{"v":1,"routine":"desk-break","started":"%sT08:00:00+00:00",' "$d"
	printf '"ended":"%sT08:04:00+00:00","planned_s":240,"active_s":240,' "$d"
	printf '"completed":["shoulder-rolls"],"skipped":[],"hurt":[],"quit":false,"speed":1,'
	printf '"tension_before":8,"tension_after":7}\n'
done >"$tmp/data/stretchcoach/history.jsonl"
(cd / && env -u LC_ALL LANG=C.UTF-8 LANGUAGE=fr XDG_DATA_HOME="$tmp/data" \
    XDG_CONFIG_HOME="$tmp/config" SC_NOW='2026-12-07 08:30' TZ=UTC \
    "$SC_BIN" history >"$tmp/out" 2>"$tmp/err" </dev/null)
rc=$?
[ $rc -eq 0 ] && grep -q '^    Sep Oct  *Nov  *Déc$' "$tmp/out" && pass "fr: French months" ||
	fail "fr: French months: rc $rc, $(sed -n 3p "$tmp/out")"
grep -q '^Préférées ' "$tmp/out" && pass "fr: the most used row" ||
	fail "fr: the most used row: $(grep -n 'Pause bureau' "$tmp/out")"
finish
