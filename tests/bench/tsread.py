"""tsread.py OUT INDEX READY — what tmux pipe-pane sends, kept with the time it came.

OUT gets the pane's output bytes as they are; INDEX gets one line per read,
"NANOSECONDS TOTAL-BYTES" (monotonic clock), so the bench can count the bytes
of any window and find when a given text reached the terminal. READY is
created once this reader is running.
"""
import os
import sys
import time

out = os.open(sys.argv[1], os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
idx = os.open(sys.argv[2], os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
open(sys.argv[3], "w").close()
total = 0
while True:
    try:
        b = os.read(0, 65536)
    except InterruptedError:
        continue
    if not b:
        break
    t = time.monotonic_ns()
    os.write(out, b)
    total += len(b)
    os.write(idx, b"%d %d\n" % (t, total))
