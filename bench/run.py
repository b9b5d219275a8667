#!/usr/bin/env python3
"""Run the pyrite benchmark suite against CPython.

Usage: python3 bench/run.py [--runs N] [--pyrite PATH] [--python PYTHON]
                            [--timeout SECONDS] [NAME ...]

For each benchmark bench/<name>.py (all of them, or the NAMEs given), run
python3 and pyrite alternately N times, take the minimum wall time of each and
the peak resident memory of that child (via `/usr/bin/time -f %M` when it
exists, else os.wait4's rusage; see run_child), and check that both printed the
same stdout. Prints one table row per benchmark, the
geometric mean of the pyrite/python3 time ratios over the benchmarks that ran
correctly, and the start-up time of `-c pass` for both.

Always exits 0 once the benchmarks have been attempted (failures are reported
in the table), so it can be used for reporting.
"""

import argparse
import math
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time

BENCH_DIR = os.path.dirname(os.path.abspath(__file__))
REPO_ROOT = os.path.dirname(BENCH_DIR)
NOT_BENCHMARKS = {"run.py"}


class Result:
    """Outcome of one child process."""

    def __init__(self, seconds, maxrss_kb, status, stdout, stderr, timed_out=False,
                 launch_error=None):
        self.seconds = seconds
        self.maxrss_kb = maxrss_kb
        self.status = status
        self.stdout = stdout
        self.stderr = stderr
        self.timed_out = timed_out
        self.launch_error = launch_error

    @property
    def ok(self):
        return self.launch_error is None and not self.timed_out and self.status == 0


def find_gnu_time():
    """Path of GNU time if it is usable with `-f %M -o FILE`, else None."""
    path = "/usr/bin/time"
    if not os.access(path, os.X_OK):
        return None
    with tempfile.NamedTemporaryFile("r") as f:
        try:
            r = subprocess.run([path, "-f", "%M", "-o", f.name, "true"],
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=10)
        except (OSError, subprocess.SubprocessError):
            return None
        return path if r.returncode == 0 and f.read().strip().isdigit() else None


# Peak memory. os.wait4 returns the rusage of that one child, but on Linux a child's
# ru_maxrss also covers its life before exec, when it was a (v)fork of this runner,
# so it can never read below this script's own RSS (~14 MB). GNU time's child is a fork
# of the small `time` process instead, so when /usr/bin/time exists each run goes
# through `time -f %M -o FILE` (about 1 ms of extra wall time); otherwise the numbers
# come from os.wait4 and are floored at the runner's RSS.
GNU_TIME = None
MEMORY_SOURCE = "os.wait4"


def run_child(argv, timeout, measure_memory=True):
    """Run argv once; return a Result with wall time and this child's peak RSS."""
    use_time = measure_memory and GNU_TIME is not None
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err, \
            tempfile.NamedTemporaryFile("r") as mem:
        cmd = [GNU_TIME, "-f", "%M", "-o", mem.name] + argv if use_time else argv
        if use_time and not shutil.which(argv[0]):
            # GNU time would report exit 127 with only a message in the -o file.
            return Result(0.0, 0, None, b"", b"", launch_error=f"cannot run {argv[0]}: not found")
        start = time.perf_counter()
        try:
            proc = subprocess.Popen(cmd, stdin=subprocess.DEVNULL, stdout=out, stderr=err,
                                    start_new_session=True)
        except OSError as e:
            return Result(0.0, 0, None, b"", b"", launch_error=f"cannot run {argv[0]}: {e}")
        timed_out = []

        def kill():
            timed_out.append(True)
            try:
                os.killpg(proc.pid, signal.SIGKILL)
            except OSError:
                pass

        timer = threading.Timer(timeout, kill)
        timer.start()
        try:
            # wait4 reaps this child only and returns its own rusage.
            _, wstatus, rusage = os.wait4(proc.pid, 0)
        except BaseException:
            timer.cancel()
            kill()
            raise
        finally:
            timer.cancel()
        elapsed = time.perf_counter() - start
        proc.returncode = os.waitstatus_to_exitcode(wstatus)
        status = proc.returncode
        if use_time:
            text = mem.read()
            lines = text.split()
            maxrss = int(lines[-1]) if lines and lines[-1].isdigit() else 0
            m = re.search(r"terminated by signal (\d+)", text)
            if m:  # time exits 128+N; report it like a direct child killed by signal N
                status = -int(m.group(1))
        else:
            maxrss = rusage.ru_maxrss
            if sys.platform == "darwin":  # bytes there, kilobytes on Linux
                maxrss //= 1024
        out.seek(0)
        err.seek(0)
        return Result(elapsed, maxrss, status, out.read(), err.read(),
                      timed_out=bool(timed_out))


