import os
import tempfile

start = os.getcwd()
with tempfile.TemporaryDirectory() as tmp:
    os.chdir(tmp)
    for i, name in enumerate(["old.log", "mid.log", "new.log"]):
        with open(name, "w") as f:
            f.write(name * (i + 1))
        os.utime(name, (1_000_000 + i * 10, 1_600_000_000 + i * 3600))
    for name in sorted(os.listdir("."), key=os.path.getmtime):
        print(name, os.path.getmtime(name), os.path.getatime(name), os.path.getsize(name))
    newest = max(os.listdir("."), key=os.path.getmtime)
    print("newest:", newest)
    print(type(os.path.getctime("old.log")).__name__)
    os.utime("old.log", ns=(5_000_000_123, 7_000_000_456))
    st = os.stat("old.log")
    print(st.st_mtime_ns, st.st_atime_ns, os.path.getmtime("old.log"))
    os.chdir(start)
