#!/usr/bin/env python3
"""cputime.py FILE COMMAND...: run COMMAND and write to FILE the line
"WALL USER SYS" (seconds): its wall time and the CPU that it and every
process it started used, those that left it included (a tmux server, the
program in its pane). This process is their subreaper (Linux
PR_SET_CHILD_SUBREAPER), so an orphan is reparented here and waited for,
and its CPU is counted. Exits with COMMAND's status. tests/run.sh runs
each test through it when TEST_TIMES is set."""
import ctypes
import os
import resource
import sys
import time

PR_SET_CHILD_SUBREAPER = 36


def main():
    if len(sys.argv) < 3:
        sys.stderr.write("usage: cputime.py FILE COMMAND...\n")
        return 2
    out, argv = sys.argv[1], sys.argv[2:]
    try:
        ctypes.CDLL(None, use_errno=True).prctl(PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0)
    except (OSError, AttributeError):
        pass  # not Linux: the orphans' CPU goes uncounted
    start = time.monotonic()
    pid = os.fork()
    if pid == 0:
        try:
            os.execvp(argv[0], argv)
        finally:
            os._exit(127)
    status = os.waitpid(pid, 0)[1]
    wall = time.monotonic() - start
    # the orphans: a killed tmux server takes a moment to go; wait up to 10 s
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        try:
            if os.waitpid(-1, os.WNOHANG) == (0, 0):
                time.sleep(0.05)
        except ChildProcessError:
            break
    ru = resource.getrusage(resource.RUSAGE_CHILDREN)
    with open(out, "w") as f:
        f.write("%.1f %.1f %.1f\n" % (wall, ru.ru_utime, ru.ru_stime))
    code = os.waitstatus_to_exitcode(status)
    return 128 - code if code < 0 else code


if __name__ == "__main__":
    sys.exit(main())
