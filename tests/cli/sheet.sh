#!/bin/sh
# sheet.sh — the home-exercise sheet: its HTML passes tidy, and headless
# Chromium renders it to PDF (through `sheet --pdf`) and PNG: the routine
# fits the pages it should, no stretch is split across pages, and every
# stretch's name, picture and cautions are in the PDF's text, in English and
# German. Needs tidy, chromium, poppler-utils (scripts/deps.sh).
NAME=sheet
. "$SC_ROOT/tests/cli/lib.sh"
. "$SC_ROOT/tests/locale.sh"

PY=/usr/bin/python3
[ -x "$PY" ] || PY=python3
for tool in tidy chromium pdftotext pdfinfo; do
	if ! command -v $tool >/dev/null 2>&1; then
		fail "$tool is not installed (scripts/deps.sh installs it)"
		finish
	fi
done
if ! locales_ready "$TMP/locales"; then
	fail "de_DE.UTF-8 can be made with localedef (make deps installs locales)"
	finish
fi
# Chromium keeps its profile and caches under HOME: the test's own
export TMPDIR="$TMP"

# sc LANG ARGS...: the binary in that language ("en": C.UTF-8)
sc() {
	l=$1
	shift
	case $l in
	de) env -u LANGUAGE LC_ALL=de_DE.UTF-8 "$SC_BIN" "$@" ;;
	*) env -u LANGUAGE LC_ALL=C.UTF-8 "$SC_BIN" "$@" ;;
	esac </dev/null
}

# sc_noleak LANG ARGS...: sc without LeakSanitizer's exit scan
sc_noleak() {
	(
		ASAN_OPTIONS="${ASAN_OPTIONS:+$ASAN_OPTIONS:}detect_leaks=0"
		export ASAN_OPTIONS
		sc "$@"
	)
}

