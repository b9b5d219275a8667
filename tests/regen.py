#!/usr/bin/env python3
"""Regenerate the expected outputs of the behaviour cases from CPython (the oracle).

Every `tests/cases/<area>/<name>.py` is run with `python3 <name>.py` from its own folder, exactly
as the harness runs pyrite. The case folder's absolute path (which CPython puts in tracebacks) is
removed from the output, and the harness removes it from pyrite's output the same way. The results
go next to the case:

    <name>.out    stdout (always written)
    <name>.err    stderr (only when non-empty)
    <name>.code   exit status (only when non-zero)

Optional companions written by hand: `<name>.in` is fed as stdin, `<name>.args` holds extra
command-line arguments (one per line).

Usage: python3 tests/regen.py [case.py or folder ...]   (default: every case)
"""
import os
import subprocess
import sys

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "cases")


def cases(paths):
    if not paths:
        paths = [ROOT]
    for p in paths:
        if os.path.isdir(p):
            for dirpath, _, files in os.walk(p):
                for f in sorted(files):
                    if f.endswith(".py") and not dirpath.rsplit(os.sep, 1)[-1].startswith("_"):
                        yield os.path.join(dirpath, f)
        else:
            yield p


def regen(path):
    folder, name = os.path.split(os.path.abspath(path))
    stem = name[:-3]
    args = []
    if os.path.exists(os.path.join(folder, stem + ".args")):
        with open(os.path.join(folder, stem + ".args")) as f:
            args = [line.rstrip("\n") for line in f if line.strip()]
    stdin = b""
    if os.path.exists(os.path.join(folder, stem + ".in")):
        with open(os.path.join(folder, stem + ".in"), "rb") as f:
            stdin = f.read()
    env = dict(os.environ, PYTHONHASHSEED="0", PYTHONIOENCODING="utf-8", PYTHONDONTWRITEBYTECODE="1")
    env.pop("PYTHONPATH", None)
    env.pop("COLUMNS", None)
    env.pop("LINES", None)
    env.pop("PYTHONUNBUFFERED", None)
    proc = subprocess.run([sys.executable, name] + args, cwd=folder, input=stdin,
                          capture_output=True, env=env, timeout=60)
    # CPython makes the script path absolute; keep expected files independent of the checkout.
    prefix = (folder + os.sep).encode()
    stdout = proc.stdout.replace(prefix, b"")
    stderr = proc.stderr.replace(prefix, b"")
    with open(os.path.join(folder, stem + ".out"), "wb") as f:
        f.write(stdout)
    for ext, content in ((".err", stderr), (".code", b"%d\n" % proc.returncode if proc.returncode else b"")):
        target = os.path.join(folder, stem + ext)
        if content:
            with open(target, "wb") as f:
                f.write(content)
        elif os.path.exists(target):
            os.remove(target)


def main():
    if sys.version_info[:2] != (3, 11):
        sys.exit("regen.py must run under CPython 3.11, the oracle")
    n = 0
    for path in cases(sys.argv[1:]):
        regen(path)
        n += 1
    print(f"regenerated {n} cases")


if __name__ == "__main__":
    main()
