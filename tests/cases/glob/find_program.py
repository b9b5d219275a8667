"""A small `find`: walk a tree and report files matching include/exclude patterns."""
import fnmatch
import os
import tempfile


def find(top, include=("*",), exclude=(), prune=()):
    for root, dirs, files in os.walk(top):
        dirs[:] = sorted(d for d in dirs if not any(fnmatch.fnmatch(d, p) for p in prune))
        for name in sorted(files):
            if any(fnmatch.fnmatch(name, p) for p in include) and \
                    not any(fnmatch.fnmatch(name, p) for p in exclude):
                yield os.path.join(root, name)


start = os.getcwd()
with tempfile.TemporaryDirectory() as tmp:
    os.chdir(tmp)
    files = ["app/main.py", "app/test_main.py", "app/util.pyc", "app/__pycache__/x.pyc",
             "lib/core.c", "lib/core.h", "lib/core.o", "lib/.cache/blob", "notes.txt",
             "build/out.o", "build/log.txt", "README.md", "app/conftest.py"]
    for f in files:
        os.makedirs(os.path.dirname(f) or ".", exist_ok=True)
        with open(f, "w") as fh:
            fh.write(f)
    print("python sources:")
    for p in find(".", include=["*.py"], exclude=["test_*", "conftest.py"]):
        print("  ", p)
    print("C files, build dirs pruned:")
    for p in find(".", include=["*.[ch]", "*.o"], prune=["build", ".*"]):
        print("  ", p)
    print("everything except objects and caches:")
    for p in find(".", exclude=["*.o", "*.pyc"], prune=["__pycache__", ".cache"]):
        print("  ", p)
    sizes = {p: os.path.getsize(p) for p in find(".", include=["*.txt", "*.md"])}
    print(sizes)
    os.chdir(start)
