# locale.sh — German, Spanish and French UTF-8 locales for the translation tests.
# Source it, then call `locales_ready DIR`: it returns 0 when de_DE.UTF-8,
# es_ES.UTF-8 and fr_FR.UTF-8 can be used, making them with localedef into DIR
# (and pointing LOCPATH there) when the system lacks them; no root and no
# system change. Under tests/run.sh, TEST_LOCALES names one such directory
# for the whole run instead: the first test makes each locale (under a lock),
# the others use it.
locale_known() {
	locale -a 2>/dev/null | grep -qix "$(echo "$1" | sed 's/UTF-8$/utf-\\{0,1\\}8/')"
}

locales_ready() {
	dir=${TEST_LOCALES:-$1}
	need=
	for l in de_DE es_ES fr_FR; do
		locale_known "$l.UTF-8" || need="$need $l"
	done
	[ -z "$need" ] && return 0
	mkdir -p "$dir"
	# each made under a name of its own and moved in place whole, so a test
	# never sees half a locale (without flock, two may make the same one)
	(
		command -v flock >/dev/null 2>&1 && flock 9
		for l in $need; do
			[ -d "$dir/$l.UTF-8" ] && continue
			localedef -i "$l" -f UTF-8 "$dir/.$l.$$" >/dev/null 2>&1 || exit 1
			mv -T "$dir/.$l.$$" "$dir/$l.UTF-8" 2>/dev/null || rm -rf "$dir/.$l.$$"
		done
	) 9>>"$dir/.lock" || return 1
	# the system's locales stay reachable beside ours (C.UTF-8 among them)
	for sys in /usr/lib/locale/C.utf8 /usr/lib/locale/C.UTF-8; do
		[ -d "$sys" ] && [ ! -e "$dir/$(basename "$sys")" ] && ln -s "$sys" "$dir/" 2>/dev/null
	done
	LOCPATH=$dir
	export LOCPATH
}
