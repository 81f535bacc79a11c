#!/bin/sh
# A history that cannot be written gives exit 74 with a clear message and loses nothing:
# a read-only directory, a read-only file in it, a symlink at the history path.
# Uses the histtool helper ($SC_HISTTOOL, default: beside $SC_BIN). As root, the writer
# runs as nobody (setpriv), since root ignores permissions.
set -u
name=history_readonly.sh
TOOL=${SC_HISTTOOL:-$(dirname "${SC_BIN:-build/stretchcoach}")/histtool}
fails=0
pass() { echo "PASS $name: $1"; }
fail() { echo "FAIL $name: $1"; fails=$((fails + 1)); }

if [ ! -x "$TOOL" ]; then
	fail "histtool not built at $TOOL (set SC_HISTTOOL)"
	exit 1
fi
as_user=
if [ "$(id -u)" -eq 0 ]; then
	if ! command -v setpriv >/dev/null 2>&1; then
		echo "SKIP $name: running as root without setpriv"
		exit 0
	fi
	as_user="setpriv --reuid=65534 --regid=65534 --clear-groups"
fi
tmp=$(mktemp -d) || exit 1
trap 'chmod -R u+w "$tmp" 2>/dev/null; rm -rf "$tmp"' EXIT INT TERM
chmod 755 "$tmp"
HOME=$tmp XDG_DATA_HOME=$tmp/data XDG_CONFIG_HOME=$tmp/config
export HOME XDG_DATA_HOME XDG_CONFIG_HOME
unset STRETCHCOACH_CATALOGUE
dir=$tmp/data/stretchcoach
file=$dir/history.jsonl
mkdir -p "$dir"

# A one-stretch routine that a preview (--speed 1000) finishes at once.
cat >"$tmp/quick.json" <<'JSON'
{"schema": 1,
 "stretches": [{"id": "reach", "name": "Reach", "kind": "static", "areas": ["shoulders"],
   "level": "gentle", "position": "standing", "time": ["morning", "evening"], "hold": 2,
   "sides": "none", "sets": 1, "steps": ["Reach up."]}],
 "routines": [{"id": "quick", "name": "Quick", "time": "any", "description": "x", "rest": 0,
   "items": [{"stretch": "reach"}]}]}
JSON

# Run the writer as the (unprivileged) owner of the files.
own() { [ -z "$as_user" ] || chown -R 65534:65534 "$tmp/data"; }
append() { timeout 20 $as_user "$TOOL" append "$1" 1 >"$tmp/out" 2>"$tmp/err"; }

# 1. Read-only directory, no history yet.
own
chmod 555 "$dir"
append "$file"; rc=$?
if [ $rc -eq 74 ]; then pass "read-only directory: exit 74"; else fail "read-only directory: exit $rc"; fi
if grep -qxF "stretchcoach: cannot save this session to history: $file: cannot open: Permission denied" "$tmp/err"; then
	pass "read-only directory: clear message"
else
	fail "read-only directory: message was: $(cat "$tmp/err")"
fi
[ ! -e "$file" ] && pass "read-only directory: no file made" || fail "read-only directory: a file appeared"

# 2. Read-only file with sessions in it, in a read-only directory.
chmod 755 "$dir"
timeout 20 "$TOOL" append "$file" 3 || fail "could not seed the history"
cp "$file" "$tmp/before"
own
chmod 444 "$file"
chmod 555 "$dir"
append "$file"; rc=$?
if [ $rc -eq 74 ]; then pass "read-only file: exit 74"; else fail "read-only file: exit $rc"; fi
grep -qxF "stretchcoach: cannot save this session to history: $file: cannot open: Permission denied" "$tmp/err" && pass "read-only file: clear message" ||
	fail "read-only file: message was: $(cat "$tmp/err")"
cmp -s "$file" "$tmp/before" && pass "read-only file: nothing lost" || fail "read-only file: contents changed"

# 3. A symbolic link at the history path is refused; its target is untouched.
chmod 755 "$dir"
rm -f "$file"
printf 'precious\n' >"$tmp/target"
ln -s "$tmp/target" "$file"
own
append "$file"; rc=$?
if [ $rc -eq 74 ]; then pass "symlink: exit 74"; else fail "symlink: exit $rc"; fi
grep -qxF "stretchcoach: cannot save this session to history: $file: is a symbolic link; refusing to write through it" "$tmp/err" && pass "symlink: clear message" ||
	fail "symlink: message was: $(cat "$tmp/err")"
[ "$(cat "$tmp/target")" = precious ] && pass "symlink: target untouched" || fail "symlink: target changed"

# 4. The real binary: the session runs, then the history write fails with exit 74.
if [ -x "${SC_BIN:-}" ]; then
	rm -f "$file"
	cp "$tmp/before" "$file"
	own
	chmod 444 "$file"
	chmod 555 "$dir"
	(timeout 30 $as_user "$SC_BIN" --plain --no-checkin --speed 1000 -c "$tmp/quick.json" \
		run quick </dev/null 2>&1; echo "rc=$?") | cat >"$tmp/bin.out"
	grep -qx "rc=74" "$tmp/bin.out" && pass "stretchcoach run: exit 74" ||
		fail "stretchcoach run: $(tail -n 3 "$tmp/bin.out")"
	grep -qxF "stretchcoach: cannot save this session to history: $file: cannot open: Permission denied" \
		"$tmp/bin.out" && pass "stretchcoach run: clear message" || fail "stretchcoach run: no clear message"
	grep -q "Routine complete" "$tmp/bin.out" && pass "stretchcoach run: the session still ran" ||
		fail "stretchcoach run: the session did not run"
	cmp -s "$file" "$tmp/before" && pass "stretchcoach run: nothing lost" || fail "stretchcoach run: file changed"
else
	echo "SKIP $name: stretchcoach run (no \$SC_BIN)"
fi

[ $fails -eq 0 ]