def failure_summary(res):
    """One line describing why a run failed."""
    if res.launch_error:
        return res.launch_error
    if res.timed_out:
        return "timed out"
    lines = [ln.strip() for ln in res.stderr.decode("utf-8", "replace").splitlines()
             if ln.strip()]
    how = f"killed by signal {-res.status}" if res.status < 0 else f"exit {res.status}"
    if not lines:
        return f"{how}, no stderr"
    # A Python traceback's first line says nothing; its last names the exception.
    line = lines[-1] if lines[0].startswith("Traceback") else lines[0]
    if len(line) > 160:
        line = line[:157] + "..."
    return f"{how}: {line}"


def first_difference(a, b):
    """Describe the first differing stdout line between python (a) and pyrite (b)."""
    la = a.decode("utf-8", "replace").splitlines()
    lb = b.decode("utf-8", "replace").splitlines()
    for i in range(max(len(la), len(lb))):
        x = la[i] if i < len(la) else "<missing>"
        y = lb[i] if i < len(lb) else "<missing>"
        if x != y:
            return f"line {i + 1}: python3 {x[:100]!r} / pyrite {y[:100]!r}"
    return "outputs differ in trailing whitespace or newlines"


def find_benchmarks(names):
    available = sorted(f[:-3] for f in os.listdir(BENCH_DIR)
                       if f.endswith(".py") and f not in NOT_BENCHMARKS)
    if not names:
        return available
    chosen = []
    for n in names:
        base = os.path.basename(n)
        if base.endswith(".py"):
            base = base[:-3]
        if base not in available:
            sys.exit(f"run.py: unknown benchmark {n!r} (available: {', '.join(available)})")
        chosen.append(base)
    return chosen


def fmt_mb(kb):
    return f"{kb / 1024:.1f}"


