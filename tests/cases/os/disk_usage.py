"""A small `du`: walk a tree, total the file sizes per directory and report them."""
import os
import tempfile


def human(n):
    for unit in ("B", "K", "M", "G"):
        if n < 1024 or unit == "G":
            return f"{n:.1f}{unit}" if unit != "B" else f"{n}B"
        n /= 1024


def disk_usage(top):
    """Return {directory: total bytes of the files below it} and the largest files."""
    totals = {}
    files_seen = []
    for root, dirs, files in os.walk(top, topdown=False):
        size = 0
        for name in files:
            path = os.path.join(root, name)
            if os.path.islink(path):
                continue            # do not count link targets twice
            n = os.path.getsize(path)
            files_seen.append((n, path))
            size += n
        for d in dirs:
            sub = os.path.join(root, d)
            size += totals.get(sub, 0)
        totals[root] = size
    return totals, sorted(files_seen, reverse=True)


start = os.getcwd()
with tempfile.TemporaryDirectory() as tmp:
    os.chdir(tmp)
    plan = {
        "project/src/main.py": 1200,
        "project/src/lib/helpers.py": 800,
        "project/src/lib/big_table.csv": 150_000,
        "project/docs/manual.txt": 40_000,
        "project/docs/images/diagram.png": 2_500_000,
        "project/README": 300,
        "project/empty/.keep": 0,
    }
    for path, size in plan.items():
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "wb") as f:
            f.write(b"\0" * size)
    os.symlink("docs/manual.txt", "project/manual_link")

    totals, biggest = disk_usage("project")
    grand = totals["project"]
    for d in sorted(totals):
        depth = d.count(os.sep)
        share = 100 * totals[d] / grand
        print(f"{human(totals[d]):>8} {share:5.1f}%  {'  ' * depth}{os.path.basename(d)}/")
    print("largest files:")
    for size, path in biggest[:3]:
        print(f"  {size:>9,}  {path}")
    print("files:", len(biggest), "total:", f"{grand:,}", "bytes")
    os.chdir(start)
