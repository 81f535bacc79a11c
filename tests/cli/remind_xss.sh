#!/bin/sh
# remind on X11 without systemd-logind reads time away from the X
# screensaver extension (libXss): on a fresh Xvfb no one has touched, the
# idle time since it started counts as a break, and the source is named.
NAME=remind_xss
. "$SC_ROOT/tests/cli/lib.sh"

if ! command -v Xvfb >/dev/null 2>&1; then
	echo "skip $NAME: Xvfb is not installed (make deps installs it)"
	finish
fi
if ! ldd "$SC_BIN" 2>/dev/null | grep -q libXss; then
	echo "skip $NAME: built without libXss (XSS=no, or no libxss-dev: make deps installs it)"
	finish
fi
unset TMUX TMUX_PANE WAYLAND_DISPLAY DBUS_SESSION_BUS_ADDRESS XDG_SESSION_ID
mkdir -p "$TMP/bin" "$XDG_CONFIG_HOME/stretchcoach"
printf '#!/bin/sh\nexit 1\n' > "$TMP/bin/loginctl"
chmod +x "$TMP/bin/loginctl"
echo '{"away_counts_after": "10s", "notify": false}' > "$XDG_CONFIG_HOME/stretchcoach/config.json"

# Xvfb picks a free display and writes its number to fd 3; -noreset, as on a
# desktop where other clients stay connected (a server that resets when its
# last client leaves would start its idle time again at each look)
Xvfb -displayfd 3 -nolisten tcp -noreset 3>"$TMP/display" >/dev/null 2>&1 &
xpid=$!
i=0
while [ ! -s "$TMP/display" ] && [ $i -lt 100 ]; do sleep 0.1; i=$((i + 1)); done
check "Xvfb started" test -s "$TMP/display"
export DISPLAY=":$(head -1 "$TMP/display")"
# idle for more than away_counts_after by the first look, 10 s after remind starts
sleep 2

mkfifo "$TMP/in"
PATH=$TMP/bin:$PATH "$SC_BIN" remind --every 10s --plain <"$TMP/in" >"$TMP/out" 2>&1 &
pid=$!
exec 3>"$TMP/in"
i=0
while ! grep -q 'You were away' "$TMP/out" && [ $i -lt 200 ]; do sleep 0.1; i=$((i + 1)); done
kill -TERM "$pid"
wait "$pid" 2>/dev/null
exec 3>&-
kill -TERM "$xpid"
wait "$xpid" 2>/dev/null
check "the X screensaver is named as the source" grep -qx "Time away is read from the X screensaver's idle time." "$TMP/out"
check "the idle time since Xvfb started counts as a break" grep -Eq '^You were away [0-9]+ s: that counts as a break\.$' "$TMP/out"
check "with no offer" sh -c "! grep -q 'Time for a stretch' '$TMP/out'"
finish
