"""bench.py BIN — measure stretchcoach against its targets, beside peer programs.

Run through tests/bench/run.sh (make bench). Every figure is a median over
several runs with its spread; each row says PASS or FAIL against its target,
and the exit status is 1 when any row fails (2 when the harness itself broke).

What runs where:
  - full-screen programs each get a private tmux server at 80x24
    (tmux -L NAME -f /dev/null), TERM=xterm-256color, LANG=C.UTF-8, a private
    HOME and XDG dirs with an empty history (so no first-run safety page);
  - launch.py notes each program's pid and start time, then execs it;
  - tmux pipe-pane feeds tsread.py, which keeps the output bytes and the time
    each read arrived, so bytes per window and "when did X reach the
    terminal" come from the same record;
  - CPU is the scheduler's run time from /proc/PID/task/*/schedstat
    (nanoseconds), summed over every thread of the program and of its child
    processes (stretchcoach's sound player), so a program pays for all it
    keeps awake; /proc/PID/stat's utime+stime is the main thread's time cut
    to 10 ms ticks, too coarse for a 40 s window of an idle program (it is
    printed beside it);
  - beside the peers runs tick.c, the floor: one wake-up and one write of a
    few cells a second, nothing else. What it costs is the kernel's and the
    terminal's price of a wake-up on this machine, which no program goes
    under; the CPU above it is what a program adds of its own. cfloor.c is
    the floor of a countdown that curses updates: the cells a hold changes
    each second, sent by curses' refresh(), nothing else;
  - start-up runs parse.c beside `list`: read the catalogue and parse it
    with cJSON, nothing else, the floor of any `list` that reads it;

The harness reads what it measures: planned times come from the program
(`routines --json`), what a screen must show comes from the catalogue it runs
(routine names, cue words, stretch names) or from the screen's behaviour (a
paused screen stops changing), never from a word of the program's own text,
which a release may change. BENCH_QUICK=1 (make bench-quick) is a one-minute
run for CI: one idle round, one short routine, start-up; it judges the rows
that one short run can judge (memory) and exits 2 whenever the harness
itself can no longer measure.
"""
import json
import math
import os
import re
import select
import shlex
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
HOLD60 = os.path.join(HERE, "hold60.json")
R120 = os.path.join(HERE, "routine120.json")
BUNDLED = os.path.join(ROOT, "data", "catalogue.json")

QUICK = os.environ.get("BENCH_QUICK", "") not in ("", "0")
IDLE_ROUNDS = int(os.environ.get("BENCH_IDLE_ROUNDS", "1" if QUICK else "3"))
DRIFT_RUNS = int(os.environ.get("BENCH_DRIFT_RUNS", "1" if QUICK else "3"))
MENU_RUNS = int(os.environ.get("BENCH_MENU_RUNS", "5" if QUICK else "10"))
DRIFT_ROUTINE = "bench-short" if QUICK else "bench-120"
IDLE_SETTLE, IDLE_WINDOW = 5.0, (12.0 if QUICK else 40.0)   # into the hold, and how long
PAUSE_AT, PAUSE_S = 0.4, 10.0       # the pause: at this share of the routine, and how long
HISTORY_BIG = 1 << 30               # the large history: 1 GiB
MS = 1e6                            # nanoseconds per millisecond


def catalogue_cap():
    """The loader's size limit for a catalogue, read from include/jsonfile.h."""
    try:
        with open(os.path.join(ROOT, "include", "jsonfile.h")) as f:
            text = f.read()
    except OSError:
        return 8 << 20
    for name in ("CATALOGUE_MAX_BYTES", "JSONFILE_MAX_BYTES"):
        m = re.search(r"#define\s+%s\s+\(?([0-9u\s*]+)\)?" % name, text)
        if m:
            return math.prod(int(x.strip().rstrip("uU")) for x in m.group(1).split("*"))
    return 8 << 20


def now_ns():
    return time.monotonic_ns()


def catalogue_entry(path, kind, eid):
    """The stretch or routine eid of the catalogue at path (kind "stretches" or "routines")."""
    with open(path) as f:
        for e in json.load(f)[kind]:
            if e["id"] == eid:
                return e
    raise HarnessError("%s has no %s entry %s" % (path, kind, eid))


def children_hwm(pid):
    """[(pid, name, peak RSS MiB)] of pid's child processes still alive."""
    out = []
    try:
        with open("/proc/%d/task/%d/children" % (pid, pid)) as f:
            kids = [int(x) for x in f.read().split()]
    except OSError:
        return out
    for k in kids:
        try:
            with open("/proc/%d/status" % k) as f:
                st = dict(ln.split(":", 1) for ln in f if ":" in ln)
            out.append((k, st["Name"].strip(), int(st["VmHWM"].split()[0]) / 1024))
        except (OSError, KeyError, ValueError):
            pass
    return out


def sleep_until(t_ns):
    while True:
        left = (t_ns - now_ns()) / 1e9
        if left <= 0:
            return
        time.sleep(min(left, 0.5))


def progress(msg):
    print("bench: " + msg, flush=True)


class HarnessError(Exception):
    pass


# --- statistics and formatting ---------------------------------------------

def med(xs):
    return statistics.median(xs) if xs else float("nan")


def spread(xs, fmt):
    """min..max for a few runs, the interquartile range for many."""
    if not xs:
        return "-"
    if len(xs) >= 10:
        q = statistics.quantiles(xs, n=4)
        return "IQR %s..%s" % (fmt(q[0]), fmt(q[2]))
    return "%s..%s" % (fmt(min(xs)), fmt(max(xs)))


def f0(x):
    return "%.0f" % x


def f1(x):
    return "%.1f" % x


def f2(x):
    return "%.2f" % x


def f3(x):
    return "%.3f" % x