# pdf_check LANG ROUTINE PDF MAXPAGES: every picture and caution present, no stretch split.
pdf_check() {
	l=$1 r=$2 pdf=$3 max=$4
	pages=$(pdfinfo "$pdf" 2>/dev/null | sed -n 's/^Pages: *//p')
	check "$l $r: $pages page(s), at most $max" [ "${pages:-99}" -le "$max" ]
	i=1
	while [ "$i" -le "${pages:-0}" ]; do
		pdftotext -layout -f "$i" -l "$i" "$pdf" "$TMP/page$i.txt" 2>/dev/null
		i=$((i + 1))
	done
	# the routine's stretches as show prints them, read once a language
	# (without LeakSanitizer's exit scan: tests/cli/commands.sh shows every
	# stretch with it, tests/cli/i18n.sh a German one)
	[ -s "$TMP/routines.json" ] || sc_noleak en routines --json >"$TMP/routines.json"
	ids=$("$PY" -c '
import json, sys
for r in json.load(open(sys.argv[2])):
    if r["id"] == sys.argv[1]:
        print("\n".join(r["items"]))' "$r" "$TMP/routines.json")
	mkdir -p "$TMP/show-$l"
	for s in $ids; do
		[ -s "$TMP/show-$l/$s.txt" ] || sc_noleak "$l" show "$s" >"$TMP/show-$l/$s.txt"
		cp "$TMP/show-$l/$s.txt" "$TMP/$s.txt"
	done
	check "$l $r: each stretch's name, picture lines and cautions on one page" "$PY" - \
	    "$TMP" "${pages:-0}" $ids <<'EOF'
import re, sys
tmp, pages, ids = sys.argv[1], int(sys.argv[2]), sys.argv[3:]
norm = lambda t: re.sub(r"\s+", " ", t).strip()
text = [open(f"{tmp}/page{i}.txt").read() for i in range(1, pages + 1)]
flat = [norm(t) for t in text]
assert ids, "no stretches"
for s in ids:
    show = open(f"{tmp}/{s}.txt").read().split("\n")
    name = show[0].rsplit("  (", 1)[0]
    art = [l[4:] for l in show[1:] if l.startswith("    ") and l.strip()]
    # the picture is the block after the first blank line, before "Steps"
    try:
        start = show.index("") + 1
        end = next(i for i in range(start, len(show)) if show[i] and not show[i].startswith("    "))
        art = [l[4:].rstrip() for l in show[start:end] if l.strip()]
    except (ValueError, StopIteration):
        art = []
    cautions = [l[4:] for l in show if l.startswith("  ! ")]
    where = [i for i, t in enumerate(flat) if norm(name) in t]
    assert where, f"{name} is on no page"
    p = where[0]
    for a in art:
        assert a.strip() in text[p] or norm(a) in flat[p], f"{s}: picture line {a!r} not on page {p + 1}"
    for c in cautions:
        assert norm(c) in flat[p], f"{s}: caution {c!r} not on page {p + 1} with its name"
    print(f"{s}: page {p + 1}, {len(art)} picture lines, {len(cautions)} cautions")
EOF
}

# --- HTML ---------------------------------------------------------------------
sc en sheet evening-unwind -o "$TMP/en.html" 2>"$TMP/err"
check "sheet evening-unwind -o FILE: exit 0, silent" sh -c "[ $? -eq 0 ] && [ ! -s '$TMP/err' ]"
tidy -errors -q "$TMP/en.html" >"$TMP/tidy" 2>&1
check "tidy -errors: no errors in the HTML" sh -c "[ $? -eq 0 ] && [ ! -s '$TMP/tidy' ]" || cat "$TMP/tidy"
check "self-contained: no script, no link, nothing fetched" \
    sh -c "! grep -Eqi '<script|<link|<img|src=|url\\(|https?:' '$TMP/en.html'"
check "a print stylesheet that keeps a stretch on one page" grep -q 'break-inside:avoid' "$TMP/en.html"
sc en sheet evening-unwind >"$TMP/stdout.html"
check "without -o: the same page on standard output" cmp -s "$TMP/en.html" "$TMP/stdout.html"
sc de sheet evening-unwind -o "$TMP/de.html"
check "German: the page says so" grep -q '<html lang="de">' "$TMP/de.html"
check "German: the heading in German" grep -q 'Übungen für zu Hause' "$TMP/de.html"
tidy -errors -q "$TMP/de.html" >"$TMP/tidy" 2>&1
check "tidy -errors: no errors in the German HTML" sh -c "[ $? -eq 0 ] && [ ! -s '$TMP/tidy' ]"

# hostile catalogue text is escaped
cat >"$TMP/bad.json" <<'EOF'
{"schema": 1,
 "stretches": [{"id": "odd", "name": "<script>alert(1)</script>", "kind": "static",
   "areas": ["neck"], "level": "gentle", "position": "seated", "time": ["morning"],
   "hold": 20, "steps": ["Sit tall & still"], "cautions": ["<b>bold</b>"],
   "art": ["  o  ", " /|\\ <i>"]}],
 "routines": [{"id": "odd-one", "name": "Odd \"one\"", "items": [{"stretch": "odd"}]}]}
EOF
sc en --catalogue "$TMP/bad.json" sheet odd-one -o "$TMP/bad.html"
check "catalogue markup is escaped" sh -c "! grep -Eq '<script|<b>|<i>' '$TMP/bad.html'"
check "... and shown as text" grep -q '&lt;script&gt;alert(1)&lt;/script&gt;' "$TMP/bad.html"
tidy -errors -q "$TMP/bad.html" >/dev/null 2>&1
check "tidy: the hostile page is still valid" [ $? -eq 0 ]

# the person's conditions and adaptations
mkdir -p "$XDG_CONFIG_HOME/stretchcoach"
echo '{"conditions": ["hip-replacement"], "kneel": false}' >"$XDG_CONFIG_HOME/stretchcoach/config.json"
sc en sheet evening-unwind -o "$TMP/mine.html"
check "conditions on the sheet" grep -q 'Your conditions: hip-replacement' "$TMP/mine.html"
check "no kneeling on the sheet" grep -q 'No kneeling.' "$TMP/mine.html"
check "what was changed, and why" grep -q 'class="adapted"' "$TMP/mine.html"
rm "$XDG_CONFIG_HOME/stretchcoach/config.json"

# errors
sc en sheet evening-unwnd >/dev/null 2>"$TMP/err"
check "a mistyped routine: exit 2" [ $? -eq 2 ]
check "... with the nearest id" grep -q "did you mean evening-unwind?" "$TMP/err"
sc en sheet evening-unwind -o "$TMP/no/such/dir/x.html" 2>"$TMP/err"
check "an unwritable -o: exit 74" [ $? -eq 74 ]
check "... naming the file" grep -q "cannot write $TMP/no/such/dir/x.html" "$TMP/err"
env PATH=/nonexistent STRETCHCOACH_CHROMIUM= LC_ALL=C.UTF-8 "$SC_BIN" sheet evening-unwind --pdf \
    -o "$TMP/x.pdf" </dev/null 2>"$TMP/err"
check "--pdf without Chromium: exit 69" [ $? -eq 69 ]
check "... saying what to do" grep -q "print it from a browser" "$TMP/err"

# --- PDF and PNG through Chromium ---------------------------------------------
sc en sheet evening-unwind --pdf -o "$TMP/en.pdf"
check "sheet --pdf: exit 0" [ $? -eq 0 ]
check "sheet --pdf: a PDF" sh -c "head -c 5 '$TMP/en.pdf' | grep -q '%PDF-'"
pdf_check en evening-unwind "$TMP/en.pdf" 2
check "English: the safety tiers" sh -c "pdftotext '$TMP/en.pdf' - | grep -q 'Emergency: call'"
sc de sheet evening-unwind --pdf >"$TMP/de.pdf"
check "sheet --pdf to standard output: a PDF" sh -c "head -c 5 '$TMP/de.pdf' | grep -q '%PDF-'"
pdf_check de evening-unwind "$TMP/de.pdf" 2
check "German: the safety tiers in German" sh -c "pdftotext '$TMP/de.pdf' - | grep -q 'Notruf'"
sc en sheet morning-full --pdf -o "$TMP/full.pdf"
pdf_check en morning-full "$TMP/full.pdf" 4

# the page forces no paper size: Chromium prints on Letter above; A4 fits too
chrome() {
	timeout 120 chromium --headless --disable-gpu --no-first-run \
	    $( [ "$(id -u)" -eq 0 ] && echo --no-sandbox ) --user-data-dir="$TMP/profile" "$@" \
	    >/dev/null 2>&1
}
check "the German page prints on Letter" sh -c "pdfinfo '$TMP/de.pdf' | grep -q 'Page size:.*(letter)'"
sed 's/@page{/@page{size:A4;/' "$TMP/de.html" >"$TMP/de-a4.html"
chrome --no-pdf-header-footer --print-to-pdf-no-header --print-to-pdf="$TMP/de-a4.pdf" "file://$TMP/de-a4.html"
check "... and on A4" sh -c "pdfinfo '$TMP/de-a4.pdf' | grep -q 'Page size:.*(A4)'"
pdf_check de evening-unwind "$TMP/de-a4.pdf" 2

chrome --window-size=900,1300 --screenshot="$TMP/en.png" "file://$TMP/en.html"
check "Chromium renders the page to PNG" sh -c "head -c 8 '$TMP/en.png' | grep -q PNG"
[ -n "$SHEET_KEEP" ] && cp "$TMP"/*.png "$TMP"/*.pdf "$TMP"/*.html "$SHEET_KEEP"/ 2>/dev/null
finish