def main():
    ap = argparse.ArgumentParser(description="Benchmark pyrite against CPython.")
    ap.add_argument("names", nargs="*", help="benchmarks to run (default: all)")
    ap.add_argument("--runs", type=int, default=3, help="runs per interpreter (default 3)")
    ap.add_argument("--pyrite", default=os.path.join(REPO_ROOT, "target", "release", "pyrite"),
                    help="pyrite binary (default: target/release/pyrite in the repo root)")
    ap.add_argument("--python", default="python3", help="reference interpreter (default python3)")
    ap.add_argument("--timeout", type=float, default=120.0,
                    help="seconds before a single run is killed (default 120)")
    ap.add_argument("--startup-runs", type=int, default=20,
                    help="runs of `-c pass` for the start-up time (default 20)")
    args = ap.parse_args()
    if args.runs < 1:
        ap.error("--runs must be at least 1")

    pyrite = args.pyrite
    if not os.path.isabs(pyrite) and os.sep in pyrite:
        pyrite = os.path.abspath(pyrite)
    names = find_benchmarks(args.names)
    global GNU_TIME, MEMORY_SOURCE
    GNU_TIME = find_gnu_time()
    if GNU_TIME:
        MEMORY_SOURCE = f"{GNU_TIME} -f %M"
    else:
        MEMORY_SOURCE = "os.wait4 (floored at this runner's own RSS)"

    print(f"pyrite:  {pyrite}")
    print(f"python3: {args.python}")
    print(f"runs:    {args.runs} (minimum wall time; peak RSS from {MEMORY_SOURCE})")
    print()
    header = f"{'benchmark':<16} {'python3 s':>10} {'pyrite s':>10} {'ratio':>8} " \
             f"{'python3 MB':>11} {'pyrite MB':>10}  status"
    print(header)
    print("-" * len(header))
    sys.stdout.flush()

    ratios = []
    notes = []
    failed = []
    for name in names:
        script = os.path.join(BENCH_DIR, name + ".py")
        py_runs, pr_runs = [], []
        status = "ok"
        for _ in range(args.runs):
            py = run_child([args.python, script], args.timeout)
            py_runs.append(py)
            if not py.ok:
                status = "PYERROR"
                notes.append(f"{name}: python3 failed: {failure_summary(py)}")
                break
            pr = run_child([pyrite, script], args.timeout)
            pr_runs.append(pr)
            if not pr.ok:
                status = "TIMEOUT" if pr.timed_out else "ERROR"
                notes.append(f"{name}: {failure_summary(pr)}")
                break
            if pr.stdout != py.stdout:
                status = "MISMATCH"
                notes.append(f"{name}: {first_difference(py.stdout, pr.stdout)}")
                break

        py_ok = [r for r in py_runs if r.ok]
        py_s = min(r.seconds for r in py_ok) if py_ok else None
        py_mb = max(r.maxrss_kb for r in py_ok) if py_ok else None
        # Pyrite's time is shown even for a mismatch (the run completed); not for errors.
        pr_done = [r for r in pr_runs if r.ok]
        pr_s = min(r.seconds for r in pr_done) if pr_done else None
        pr_mb = max(r.maxrss_kb for r in pr_done) if pr_done else None
        ratio = pr_s / py_s if (py_s and pr_s is not None and status in ("ok", "MISMATCH")) \
            else None
        if status == "ok":
            ratios.append(ratio)
        else:
            failed.append(f"{name} ({status})")

        print(f"{name:<16} "
              f"{(f'{py_s:.3f}' if py_s is not None else '-'):>10} "
              f"{(f'{pr_s:.3f}' if pr_s is not None else '-'):>10} "
              f"{(f'{ratio:.2f}x' if ratio is not None else '-'):>8} "
              f"{(fmt_mb(py_mb) if py_mb is not None else '-'):>11} "
              f"{(fmt_mb(pr_mb) if pr_mb is not None else '-'):>10}  {status}")
        sys.stdout.flush()

    print("-" * len(header))
    if ratios:
        geo = math.exp(sum(math.log(r) for r in ratios) / len(ratios))
        print(f"geometric mean of ratios over {len(ratios)}/{len(names)} correct benchmarks: "
              f"{geo:.2f}x")
    else:
        print(f"geometric mean of ratios: - (0/{len(names)} benchmarks ran correctly)")
    if failed:
        print("not counted: " + ", ".join(failed))
    if notes:
        print()
        for n in notes:
            print("  " + n)

    # Start-up time.
    print()
    startup = {}
    for label, exe in (("python3", args.python), ("pyrite", pyrite)):
        best, peak, err = None, 0, None
        # Timed without the GNU time wrapper (its ~1 ms would dominate), then one
        # more run for the peak memory.
        for _ in range(max(1, args.startup_runs)):
            r = run_child([exe, "-c", "pass"], args.timeout, measure_memory=False)
            if not r.ok:
                err = failure_summary(r)
                break
            best = r.seconds if best is None else min(best, r.seconds)
        if err is None:
            r = run_child([exe, "-c", "pass"], args.timeout)
            if r.ok:
                peak = r.maxrss_kb
            else:
                err = failure_summary(r)
        startup[label] = (best, peak, err)
    parts = []
    for label in ("python3", "pyrite"):
        best, peak, err = startup[label]
        if err:
            parts.append(f"{label} ERROR ({err})")
        else:
            parts.append(f"{label} {best * 1000:.1f} ms / {fmt_mb(peak)} MB")
    line = f"start-up (`-c pass`, min of {max(1, args.startup_runs)}): " + ", ".join(parts)
    py_best, pr_best = startup["python3"][0], startup["pyrite"][0]
    if py_best and pr_best is not None and not startup["pyrite"][2]:
        line += f", ratio {pr_best / py_best:.2f}x"
    print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
