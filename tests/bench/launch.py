"""launch.py STAMP PROG [ARG...] — note our pid and the monotonic clock, then become PROG.

The bench reads STAMP ("PID NANOSECONDS") to find the measured process and
the moment it started: the pid survives the exec, and the time is taken just
before it, so start-up of PROG is inside every figure measured from here.
"""
import os
import sys
import time

stamp = sys.argv[1]
argv = sys.argv[2:]
with open(stamp + ".tmp", "w") as f:
    f.write("%d %d\n" % (os.getpid(), time.monotonic_ns()))
os.rename(stamp + ".tmp", stamp)
os.execvp(argv[0], argv)
