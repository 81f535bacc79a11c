#!/bin/sh
# deb.sh — `make deb` builds a Debian package that lintian passes with no
# error or warning; the package installs on this machine, the installed
# program answers --version and list and its man page is found, and it
# removes cleanly. Needs root (or sudo -n) and debhelper, dpkg-dev, lintian
# (scripts/deps.sh); it never touches a stretchcoach package already installed.
NAME=deb
. "$SC_ROOT/tests/cli/lib.sh"

for tool in dpkg-buildpackage dh lintian apt-get; do
	if ! command -v $tool >/dev/null 2>&1; then
		fail "$tool is not installed (scripts/deps.sh installs it)"
		finish
	fi
done
as_root=
if [ "$(id -u)" -ne 0 ]; then
	if sudo -n true 2>/dev/null; then as_root="sudo -n"
	else
		fail "installing the package needs root or sudo -n"
		finish
	fi
fi
if dpkg-query -W -f '${Status}' stretchcoach 2>/dev/null | grep -q installed; then
	fail "a stretchcoach package is installed already; this test leaves it alone"
	finish
fi
# apt waits for a dpkg lock that another install holds, instead of failing
APT="$as_root env DEBIAN_FRONTEND=noninteractive apt-get -y -q -o DPkg::Lock::Timeout=300"

out=$TMP/o
(cd "$SC_ROOT" && git status --porcelain) >"$TMP/before" 2>/dev/null
# The build is most of this test's CPU: -O0 (noopt; how fast the packaged
# program runs is not checked here, and dpkg-buildflags keeps the hardening
# flags lintian looks for), on two cores.
DEB_BUILD_OPTIONS="${DEB_BUILD_OPTIONS:+$DEB_BUILD_OPTIONS }noopt parallel=2" \
    make -s -C "$SC_ROOT" deb O="$out" >"$TMP/make.log" 2>&1
check "make deb: builds and lintian passes (--fail-on error,warning)" [ $? -eq 0 ] ||
	tail -30 "$TMP/make.log"
deb=$(ls "$out"/deb/stretchcoach_*_*.deb 2>/dev/null | head -1)
check "make deb: a .deb under O/deb" [ -f "$deb" ]
[ -f "$deb" ] || finish
# make deb ran lintian --info on the .changes: its tags are in the make log
grep -E '^[EWIN]: ' "$TMP/make.log" >"$TMP/lintian"
check "lintian: no E: or W: tags" sh -c "! grep -E '^[EW]: ' '$TMP/lintian'" || cat "$TMP/lintian"
(cd "$SC_ROOT" && git status --porcelain) >"$TMP/after" 2>/dev/null
check "the build leaves nothing in the source tree that git sees" cmp -s "$TMP/before" "$TMP/after"
dpkg-deb -c "$deb" | awk '{ print $6 }' >"$TMP/files"
for f in usr/bin/stretchcoach usr/share/stretchcoach/catalogue.json usr/share/stretchcoach/catalogue.de.json \
    usr/share/man/man1/stretchcoach.1.gz usr/share/locale/de/LC_MESSAGES/stretchcoach.mo \
    usr/share/locale/es/LC_MESSAGES/stretchcoach.mo usr/share/locale/fr/LC_MESSAGES/stretchcoach.mo \
    usr/share/bash-completion/completions/stretchcoach \
    usr/share/zsh/vendor-completions/_stretchcoach usr/share/fish/vendor_completions.d/stretchcoach.fish \
    usr/share/doc/stretchcoach/copyright; do
	check "the package holds /$f" grep -qx "./$f" "$TMP/files"
done
dpkg-deb -f "$deb" Depends >"$TMP/depends"
check "Depends from the shared libraries (ncursesw, cJSON)" grep -q 'libcjson1.*libncursesw6' "$TMP/depends"

# --- install, use, remove -----------------------------------------------------
trap '$APT purge stretchcoach >/dev/null 2>&1; rm -rf "$TMP"' EXIT
$APT install "$deb" >"$TMP/apt.log" 2>&1
check "apt-get installs the .deb" [ $? -eq 0 ] || tail -20 "$TMP/apt.log"
(cd / && /usr/bin/stretchcoach --version >"$TMP/out" 2>&1 </dev/null)
check "stretchcoach --version: $(cat "$TMP/out")" grep -qx 'stretchcoach [0-9][0-9.]*' "$TMP/out"
(cd / && /usr/bin/stretchcoach list >"$TMP/out" 2>"$TMP/err" </dev/null)
check "stretchcoach list: the installed catalogue" grep -q '^childs-pose ' "$TMP/out"
(cd / && /usr/bin/stretchcoach config >"$TMP/out" 2>&1 </dev/null)
check "it reads /usr/share/stretchcoach, not the source tree" grep -Eq '/usr(/bin/\.\.)?/share/stretchcoach/catalogue\.json' "$TMP/out"
(cd / && /usr/bin/stretchcoach sheet evening-unwind >"$TMP/out" 2>&1 </dev/null)
check "the installed program writes a sheet" grep -q '<h1 class="title">Evening Unwind</h1>' "$TMP/out"
check "man -w stretchcoach: the installed page" [ "$(man -w stretchcoach 2>/dev/null)" = /usr/share/man/man1/stretchcoach.1.gz ]
$APT purge stretchcoach >"$TMP/apt.log" 2>&1
check "apt-get purge removes it" [ $? -eq 0 ]
check "nothing left: no binary" [ ! -e /usr/bin/stretchcoach ]
check "nothing left: no data directory" [ ! -e /usr/share/stretchcoach ]
check "nothing left: no doc directory" [ ! -e /usr/share/doc/stretchcoach ]
check "dpkg no longer knows it" sh -c "! dpkg-query -W -f '\${Status}' stretchcoach 2>/dev/null | grep -q installed"
finish
