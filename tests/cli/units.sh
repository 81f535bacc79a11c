#!/bin/sh
# The systemd user service and the XDG autostart entry that make install
# puts in place: systemd-analyze verify and desktop-file-validate accept them
# (with the binary's path filled in as install does), and refuse a broken copy.
NAME=units
. "$SC_ROOT/tests/cli/lib.sh"

bindir=$(cd "$(dirname "$SC_BIN")" && pwd)
mkdir -p "$TMP/units" "$TMP/run"
chmod 700 "$TMP/run"
unit=$TMP/units/stretchcoach-remind.service
desk=$TMP/units/stretchcoach-remind.desktop
sed "s|@BINDIR@|$bindir|g" "$SC_ROOT/data/stretchcoach-remind.service.in" > "$unit"
sed "s|@BINDIR@|$bindir|g" "$SC_ROOT/data/stretchcoach-remind.desktop.in" > "$desk"

# verify UNIT: as a user unit where a user manager can be set up, else as a system unit
verify() {
	XDG_RUNTIME_DIR=$TMP/run systemd-analyze --user --man=no verify "$1" >"$TMP/verify.log" 2>&1 ||
	    systemd-analyze --man=no verify "$1" >>"$TMP/verify.log" 2>&1
}

if command -v systemd-analyze >/dev/null 2>&1; then
	verify "$unit"
	check "systemd-analyze verify accepts the user service" test $? -eq 0 || cat "$TMP/verify.log"
	check "it starts stretchcoach remind" grep -qx "ExecStart=$bindir/stretchcoach remind" "$unit"
	check "and is enabled for the user's session" grep -qx 'WantedBy=default.target' "$unit"
	sed 's|^ExecStart=.*|ExecStart=no-such-stretchcoach remind|' "$unit" > "$TMP/units/broken.service"
	check "and refuses one whose program is missing" sh -c "! systemd-analyze --man=no verify '$TMP/units/broken.service' >/dev/null 2>&1"
else
	echo "skip $NAME: systemd-analyze is not installed (make deps installs it)"
fi
if command -v desktop-file-validate >/dev/null 2>&1; then
	desktop-file-validate "$desk" >"$TMP/validate.log" 2>&1
	check "desktop-file-validate accepts the autostart entry" test $? -eq 0 -a ! -s "$TMP/validate.log" ||
	    cat "$TMP/validate.log"
	check "it runs stretchcoach remind without a terminal" sh -c "grep -qx 'Exec=$bindir/stretchcoach remind' '$desk' &&
	    grep -qx 'Terminal=false' '$desk'"
	sed 's/^Type=Application$/Type=Program/' "$desk" > "$TMP/units/broken.desktop"
	check "and refuses a broken one" sh -c "! desktop-file-validate '$TMP/units/broken.desktop' >/dev/null 2>&1"
else
	echo "skip $NAME: desktop-file-validate is not installed (make deps installs it)"
fi
finish