class Table:
    """Rows grouped in sections, printed in the issue's order whatever ran first."""
    ORDER = ("idle", "time", "startup", "scale", "history")

    def __init__(self):
        self.sections = {}
        self.cur = None
        self.notes = []

    def section(self, key, title):
        self.sections[key] = (title, [])
        self.cur = key

    def row(self, what, value, sprd, target, peers, ok, quick=False):
        """
        ok: True (PASS), False (FAIL) or None (no target: the figure only).
        quick: a quick run judges this row too; it shows the others in brackets.
        """
        res = "PASS" if ok is True else "FAIL" if ok is False else "info"
        if QUICK and not quick and ok is not None:
            res = "(%s)" % res
        self.sections[self.cur][1].append((what, value, sprd, target, peers, res))

    def note(self, text):
        self.notes.append(text)

    def rows(self):
        return [r for k in self.ORDER if k in self.sections for r in self.sections[k][1]]

    def failed(self):
        return [r for r in self.rows() if r[5] == "FAIL"]

    def print(self):
        head = ("measure", "median", "spread", "target", "peers, same run", "result")
        body = self.rows()
        if not body:
            return
        w = [max(len(x[i]) for x in body + [head]) for i in range(6)]
        line = lambda cells: "  ".join(c.ljust(w[i]) for i, c in enumerate(cells)).rstrip()
        print()
        print(line(head))
        print("  ".join("-" * n for n in w))
        for k in self.ORDER:
            if k not in self.sections:
                continue
            title, rows = self.sections[k]
            print(title)
            for r in rows:
                print(line(r))
        if self.notes:
            print()
            for n in self.notes:
                print("  " + n)
        if QUICK:
            print("\n  quick run: a result in brackets is shown, not judged; one short round "
                  "cannot judge it (make bench does)")
        print(flush=True)


# --- processes --------------------------------------------------------------

def tree_cpu_ns(pid):
    """Run time (ns) of every thread of pid and of its child processes, recursively."""
    total = 0
    try:
        tasks = os.listdir("/proc/%d/task" % pid)
    except OSError:
        return 0
    for tid in tasks:
        try:
            with open("/proc/%d/task/%s/schedstat" % (pid, tid)) as f:
                total += int(f.read().split()[0])
            with open("/proc/%d/task/%s/children" % (pid, tid)) as f:
                total += sum(tree_cpu_ns(int(k)) for k in f.read().split())
        except (OSError, ValueError):
            pass
    return total


def proc_sample(pid):
    """CPU (ns, the whole process tree; ticks, the process), context switches and peak RSS."""
    s = {"t": now_ns(), "cpu_ns": tree_cpu_ns(pid)}
    with open("/proc/%d/stat" % pid) as f:
        st = f.read()
    fields = st[st.rfind(")") + 2:].split()
    s["ticks"] = int(fields[11]) + int(fields[12])
    with open("/proc/%d/status" % pid) as f:
        for ln in f:
            k, _, v = ln.partition(":")
            if k == "voluntary_ctxt_switches":
                s["vcs"] = int(v)
            elif k == "nonvoluntary_ctxt_switches":
                s["nvcs"] = int(v)
            elif k == "VmHWM":
                s["hwm_kb"] = int(v.split()[0])
    return s


def pkg_config(pkg, fallback):
    """The compiler and linker flags of pkg (pkg-config), or fallback's."""
    try:
        r = subprocess.run(["pkg-config", "--cflags", "--libs", pkg], stdout=subprocess.PIPE,
                           stderr=subprocess.DEVNULL, text=True)
    except OSError:
        return fallback.split()
    return (r.stdout if r.returncode == 0 else fallback).split()


def needs_lib(binary, lib):
    """True when binary names a shared library starting with lib among those it needs."""
    try:
        r = subprocess.run(["readelf", "-d", binary], stdout=subprocess.PIPE,
                           stderr=subprocess.DEVNULL, text=True)
    except OSError:
        return True
    return r.returncode != 0 or ("[%s" % lib) in r.stdout


def wait_exit(pid, timeout):
    """True once pid has exited (a zombie counts), within timeout seconds."""
    try:
        fd = os.pidfd_open(pid)
    except ProcessLookupError:
        return True
    try:
        r, _, _ = select.select([fd], [], [], timeout)
        return bool(r)
    finally:
        os.close(fd)


def alive(pid):
    try:
        with open("/proc/%d/stat" % pid) as f:
            st = f.read()
        return st[st.rfind(")") + 2] not in "ZX"
    except OSError:
        return False


def run_many(runstat, argv, env, runs, errfile=None):
    """Run argv `runs` times through runstat: [(ms, peak RSS kB, exit status, CPU ms)]."""
    r = subprocess.run([runstat, str(runs), errfile or "/dev/null"] + argv, env=env,
                       stdout=subprocess.PIPE, text=True)
    if r.returncode != 0:
        raise HarnessError("runstat failed on " + " ".join(argv))
    out = []
    for ln in r.stdout.splitlines():
        ms, cpu, kb, st = ln.split()
        out.append((float(ms), int(kb), int(st), float(cpu)))
    return out


