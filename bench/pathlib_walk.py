# Build a tree of 10,000 files in a temporary folder, then walk it with pathlib (rglob, stat,
# suffix filtering) and os.walk (issue 5's file-system benchmark).
import os
import pathlib
import tempfile

with tempfile.TemporaryDirectory() as tmp:
    root = pathlib.Path(tmp)
    for d in range(100):
        sub = root / ("dir%02d" % (d % 10)) / ("sub%03d" % d)
        sub.mkdir(parents=True, exist_ok=True)
        for f in range(100):
            (sub / ("file%03d.%s" % (f, "txt" if f % 3 else "log"))).write_text("x" * (f % 50))
    files = list(root.rglob("*"))
    logs = [p for p in files if p.suffix == ".log"]
    size = sum(p.stat().st_size for p in files if p.is_file())
    walked = sum(len(fs) for _, _, fs in os.walk(tmp))
    names = sorted(p.name for p in root.glob("dir0*/sub00*/*.txt"))
    print(len(files), len(logs), size, walked, len(names), names[:2])
