"""Group a listing of file names by extension and report counts, as a build tool might."""
import os.path

listing = """
src/main.py
src/util/helpers.py
src/util/__init__.py
docs/index.rst
docs/api.rst
assets/logo.PNG
assets/banner.png
archive/old.tar.gz
archive/older.tar.bz2
Makefile
.gitignore
build/.cache
notes.
tests/test_main.py
""".split()

groups = {}
for name in listing:
    ext = os.path.splitext(name)[1].lower() or "(none)"
    groups.setdefault(ext, []).append(os.path.basename(name))

for ext in sorted(groups, key=lambda e: (-len(groups[e]), e)):
    files = sorted(groups[ext])
    print(f"{ext:8} {len(files):2}  {', '.join(files)}")

folders = sorted({os.path.dirname(n) or "." for n in listing})
print("folders:", folders)
print("top-level:", sorted(n for n in listing if not os.path.dirname(n)))
