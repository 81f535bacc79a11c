#!/bin/sh
# sound_process.sh — libcanberra never loads into a session: with sounds on,
# a player process started at the first sound loads it, detached from the
# terminal; with --no-bell nothing starts at all. No player outlives its
# session, even one ended by a signal. Sounds play into ALSA's null device,
# so the player really plays on a machine with no sound card.
NAME=sound_process
. "$(dirname "$0")/lib.sh"

# the libraries mapped into process $1 that come with sounds
sound_libs() {
	grep -Eo '/[^ ]*(canberra|pulse|asound|vorbis)[^ ]*' "/proc/$1/maps" 2>/dev/null | sort -u
}
kids() {
	cat "/proc/$1/task/$1/children" 2>/dev/null
}

printf 'pcm.!default { type null }\nctl.!default { type hw card 0 }\n' > "$tmp/asound.conf"
E2E_ENV="CANBERRA_DRIVER=alsa ALSA_CONFIG_PATH=$tmp/asound.conf"
start 80 24 --no-checkin -c "$E2E_CAT" run e2e-evening
E2E_ENV=
check "the session runs, its first sound played" wait_for 'Breathe (in|out)' 10
pid=$(sc_pid)
check "no sound library in the session ($(sound_libs "$pid" | tr '\n' ' '))" \
    [ -z "$(sound_libs "$pid")" ]
# shellcheck disable=SC2046
set -- $(kids "$pid")
player=${1:-none}
check "one player plays the sounds ($*)" [ $# = 1 ]
check "it has loaded libcanberra" sh -c "grep -q canberra /proc/$player/maps"
check "it has no terminal" [ "$(ps -o tty= -p "$player" | tr -d ' ')" = "?" ]
# a terminating signal ends the session through its normal way out
kill -TERM "$pid"
rc=$(wait_rc 5)
check "SIGTERM ends the session (exit $rc)" [ "$rc" = 143 ]
check "and its player with it" eval "! e2e_alive $player"

start 80 24 --no-checkin --no-bell -c "$E2E_CAT" run e2e-evening
check "a session with --no-bell runs" wait_for 'Breathe (in|out)' 10
check "it starts no process" [ -z "$(kids "$(sc_pid)")" ]
check "and loads no sound library" [ -z "$(sound_libs "$(sc_pid)")" ]
finish
