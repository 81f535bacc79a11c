#!/bin/sh
# run.sh BIN — `make bench`: measure stretchcoach against its targets.
#
# Prints a table: each figure (a median over several runs) with its spread,
# its target, the same figure for peer programs measured in the same run
# (tty-clock -c -s, dialog --pause), and PASS or FAIL. Exits 1 when any row
# fails, 2 when the bench itself cannot run. About six minutes, most of it
# real-time holds; progress lines say what is running.
#
#   sh tests/bench/run.sh build/stretchcoach
#   BENCH_ONLY=idle,time sh tests/bench/run.sh build/stretchcoach   (startup, idle, time, scale)
#   BENCH_QUICK=1 sh tests/bench/run.sh build/stretchcoach   (make bench-quick: about a
#   minute, one round of each but scale; exits 2 when the bench can no longer measure)
#
# Needs Linux (/proc, pidfd), tmux, python3, a C compiler, and the peers and
# hyperfine from `sh scripts/deps.sh --bench`. The measuring itself is in
# bench.py beside this file; launch.py, tsread.py, runstat.c, tick.c, cfloor.c and parse.c are its helpers;
# hold60.json and routine120.json are the routines it runs; the planned times
# and what the screens show are read from the program and these catalogues.
set -u
bin=${1:-build/stretchcoach}
here=$(cd "$(dirname "$0")" && pwd)

if [ ! -x "$bin" ]; then
	echo "bench: no program at $bin (run make all)" >&2
	exit 2
fi
missing=
for tool in tmux tty-clock dialog hyperfine python3 "${CC:-cc}"; do
	command -v "$tool" >/dev/null 2>&1 || missing="$missing $tool"
done
if [ -n "$missing" ]; then
	echo "bench: missing:$missing (sh scripts/deps.sh --bench installs them)" >&2
	exit 2
fi
if [ ! -r /proc/self/schedstat ] || [ ! -r /proc/self/status ]; then
	echo "bench: needs Linux /proc with schedstat" >&2
	exit 2
fi
if ! python3 -c 'import os, sys; sys.exit(not hasattr(os, "pidfd_open"))' 2>/dev/null; then
	echo "bench: needs python3 >= 3.9 (os.pidfd_open)" >&2
	exit 2
fi
exec python3 "$here/bench.py" "$bin"
