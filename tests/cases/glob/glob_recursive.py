import glob
import os
import tempfile

start = os.getcwd()
with tempfile.TemporaryDirectory() as tmp:
    os.chdir(tmp)
    for f in ["top.py", "src/a.py", "src/b.txt", "src/pkg/c.py", "src/pkg/deep/d.py",
              "tests/test_a.py", "docs/x.md"]:
        os.makedirs(os.path.dirname(f) or ".", exist_ok=True)
        open(f, "w").close()
    for pat in ["**", "**/", "**/*.py", "src/**", "src/**/", "src/**/*.py", "**/pkg/**",
                "**/deep", "*/**/*.py", "**/**/*.md", "src/**/deep/*.py", "nope/**"]:
        print(f"{pat:18} non-recursive:", sorted(glob.glob(pat)))
        print(f"{'':18} recursive:    ", sorted(glob.glob(pat, recursive=True)))
    count = sum(1 for _ in glob.iglob("**/*.py", recursive=True))
    print("python files:", count)
    os.chdir(start)
