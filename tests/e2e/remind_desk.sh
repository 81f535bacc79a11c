#!/bin/sh
# remind out of sight: Start clicked on the desktop while the remind pane's
# tmux session has no client attached opens the routine in a new terminal
# window (a recording x-terminal-emulator, then the $TERMINAL the user
# names); and Ctrl-C ends remind at once while loginctl or tmux hangs,
# ignoring TERM and INT. Stand-ins first on PATH record how they are run.
NAME=remind_desk
. "$(dirname "$0")/lib.sh"

mkdir -p "$tmp/bin"
HANG_S=$((200000 + $$))
cat > "$tmp/bin/notify-send" <<'EOS'
#!/bin/sh
# notify-send stand-in: Start is clicked at once
echo start
EOS
cat > "$tmp/bin/x-terminal-emulator" <<'EOS'
#!/bin/sh
# terminal stand-in: record the command line, one argument a line
{ echo x-terminal-emulator; for a in "$@"; do printf '%s\n' "$a"; done; echo --; } >> "$TERM_LOG"
EOS
cat > "$tmp/bin/myterm" <<'EOS'
#!/bin/sh
{ echo myterm; for a in "$@"; do printf '%s\n' "$a"; done; echo --; } >> "$TERM_LOG"
EOS
cat > "$tmp/bin/tmux" <<EOS
#!/bin/sh
# tmux stand-in: no client attached; "hang" in \$TMUX_HANG hangs list-clients
echo "\$*" >> "$tmp/tmux.log"
case "\$1" in
list-clients)
	[ -e "\$TMUX_HANG" ] && { trap '' TERM INT; sleep $HANG_S; }
	exit 0 ;;
esac
exec $(command -v tmux) "\$@"
EOS
cat > "$tmp/bin/loginctl" <<EOS
#!/bin/sh
# loginctl stand-in that never answers
trap '' TERM INT
echo "\$*" >> "$tmp/loginctl.log"
sleep $HANG_S
EOS
chmod +x "$tmp/bin"/*
hide_loginctl() { mv "$tmp/bin/loginctl" "$tmp/loginctl.off"; }
show_loginctl() { mv "$tmp/loginctl.off" "$tmp/bin/loginctl"; }

hide_loginctl
E2E_ENV="PATH=$tmp/bin:$PATH DISPLAY=:9599 TERM_LOG=$tmp/term.log TMUX_HANG=$tmp/none"
start 80 24 remind --every 10s --no-checkin
check "the break is offered" wait_for 'Time for a stretch: Desk Break' 15
check "Start on the desktop with the pane out of sight opens a new terminal window" \
    wait_for '^Opening Desk Break in a new terminal window \(x-terminal-emulator\)\.' 5
check "through x-terminal-emulator -e" sh -c "sed -n 2p '$tmp/term.log' | grep -qx -- -e"
check "running this stretchcoach" sh -c "sed -n 3p '$tmp/term.log' | grep -q '/stretchcoach\$'"
check "with the routine offered" sh -c "sed -n '4,5p' '$tmp/term.log' | tr '\n' ' ' | grep -qx 'run desk-break '"
check "tmux was asked whether this pane's session is attached" grep -q '^list-clients -t %[0-9]* -F #{client_name}$' "$tmp/tmux.log"
check "the pane says the next break is on its way" wait_for '^Next break at [0-9]{2}:[0-9]{2}' 5
check "and no routine ran in the pane" off_screen 'Well done'
keys q
wait_rc 5 >/dev/null

# The terminal the user names in TERMINAL, with its own words
rm -f "$tmp/term.log"
E2E_ENV="PATH=$tmp/bin:$PATH DISPLAY=:9599 TERM_LOG=$tmp/term.log TMUX_HANG=$tmp/none TERMINAL=myterm"
start 120 40 remind --every 10s --no-checkin
check "TERMINAL names the terminal window" wait_for '^Opening Desk Break in a new terminal window \(myterm\)\.' 20
check "run with -e and the routine" sh -c "head -5 '$tmp/term.log' | tr '\n' ' ' | grep -q '^myterm -e /.*/stretchcoach run desk-break '"
keys q
wait_rc 5 >/dev/null

# Ctrl-C while loginctl hangs (no desktop: logind is asked before each offer)
show_loginctl
E2E_ENV="PATH=$tmp/bin:$PATH"
start 80 24 remind --every 10s --no-checkin
e2e_wait_file "$tmp/loginctl.log" 5
sleep 0.3
keys C-c
check "Ctrl-C ends it within 2 s while loginctl hangs (status 130)" test "$(wait_rc 2)" = 130
check "the terminal's settings are as they were" cmp -s "$tmp/stty.before" "$tmp/stty.after"

# Ctrl-C while tmux hangs
hide_loginctl
: > "$tmp/hang"
rm -f "$tmp/tmux.log"
E2E_ENV="PATH=$tmp/bin:$PATH TMUX_HANG=$tmp/hang"
start 80 24 remind --every 10s --no-checkin
i=0
while ! grep -q '^list-clients' "$tmp/tmux.log" 2>/dev/null && [ $i -lt 50 ]; do sleep 0.1; i=$((i + 1)); done
sleep 0.3
keys C-c
check "Ctrl-C ends it within 2 s while tmux hangs (status 130)" test "$(wait_rc 2)" = 130
sleep 0.3
check "no hung helper is left running" sh -c "! ps -eo args= | grep -qx 'sleep $HANG_S'"
finish
