import os
import tempfile

start = os.getcwd()
layout = ["src/app/main.py", "src/app/util.py", "src/lib/core.py", "docs/readme.md",
          "docs/img/logo.png", "empty_dir/", "top.txt", "src/app/sub/deep/x.py"]
with tempfile.TemporaryDirectory() as tmp:
    os.chdir(tmp)
    for item in layout:
        if item.endswith("/"):
            os.makedirs(item)
        else:
            os.makedirs(os.path.dirname(item) or ".", exist_ok=True)
            with open(item, "w") as f:
                f.write(item)
    for root, dirs, files in os.walk("."):
        dirs.sort()
        print(root, dirs, sorted(files))
    print("--- from src, absolute top stripped")
    for root, dirs, files in os.walk(os.path.join(os.getcwd(), "src")):
        dirs.sort()
        print(os.path.relpath(root), len(dirs), sorted(files))
    print("--- counting")
    total_files = sum(len(files) for _, _, files in os.walk("."))
    total_dirs = sum(len(dirs) for _, dirs, _ in os.walk("."))
    print(total_files, total_dirs)
    w = os.walk("docs")
    print(type(w).__name__, next(w)[0])
    os.chdir(start)
