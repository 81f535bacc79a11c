#!/bin/sh
# Install (or check for) what stretchcoach needs to build, test and bench.
#
#   scripts/deps.sh            install build + test dependencies
#   scripts/deps.sh --check    exit 0 when everything for build + test is present
#   scripts/deps.sh --bench    also install the peers and tools `make bench` uses
#
# Uses the system package manager: apt-get (Debian/Ubuntu), dnf (Fedora),
# pacman (Arch) or brew (macOS). When it cannot run the command itself (not
# root and no sudo), it prints the exact command to run.
set -u

mode=install
case "${1:-}" in
--check) mode=check ;;
--bench) mode=bench ;;
"") ;;
*) echo "usage: scripts/deps.sh [--check|--bench]" >&2; exit 2 ;;
esac

PKG_CONFIG=${PKG_CONFIG:-pkg-config}

have_all() {
	command -v "${CC:-cc}" >/dev/null 2>&1 || return 1
	command -v "$PKG_CONFIG" >/dev/null 2>&1 || return 1
	"$PKG_CONFIG" --exists ncursesw || return 1
	"$PKG_CONFIG" --exists cmocka || return 1
	# libcjson ships a .pc on most systems; fall back to the header.
	"$PKG_CONFIG" --exists libcjson ||
		[ -f /usr/include/cjson/cJSON.h ] ||
		[ -f /usr/local/include/cjson/cJSON.h ] || return 1
	# sounds (optional for the build, but the tests build with it) and desktop notifications
	"$PKG_CONFIG" --exists libcanberra || return 1
	for tool in tmux clang valgrind script groff mandoc espeak-ng notify-send \
	    xgettext msgfmt msgmerge localedef tidy chromium pdftotext \
	    systemd-analyze desktop-file-validate Xvfb; do
		command -v "$tool" >/dev/null 2>&1 || return 1
	done
	# the .ics test reads the calendar with python3-icalendar; the package test builds a .deb
	/usr/bin/python3 -c 'import icalendar' >/dev/null 2>&1 ||
		python3 -c 'import icalendar' >/dev/null 2>&1 || return 1
	if command -v apt-get >/dev/null 2>&1; then
		for tool in dpkg-buildpackage dh lintian fakeroot; do
			command -v "$tool" >/dev/null 2>&1 || return 1
		done
	fi
	# the German, Spanish and French tests make their locales from these sources with localedef
	for loc in de_DE es_ES fr_FR; do
		locale -a 2>/dev/null | grep -qi "^$loc\.utf-\{0,1\}8$" ||
			[ -f "/usr/share/i18n/locales/$loc" ] || return 1
	done
	# the fuzzer runtime ships separately from clang on Debian
	printf 'int LLVMFuzzerTestOneInput(const char*d,unsigned long n){(void)d;(void)n;return 0;}\n' |
		clang -x c -fsanitize=fuzzer - -o /dev/null >/dev/null 2>&1 || return 1
	return 0
}

if [ "$mode" = check ]; then
	have_all
	exit $?
fi

# the bench's peers and tools, when everything else is there too: nothing to install
if [ "$mode" = bench ] && have_all; then
	missing=
	for tool in tty-clock dialog hyperfine python3; do
		command -v "$tool" >/dev/null 2>&1 || missing=1
	done
	[ -z "$missing" ] && exit 0
fi

if command -v apt-get >/dev/null 2>&1; then
	pkgs="build-essential pkg-config libncurses-dev libcjson-dev libcmocka-dev tmux clang libclang-rt-dev valgrind bsdutils groff-base mandoc espeak-ng libnotify-bin libcanberra-dev sound-theme-freedesktop gettext locales tidy chromium poppler-utils python3-icalendar debhelper devscripts lintian fakeroot man-db systemd desktop-file-utils libxss-dev xvfb"
	[ "$mode" = bench ] && pkgs="$pkgs tty-clock dialog hyperfine python3"
	cmd="apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends $pkgs"
elif command -v dnf >/dev/null 2>&1; then
	pkgs="gcc make pkgconf-pkg-config ncurses-devel cjson-devel libcmocka-devel tmux clang compiler-rt valgrind util-linux groff-base mandoc espeak-ng libnotify libcanberra-devel sound-theme-freedesktop gettext glibc-locale-source tidy chromium poppler-utils python3-icalendar systemd desktop-file-utils libXScrnSaver-devel xorg-x11-server-Xvfb"
	[ "$mode" = bench ] && pkgs="$pkgs tty-clock dialog hyperfine python3"
	cmd="dnf install -y $pkgs"
elif command -v pacman >/dev/null 2>&1; then
	pkgs="base-devel pkgconf ncurses cjson cmocka tmux clang compiler-rt valgrind util-linux groff mandoc espeak-ng libnotify libcanberra sound-theme-freedesktop gettext glibc tidy chromium poppler python-icalendar systemd desktop-file-utils libxss xorg-server-xvfb"
	[ "$mode" = bench ] && pkgs="$pkgs tty-clock dialog hyperfine python3"
	cmd="pacman -S --needed --noconfirm $pkgs"
elif command -v brew >/dev/null 2>&1; then
	pkgs="pkg-config ncurses cjson cmocka tmux llvm mandoc espeak-ng gettext"
	[ "$mode" = bench ] && pkgs="$pkgs tty-clock dialog hyperfine python3"
	echo "+ brew install $pkgs"
	exec brew install $pkgs
else
	echo "deps: no supported package manager found (apt-get, dnf, pacman, brew)." >&2
	echo "deps: install ncursesw, cJSON, cmocka, tmux, clang and valgrind, then run make again." >&2
	exit 1
fi

if [ "$(id -u)" -eq 0 ]; then
	echo "+ $cmd"
	sh -c "$cmd"
elif command -v sudo >/dev/null 2>&1; then
	echo "+ sudo sh -c '$cmd'"
	sudo sh -c "$cmd"
else
	echo "deps: not root and no sudo; run this as root, then make again:" >&2
	echo "    $cmd" >&2
	exit 1
fi
