import glob
import os
import tempfile

start = os.getcwd()
with tempfile.TemporaryDirectory() as tmp:
    for f in ["proj/app.py", "proj/lib/util.py", "proj/README.md", "other/z.py"]:
        os.makedirs(os.path.join(tmp, os.path.dirname(f)), exist_ok=True)
        open(os.path.join(tmp, f), "w").close()
    root = os.path.join(tmp, "proj")
    print(sorted(glob.glob("*.py", root_dir=root)))
    print(sorted(glob.glob("**/*.py", root_dir=root, recursive=True)))
    print(sorted(glob.glob("*", root_dir=root)))
    print(sorted(glob.glob("../other/*", root_dir=root)))
    print(sorted(glob.glob("README.md", root_dir=root)), glob.glob("nope", root_dir=root))
    print(glob.glob("*", root_dir=os.path.join(tmp, "missing")))
    # Absolute patterns ignore root_dir; strip the temporary prefix for printing.
    found = glob.glob(os.path.join(tmp, "proj", "*.md"), root_dir="/")
    print([os.path.relpath(p, tmp) for p in found])
    # Without root_dir the results keep the directory part of the pattern.
    print([os.path.relpath(p, tmp) for p in sorted(glob.glob(os.path.join(root, "*", "*.py")))])
    os.chdir(start)