def hyperfine(cmds, env, runs, warmup, tmp):
    """Whole-process times in ms of each command line (no shell), from hyperfine."""
    out = os.path.join(tmp, "hyperfine.json")
    argv = ["hyperfine", "-N", "--style", "none", "--warmup", str(warmup), "--runs", str(runs),
            "--export-json", out] + [" ".join(shlex.quote(a) for a in c) for c in cmds]
    r = subprocess.run(argv, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    if r.returncode != 0:
        raise HarnessError("hyperfine failed: " + r.stderr.strip())
    with open(out) as f:
        res = json.load(f)["results"]
    return [[t * 1000 for t in x["times"]] for x in res]


# --- one program in its own tmux server -----------------------------------

class Pane:
    live = []

    def __init__(self, bench, name, argv, cols=80, rows=24, env=None):
        self.name = name
        self.dir = os.path.join(bench.tmp, name)
        self.sock = "scb-%d-%s" % (os.getpid(), name)
        self.pid = None
        self.t0 = None
        self.socket = None
        for d in ("home", "config", "data/stretchcoach"):
            os.makedirs(os.path.join(self.dir, d), exist_ok=True)
        self.history = os.path.join(self.dir, "data/stretchcoach/history.jsonl")
        open(self.history, "w").close()
        q = shlex.quote
        p = lambda f: q(os.path.join(self.dir, f))
        lines = [
            "export HOME=%s XDG_CONFIG_HOME=%s XDG_DATA_HOME=%s" % (p("home"), p("config"), p("data")),
            "export TERM=xterm-256color LANG=C.UTF-8 LC_ALL=",
            "unset NO_COLOR STRETCHCOACH_CATALOGUE",
        ]
        for k, v in (env or {}).items():
            lines.append("export %s=%s" % (k, q(v)))
        lines += [
            "while [ ! -e %s ]; do sleep 0.02; done" % p("go"),
            "%s %s %s %s" % (q(sys.executable), q(os.path.join(HERE, "launch.py")), p("stamp"),
                             " ".join(q(a) for a in argv)),
            # Debian's tmux 3.3a may never reap the pane's process: the shell says it ended
            'echo "rc=$?" > %s' % p("rc"),
            "exec sleep 3600",
        ]
        with open(os.path.join(self.dir, "run.sh"), "w") as f:
            f.write("\n".join(lines) + "\n")
        self.cols, self.rows = cols, rows

    def path(self, f):
        return os.path.join(self.dir, f)

    def tm(self, *args):
        r = subprocess.run(["tmux", "-L", self.sock, "-f", "/dev/null"] + list(args),
                           stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        if r.returncode != 0:
            raise HarnessError("tmux %s: %s" % (" ".join(args), r.stderr.strip()))
        return r.stdout

    def start(self):
        """Start the server and the output reader; the program waits for go()."""
        Pane.live.append(self)
        self.tm("new-session", "-d", "-s", "main", "-x", str(self.cols), "-y", str(self.rows),
                "sh " + shlex.quote(self.path("run.sh")))
        self.socket = self.tm("display-message", "-p", "#{socket_path}").strip()
        self.tm("pipe-pane", "-t", "main", "%s %s %s %s %s" % (
            shlex.quote(sys.executable), shlex.quote(os.path.join(HERE, "tsread.py")),
            shlex.quote(self.path("out")), shlex.quote(self.path("idx")),
            shlex.quote(self.path("ready"))))

    def go(self):
        if not wait_file(self.path("ready"), 5):
            raise HarnessError(self.name + ": the output reader did not start")
        open(self.path("go"), "w").close()

    def wait_started(self):
        if not wait_file(self.path("stamp"), 10):
            raise HarnessError(self.name + ": the program did not start")
        with open(self.path("stamp")) as f:
            pid, t0 = f.read().split()
        self.pid, self.t0 = int(pid), int(t0)

    def screen(self):
        return self.tm("capture-pane", "-p", "-t", "main")

    def keys(self, *k):
        self.tm("send-keys", "-t", "main", *k)

    def wait_screen(self, text, timeout):
        end = time.monotonic() + timeout
        while time.monotonic() < end:
            if text in self.screen():
                return True
            time.sleep(0.05)
        return False

    def wait_quiet(self, quiet, timeout):
        """True once no output has come for `quiet` seconds."""
        end = time.monotonic() + timeout
        while time.monotonic() < end:
            ch = self.chunks()
            if ch and now_ns() - ch[-1][0] >= quiet * 1e9:
                return True
            time.sleep(0.05)
        return False

    def frozen(self, secs):
        """True when the screen does not change for secs (a paused session's screen)."""
        a = self.screen()
        time.sleep(secs)
        return self.screen() == a

    def when_output(self, needle, last=False):
        """Arrival time (ns) of the read that completed the first (or last) `needle`, or None."""
        try:
            with open(self.path("out"), "rb") as f:
                data = f.read()
        except FileNotFoundError:
            return None
        i = data.rfind(needle) if last else data.find(needle)
        if i < 0:
            return None
        end = i + len(needle)
        for tc, tot in self.chunks():
            if tot >= end:
                return tc
        return None

    def chunks(self):
        """[(ns, total bytes so far)] for every read of the pane's output."""
        try:
            with open(self.path("idx")) as f:
                return [tuple(map(int, ln.split())) for ln in f if ln.count(" ") == 1]
        except FileNotFoundError:
            return []

    def bytes_between(self, t0, t1):
        def at(t):
            n = 0
            for tc, tot in self.chunks():
                if tc > t:
                    break
                n = tot
            return n
        return at(t1) - at(t0)

    def kill(self):
        try:
            subprocess.run(["tmux", "-L", self.sock, "-f", "/dev/null", "kill-server"],
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        finally:
            if self in Pane.live:
                Pane.live.remove(self)
            # tmux leaves its socket behind when its server is killed
            if getattr(self, "socket", None):
                try:
                    os.unlink(self.socket)
                except OSError:
                    pass
        if self.pid and not wait_exit(self.pid, 5):
            try:
                os.kill(self.pid, signal.SIGKILL)
            except ProcessLookupError:
                pass


def wait_file(path, timeout):
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        try:
            if os.path.getsize(path) >= 0:
                return True
        except OSError:
            pass
        time.sleep(0.01)
    return False


# --- generated data ------------------------------------------------------------

AREAS = ["neck", "shoulders", "upper-back", "mid-back", "lower-back", "hips", "glutes",
         "hamstrings", "core", "chest"]


def gen_catalogue(n, path):
    """n valid stretches (~140 bytes each, one a line) and n/10 routines of 5 items; bytes."""
    with open(path, "w") as f:
        f.write('{"schema":1,"stretches":[\n')
        for i in range(n):
            s = {"id": "s%06d" % i, "name": "Stretch %d" % i, "kind": "static",
                 "areas": [AREAS[i % len(AREAS)]], "level": "gentle", "position": "floor",
                 "time": ["morning"], "hold": 20 + i % 40, "steps": ["Hold it."]}
            if i % 3 == 0:
                s["sides"] = "each"
            f.write(json.dumps(s, separators=(",", ":")) + (",\n" if i + 1 < n else "\n"))
        f.write('],"routines":[\n')
        nr = max(1, n // 10)
        for r in range(nr):
            items = [{"stretch": "s%06d" % ((r * 10 + k * 2) % n)} for k in range(5)]
            o = {"id": "r%06d" % r, "name": "Routine %d" % r, "time": "any", "items": items}
            f.write(json.dumps(o, separators=(",", ":")) + (",\n" if r + 1 < nr else "\n"))
        f.write("]}\n")
    return os.path.getsize(path)


def gen_history(n, path, routines):
    """
    n sessions: the last 30 days as a keen user has them (2 a day, a 13-day
    streak), the rest spread evenly over the three years before; bytes.
    """
    recent = [b for b in range(30) if b not in (13, 22)]
    older = range(30, 30 + 1095)
    n_recent = min(n, 2 * len(recent))
    per_old = max(1, math.ceil((n - n_recent) / len(older)))
    plan = []                            # (days back, sessions that day)
    left = n_recent
    for back in recent:
        if left > 0:
            plan.append((back, min(2, left)))
            left -= plan[-1][1]
    left = n - n_recent
    for back in older:
        if left > 0:
            plan.append((back, min(per_old, left)))
            left -= plan[-1][1]
    plan.sort(reverse=True)              # the oldest day first, as the file grows
    now = time.time()
    lt = time.localtime(now)
    day = lambda back: time.mktime((lt.tm_year, lt.tm_mon, lt.tm_mday - back, 0, 0, 0, 0, 0, -1))
    # Each day's sessions inside that calendar day, so the streak is the same at
    # any hour: a session 6 h before 02:00 fell on the day before, closed the
    # gaps and made a 1 118-day streak that status read back to the start.
    # Before 01:00 today has no room, and the whole plan moves back a day.
    shift = 0 if now - day(0) >= 3600 else 1
    tz = time.strftime("%z")
    tz = tz[:3] + ":" + tz[3:]
    ts = lambda t: time.strftime("%Y-%m-%dT%H:%M:%S", time.localtime(t)) + tz
    k = 0
    with open(path, "w") as f:
        for back, cnt in plan:
            # from 08:00 within ten hours; today from midnight to 10 min ago
            first, span = day(back + shift) + 8 * 3600, 36000
            if back + shift == 0:
                first, span = day(0), min(36000, int(now - day(0)) - 600)
            gap = span // cnt
            for j in range(cnt):
                start = first + j * gap
                rec = {"v": 1, "routine": routines[k % len(routines)], "started": ts(start),
                       "ended": ts(start + 240), "planned_s": 240, "active_s": 200 + k % 40,
                       "completed": ["cat-cow", "knee-to-chest"], "skipped": [], "hurt": [],
                       "quit": False, "speed": 1, "tension_before": 3 + k % 5,
                       "tension_after": 1 + k % 3}
                f.write(json.dumps(rec, separators=(",", ":")) + "\n")
                k += 1
    return os.path.getsize(path)


# --- the bench -------------------------------------------------------------------

class Bench:
    def __init__(self, binary):
        self.bin = os.path.abspath(binary)
        self.tmp = tempfile.mkdtemp(prefix="sc-bench.")
        self.runstat = os.path.join(self.tmp, "runstat")
        self.tick = os.path.join(self.tmp, "tick")
        self.cfloor = os.path.join(self.tmp, "cfloor")
        self.parse = os.path.join(self.tmp, "parse")
        self.t = Table()
        self.busy = []
        self.home = os.path.join(self.tmp, "cli")
        for d in ("home", "config", "data/stretchcoach"):
            os.makedirs(os.path.join(self.home, d))
        open(os.path.join(self.home, "data/stretchcoach/history.jsonl"), "w").close()
        self.env = {k: v for k, v in os.environ.items()
                    if k not in ("NO_COLOR", "STRETCHCOACH_CATALOGUE", "LC_ALL")}
        self.env.update(HOME=os.path.join(self.home, "home"),
                        XDG_CONFIG_HOME=os.path.join(self.home, "config"),
                        XDG_DATA_HOME=os.path.join(self.home, "data"),
                        TERM="xterm-256color", LANG="C.UTF-8",
                        STRETCHCOACH_CATALOGUE=BUNDLED)

    def ask(self, args, catalogue=None):
        """The program's own --json answer to args (reading catalogue when given)."""
        argv = [self.bin] + (["-c", catalogue] if catalogue else []) + args
        r = subprocess.run(argv, env=self.env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                           text=True)
        if r.returncode != 0:
            raise HarnessError("stretchcoach %s: exit %d: %s"
                               % (" ".join(args), r.returncode, r.stderr.strip()))
        try:
            return json.loads(r.stdout)
        except ValueError as e:
            raise HarnessError("stretchcoach %s: no JSON (%s)" % (" ".join(args), e))

    def planned_s(self, catalogue, rid):
        """Routine rid's planned length in seconds, as the program plans it."""
        for r in self.ask(["routines", "--json"], catalogue):
            if r.get("id") == rid:
                return float(r["seconds"])
        raise HarnessError("routines --json does not list %s" % rid)

    def cleanup(self):
        for p in list(Pane.live):
            p.kill()
        for b in self.busy:
            b.kill()
            b.wait()
        self.busy = []
        if not os.environ.get("BENCH_KEEP"):
            shutil.rmtree(self.tmp, ignore_errors=True)

    # 4. start-up -------------------------------------------------------------
    def startup(self):
        progress("start-up: list, validate (hyperfine, 100 runs each, beside /bin/true)")
        lst, val, floor, parse, ver = hyperfine([[self.bin, "list"], [self.bin, "validate"], ["/bin/true"],
                                                 [self.parse, BUNDLED], [self.bin, "--version"]],
                                                self.env, 100, 10, self.tmp)
        t = self.t
        t.section("startup", "Start-up (bundled catalogue, %d stretches)" % len(json.load(open(BUNDLED))["stretches"]))
        t.row("list, whole process", f2(med(lst)) + " ms", spread(lst, f2), "<= 2.5 ms",
              "/bin/true %s ms" % f2(med(floor)), med(lst) <= 2.5)
        t.row("validate, whole process", f2(med(val)) + " ms", spread(val, f2), "-",
              "/bin/true %s ms" % f2(med(floor)), None)
        t.row("  read and parse it, nothing else", f2(med(parse)) + " ms", spread(parse, f2), "-",
              "/bin/true %s ms" % f2(med(floor)), None)
        # the program's own start with no catalogue read: what every command pays first
        t.row("  --version: start, print, exit", f2(med(ver)) + " ms", spread(ver, f2), "-",
              "/bin/true %s ms" % f2(med(floor)), None)
        progress("start-up: first full menu frame in tmux (%d runs)" % MENU_RUNS)
        # the menu lists what `routines --time morning` lists, first to last
        first = self.ask(["routines", "--time", "morning", "--json"])[0]["shown_name"]
        frames = []
        for i in range(MENU_RUNS):
            p = Pane(self, "menu%d" % i, [self.bin, "--no-checkin", "morning"],
                     env={"STRETCHCOACH_CATALOGUE": BUNDLED})
            p.start()
            p.go()
            p.wait_started()
            if not p.wait_screen(first, 5):
                raise HarnessError("the morning menu did not show %r, the first routine "
                                   "`routines --time morning` lists:\n%s" % (first, p.screen()))
            if not p.wait_quiet(0.3, 5):
                raise HarnessError("the morning menu does not stop drawing:\n" + p.screen())
            ch = p.chunks()
            last = ch[0][0]
            for tc, _ in ch[1:]:
                if tc - last > 150 * MS:
                    break
                last = tc
            frames.append((last - p.t0) / MS)
            p.kill()
        t.row("first full menu frame (morning)", f1(med(frames)) + " ms", spread(frames, f1),
              "<= 50 ms", "-", med(frames) <= 50)

    # 5. scale ----------------------------------------------------------------
    def scale(self):
        t = self.t
        t.section("scale", "Scale: validate generated catalogues (a stretch a line, n/10 routines "
                  "of 5): time; peak RSS and its ratio to the file")
        cap = catalogue_cap()
        per = gen_catalogue(1000, os.path.join(self.tmp, "probe.json")) / 1000
        fit = 1000
        while (fit + 5000) * per * 1.02 < cap:
            fit += 5000
        # and the largest count under the loader's limit, when 100 000 is over it
        counts = [1000, 10000] + ([fit] if fit < 100000 else []) + [100000]
        res = {}
        for n in counts:
            path = os.path.join(self.tmp, "cat%d.json" % n)
            size = gen_catalogue(n, path)
            runs = 10 if n <= 10000 else 5
            progress("scale: validate %d stretches (%.1f MB), %d runs" % (n, size / 1e6, runs))
            err = os.path.join(self.tmp, "err%d" % n)
            r = run_many(self.runstat, [self.bin, "validate", path], self.env, runs, err)
            os.unlink(path)
            ms = [x[0] for x in r]
            rss = [x[1] / 1024 for x in r]
            rc = max(x[2] for x in r)
            with open(err) as f:
                msg = f.read().strip().splitlines()
            ratio = med(rss) * 1024 * 1024 / size
            res[n] = (ms, rss, rc, [x[3] for x in r])
            label = "validate %s stretches (%.1f MB)" % (format(n, ",").replace(",", " "), size / 1e6)
            fig = "%s ms" % f1(med(ms)) + ("" if rc == 0 else ", exit %d" % rc)
            mem = "%.1f MiB = %.1fx" % (med(rss), ratio)
            if n == 100000:
                t.row(label, fig, spread(ms, f1), "<= 1 s, exit 0", "-", rc == 0 and med(ms) <= 1000)
                t.row("  peak RSS", mem, spread(rss, f1), "<= 4x file", "-", rc == 0 and ratio <= 4)
                if rc != 0:
                    t.note("validate 100 000: %s" % (msg[0] if msg else "(no message)"))
            else:
                note = " (the most under %d MiB)" % (cap >> 20) if n == fit else ""
                t.row(label + note, fig + "; " + mem, spread(ms, f1), "-", "-",
                      None if rc == 0 else False)
        # growth: k in cost ~ n^k from 10 000 to the largest count that validated; CPU
        # time rather than wall time, which other work on the machine stretches
        ok = [n for n in counts if res[n][2] == 0 and n >= 10000]
        if len(ok) >= 2:
            a, b = ok[0], ok[-1]
            k = math.log(med(res[b][3]) / med(res[a][3])) / math.log(b / a)
            kr = math.log(med(res[b][1]) / med(res[a][1])) / math.log(b / a)
            t.row("growth %d -> %d, n^k: CPU time, RSS" % (a, b), "k = %.2f, %.2f" % (k, kr), "-",
                  "k <= 1.2 (linear)", "-", k <= 1.2 and kr <= 1.2)

        t.section("history", "Scale: history (last 30 days: 2 sessions a day, a 13-day streak; the rest over 3 years)")
        routines = [r["id"] for r in json.load(open(BUNDLED))["routines"]]
        for n in (1000, 10000, 100000):
            hd = os.path.join(self.tmp, "hist%d" % n)
            os.makedirs(os.path.join(hd, "stretchcoach"))
            size = gen_history(n, os.path.join(hd, "stretchcoach/history.jsonl"), routines)
            env = dict(self.env, XDG_DATA_HOME=hd)
            progress("scale: status and history on %d sessions (%.1f MB)" % (n, size / 1e6))
            st = hyperfine([[self.bin, "status"]], env, 50, 5, self.tmp)[0]
            hr = run_many(self.runstat, [self.bin, "history"], env, 5)
            hms = [x[0] for x in hr]
            shutil.rmtree(hd)
            nn = format(n, ",").replace(",", " ")
            if n == 100000:
                t.row("status, %s sessions (%.1f MB)" % (nn, size / 1e6), f2(med(st)) + " ms",
                      spread(st, f2), "<= 10 ms", "-", med(st) <= 10)
            else:
                t.row("status, %s sessions" % nn, f2(med(st)) + " ms", spread(st, f2), "-", "-", None)
            hrss = med([x[1] / 1024 for x in hr])
            t.row("history, %s sessions" % nn, "%s ms; %.1f MiB" % (f1(med(hms)), hrss),
                  spread(hms, f1), "-", "-", None if all(x[2] == 0 for x in hr) else False)
            small_rss = hrss
        # 1 GiB: history streams it, in under 3 s, in the memory it needs for 100 000
        hd = os.path.join(self.tmp, "histbig")
        os.makedirs(os.path.join(hd, "stretchcoach"))
        n = HISTORY_BIG // 262 + 1       # a generated line is about 262 bytes
        progress("scale: history on 1 GiB (writing %d sessions)" % n)
        size = gen_history(n, os.path.join(hd, "stretchcoach/history.jsonl"), routines)
        env = dict(self.env, XDG_DATA_HOME=hd)
        hr = run_many(self.runstat, [self.bin, "history"], env, 3)
        shutil.rmtree(hd)
        hms = [x[0] for x in hr]
        hrss = med([x[1] / 1024 for x in hr])
        ok = all(x[2] == 0 for x in hr) and med(hms) < 3000 and hrss <= small_rss + 1
        t.row("history, 1 GiB (%.2f GB)" % (size / 1e9), "%s ms; %.1f MiB" % (f1(med(hms)), hrss),
              spread(hms, f1), "< 3000 ms, RSS as for 100 000", "-", ok)

    # 1, 2. idle cost of a hold, beside the peers ------------------------------------
    def idle(self):
        hold = catalogue_entry(HOLD60, "stretches", "bench-hold")
        planned = self.planned_s(HOLD60, "bench-hold")
        # the routine is its get-ready, then the one hold, which ends it
        w0 = planned - hold["hold"] + IDLE_SETTLE
        w1 = w0 + IDLE_WINDOW
        if w1 > planned - 1:
            raise HarnessError("the %g s window does not fit in the %d s hold" % (IDLE_WINDOW, hold["hold"]))
        cues = list(hold["cues"].values())
        sc_argv = [self.bin, "--no-checkin", "-c", HOLD60, "run", "bench-hold"]
        progs = [
            ("stretchcoach", sc_argv),
            ("stretchcoach --no-bell", sc_argv[:1] + ["--no-bell"] + sc_argv[1:]),
            ("tty-clock", ["tty-clock", "-c", "-s"]),
            ("dialog", ["dialog", "--pause", "Hold", "10", "40", "60"]),
            ("floor", [self.tick]),
            ("curses floor", [self.cfloor]),
        ]
        got = {name: {"cpu": [], "ticks": [], "bps": [], "wps": [], "rss": []} for name, _ in progs}
        helpers = []
        # sounds really play, the same on every machine: into ALSA's null device
        alsa = os.path.join(self.tmp, "asound.conf")
        with open(alsa, "w") as f:
            f.write("pcm.!default { type null }\nctl.!default { type hw card 0 }\n")
        sound_env = {"CANBERRA_DRIVER": "alsa", "ALSA_CONFIG_PATH": alsa}
        for k in range(IDLE_ROUNDS):
            progress("idle: round %d of %d, a %g s hold (sounds on, and off) beside tty-clock and "
                     "dialog, measuring %g..%g s (%.0f s)"
                     % (k + 1, IDLE_ROUNDS, hold["hold"], w0, w1, w1 + 3))
            panes = [Pane(self, "idle%d-%d" % (k, i), argv, env=sound_env if i == 0 else None)
                     for i, (_, argv) in enumerate(progs)]
            for p in panes:
                p.start()
            for p in panes:
                p.go()
            for p in panes:
                p.wait_started()
            base = max(p.t0 for p in panes)
            sleep_until(base + int(w0 * 1e9))
            s0 = [proc_sample(p.pid) for p in panes]
            for p in panes[:2]:
                scr = p.screen()
                if not any(c in scr for c in cues):
                    raise HarnessError("stretchcoach is not in its hold (no cue of the catalogue "
                                       "on screen):\n" + scr)
            sleep_until(base + int(w1 * 1e9))
            s1 = [proc_sample(p.pid) for p in panes]
            helpers += children_hwm(panes[0].pid)
            for (name, _), p, a, b in zip(progs, panes, s0, s1):
                if not alive(p.pid):
                    raise HarnessError(name + " ended during the window:\n" + p.screen())
                dt = (b["t"] - a["t"]) / 1e9
                g = got[name]
                g["cpu"].append((b["cpu_ns"] - a["cpu_ns"]) / MS / dt * 60)
                g["ticks"].append((b["ticks"] - a["ticks"]) * 1000 / os.sysconf("SC_CLK_TCK") / dt * 60)
                g["bps"].append(p.bytes_between(a["t"], b["t"]) / dt)
                g["wps"].append((b["vcs"] - a["vcs"]) / dt)
                g["rss"].append(b["hwm_kb"] / 1024)
            for p in panes:
                p.kill()
        self.idle_rows(got, [name for name, _ in progs], hold["hold"], helpers)

    def idle_rows(self, got, names, hold_s, helpers):
        sc, off, tc, dl, fl, cf = (got[n] for n in names)
        peers = lambda key, fmt: "tty-clock %s, dialog %s" % (fmt(med(tc[key])), fmt(med(dl[key])))
        t = self.t
        t.section("idle", "Idle cost of a %d s hold, breathing cue on (%d round%s, %g s window each)"
                  % (hold_s, IDLE_ROUNDS, "" if IDLE_ROUNDS == 1 else "s", IDLE_WINDOW))
        cpu, ratio = med(sc["cpu"]), med(sc["cpu"]) / med(tc["cpu"])
        t.row("CPU during a hold (ms per minute)", "%s = %.2fx tty-clock" % (f1(cpu), ratio),
              spread(sc["cpu"], f1), "<= 15, <= 0.5x tty-clock",
              peers("cpu", f1) + ", floor %s" % f1(med(fl["cpu"])), cpu <= 15 and ratio <= 0.5)
        # what each adds to the floor's wake-up and write, same rounds
        above = [a - b for a, b in zip(sc["cpu"], fl["cpu"])]
        tc_above = [a - b for a, b in zip(tc["cpu"], fl["cpu"])]
        t.row("  CPU above the floor (ms per minute)", "%s = %.2fx tty-clock's"
              % (f1(med(above)), med(above) / med(tc_above) if med(tc_above) > 0 else float("nan")),
              spread(above, f1), "-", "tty-clock %s" % f1(med(tc_above)), None)
        # how much room the target leaves: a program that only wakes and writes, against tty-clock
        t.row("  the floor (tick.c) against tty-clock", "%.2fx" % (med(fl["cpu"]) / med(tc["cpu"])),
              spread([a / b for a, b in zip(fl["cpu"], tc["cpu"])], f2), "-",
              "floor %s, tty-clock %s" % (f1(med(fl["cpu"])), f1(med(tc["cpu"]))), None)
        t.row("  a countdown curses updates (ms per minute)", "%s = %.2fx tty-clock"
              % (f1(med(cf["cpu"])), med(cf["cpu"]) / med(tc["cpu"])),
              spread(cf["cpu"], f1), "-", "stretchcoach %s" % f1(cpu), None)
        t.row("terminal output (bytes per second)", f1(med(sc["bps"])), spread(sc["bps"], f1),
              "<= 100", peers("bps", f1), med(sc["bps"]) <= 100)
        t.row("wakeups (voluntary switches per s)", f2(med(sc["wps"])), spread(sc["wps"], f2),
              "<= 4", peers("wps", f2), med(sc["wps"]) <= 4)
        t.row("peak RSS in a session, sounds on (MiB)", f2(med(sc["rss"])), spread(sc["rss"], f2),
              "<= 4", peers("rss", f2), med(sc["rss"]) <= 4, quick=True)
        t.row("peak RSS in a session, --no-bell (MiB)", f2(med(off["rss"])), spread(off["rss"], f2),
              "<= 4", peers("rss", f2), med(off["rss"]) <= 4, quick=True)
        t.note("CPU is the scheduler's run time of the program's threads and child processes; "
               "the floor is tick.c (one wake-up and one write a second, nothing else); "
               "cfloor.c changes the cells a hold changes and lets curses send them; "
               "utime+stime from /proc/PID/stat over the same windows (10 ms ticks), ms/min: "
               "stretchcoach %s, tty-clock %s, dialog %s"
               % (f0(med(sc["ticks"])), f0(med(tc["ticks"])), f0(med(dl["ticks"]))))
        if helpers:
            t.note("sounds on (into ALSA's null device): played by the session's player process, "
                   "peak RSS %s MiB, not counted in the session's" % f2(max(h[2] for h in helpers)))
        else:
            t.note("sounds on: no player process was running at the end of the window "
                   "(the sound theme could not play, so the session rang the bell)")

    # 3. timekeeping ----------------------------------------------------------------
    def timekeeping(self):
        nbusy = max(1, (os.cpu_count() or 2) - 1)
        planned = self.planned_s(R120, DRIFT_ROUTINE)
        routine = catalogue_entry(R120, "routines", DRIFT_ROUTINE)
        names = [catalogue_entry(R120, "stretches", it["stretch"])["name"] for it in routine["items"]]
        progress("timekeeping: %d run%s of a %g s routine (planned by the program) and %d with a "
                 "%g s pause, together, %d core(s) kept busy (~%.0f s)"
                 % (DRIFT_RUNS, "" if DRIFT_RUNS == 1 else "s", planned, DRIFT_RUNS, PAUSE_S,
                    nbusy, planned + PAUSE_S + 5))
        self.busy = [subprocess.Popen(["sh", "-c", "while :; do :; done"]) for _ in range(nbusy)]
        argv = [self.bin, "--no-checkin", "-c", R120, "run", DRIFT_ROUTINE]
        plain = [Pane(self, "drift%d" % i, argv) for i in range(DRIFT_RUNS)]
        paused = [Pane(self, "pause%d" % i, argv) for i in range(DRIFT_RUNS)]
        allp = plain + paused
        for p in allp:
            p.start()
        for p in allp:
            p.go()
        for p in allp:
            p.wait_started()
        for p in paused:
            sleep_until(p.t0 + int(PAUSE_AT * planned * 1e9))
            p.keys("Space")
            p.pause_at = now_ns()
        time.sleep(0.3)
        before = [p.screen() for p in paused]
        time.sleep(1.2)
        for p, scr in zip(paused, before):
            if p.screen() != scr:
                raise HarnessError(p.name + ": the screen still changes after space (no pause):\n"
                                   + p.screen())
        for p in paused:
            sleep_until(p.pause_at + int(PAUSE_S * 1e9))
            p.keys("Space")
            p.resume_at = now_ns()
        for p in plain:
            p.held = 0
        for p in paused:
            p.held = p.resume_at - p.pause_at
        ends = self.wait_summaries(allp, planned, names, routine["name"].encode())
        for b in self.busy:
            b.kill()
            b.wait()
        self.busy = []
        drift = [(ends[p] - p.t0) / MS - planned * 1000 for p in plain]
        # what the pause adds: a paused run's length beyond an unpaused one's in the
        # same run (the median), so start-up and drift, which both share, count once
        # (in the drift row) and not again here
        added = [((ends[p] - p.t0) / MS - planned * 1000 - med(drift)) / 1000 for p in paused]
        held = [p.held / 1e9 for p in paused]
        err = [(a - h) * 1000 for a, h in zip(added, held)]
        for p in allp:
            p.kill()
        t = self.t
        t.section("time", "Timekeeping: a %g s routine (planned by the program) at real speed, %d "
                  "core(s) busy, start to summary on screen, measured outside" % (planned, nbusy))
        adrift = [abs(d) for d in drift]
        t.row("drift over %g s (ms, late > 0)" % planned, "%+.1f" % med(drift),
              spread(drift, lambda x: "%+.1f" % x), "|drift| <= 50 ms", "-", med(adrift) <= 50)
        t.row("%g s pause in the middle adds (s)" % PAUSE_S, f3(med(added)), spread(added, f3),
              "%g s +- 50 ms" % PAUSE_S, "-",
              all(abs(e) <= 50 for e in err) and med([abs(e) for e in err]) <= 50)
        t.note("pause: keys sent %s s apart; added (beyond the unpaused runs' length) minus that, ms: %s"
               % ("/".join(f3(h) for h in held), ", ".join("%+.1f" % e for e in err)))

    def wait_summaries(self, panes, planned, names, title):
        """
        When each pane's summary reached the terminal (ns). A routine is over once
        the program has logged it and every stretch of it is named on one screen;
        the summary's heading names the routine (its catalogue name), written anew
        where the session's heading had it, so the summary reached the terminal
        with the read that completed the last routine name in the output.
        """
        deadline = time.monotonic() + planned + PAUSE_S + 30
        ends = {}
        while len(ends) < len(panes) and time.monotonic() < deadline:
            for p in panes:
                if p in ends or os.path.getsize(p.history) == 0:
                    continue
                scr = p.screen()
                if not all(n in scr for n in names):
                    continue
                at = p.when_output(title, last=True)
                if at is None or at < p.t0 + p.held + int(planned * 0.5e9):
                    raise HarnessError("%s: the summary does not name the routine (%s):\n%s"
                                       % (p.name, title.decode(), scr))
                ends[p] = at
            time.sleep(0.2)
        for p in panes:
            if p not in ends:
                raise HarnessError(p.name + ": the routine did not finish:\n" + p.screen())
        return ends

    def run(self):
        t0 = time.monotonic()
        cc = os.environ.get("CC", "cc")
        for out, src in ((self.runstat, "runstat.c"), (self.tick, "tick.c")):
            if subprocess.run([cc, "-std=c11", "-O2", "-o", out,
                               os.path.join(HERE, src)]).returncode != 0:
                raise HarnessError("cannot build %s with %s" % (src, cc))
        # the two floors that use the program's libraries, linked as it is
        curses = pkg_config("ncursesw", "-lncursesw -ltinfo")
        if not needs_lib(self.bin, "libncursesw"):
            curses = ["-Wl,-Bstatic"] + curses + ["-Wl,-Bdynamic"]
        for out, src, libs in ((self.cfloor, "cfloor.c", curses),
                               (self.parse, "parse.c", pkg_config("libcjson", "-lcjson"))):
            if subprocess.run([cc, "-O2", "-o", out, os.path.join(HERE, src)] + libs).returncode != 0:
                raise HarnessError("cannot build %s with %s" % (src, cc))
        progress("stretchcoach %s; %d CPUs, load average %s; %s; scratch %s" % (
            self.bin, os.cpu_count() or 0, " ".join(open("/proc/loadavg").read().split()[:3]),
            ", ".join(subprocess.run(c, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                                     text=True).stdout.strip().splitlines()[0]
                      for c in (["tmux", "-V"], ["dialog", "--version"], ["hyperfine", "--version"])),
            self.tmp))
        only = os.environ.get("BENCH_ONLY", "startup,idle,time" if QUICK
                              else "startup,scale,idle,time").split(",")
        # scale last: it writes a 1 GiB history, whose writing back to disk
        # went on into the holds measured after it and cost every program more
        for name, phase in (("startup", self.startup), ("idle", self.idle),
                            ("time", self.timekeeping), ("scale", self.scale)):
            if name in only:
                phase()
        self.t.print()
        bad = self.t.failed()
        progress("%d rows, %d FAIL, %.0f s" % (
            len(self.t.rows()), len(bad), time.monotonic() - t0))
        return 1 if bad else 0


def main():
    if len(sys.argv) != 2:
        print("usage: bench.py BIN", file=sys.stderr)
        return 2
    b = None

    def stop(sig, frame):
        raise KeyboardInterrupt
    signal.signal(signal.SIGTERM, stop)
    signal.signal(signal.SIGHUP, stop)
    try:
        b = Bench(sys.argv[1])
        return b.run()
    except HarnessError as e:
        print("bench: harness error: %s" % e, file=sys.stderr)
        if b is not None:
            b.t.print()
        return 2
    except KeyboardInterrupt:
        print("bench: interrupted", file=sys.stderr)
        return 130
    finally:
        if b is not None:
            b.cleanup()


if __name__ == "__main__":
    sys.exit(main())
