import os
import tempfile

start = os.getcwd()
with tempfile.TemporaryDirectory() as tmp:
    os.chdir(tmp)
    for d in [".git/objects", "node_modules/pkg", "src/pkg", "src/__pycache__", "build/out"]:
        os.makedirs(d)
        open(os.path.join(d, "f"), "w").close()
    SKIP = {".git", "node_modules", "__pycache__"}
    for root, dirs, files in os.walk("."):
        dirs[:] = sorted(d for d in dirs if d not in SKIP)
        print(root, dirs, files)
    print("--- reversed order, stop at depth 1")
    for root, dirs, files in os.walk("."):
        depth = root.count(os.sep)
        dirs.sort(reverse=True)
        print(depth, root, dirs)
        if depth >= 1:
            dirs.clear()
    os.chdir(start)
