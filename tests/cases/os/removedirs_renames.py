import os
import tempfile

start = os.getcwd()


def listing():
    out = []
    for root, dirs, files in os.walk("."):
        dirs.sort()
        out.append(root + ": " + " ".join(sorted(files)))
    return out


with tempfile.TemporaryDirectory() as tmp:
    os.chdir(tmp)
    os.makedirs("one/two/three")
    os.makedirs("one/keep")
    os.removedirs("one/two/three")
    print(listing())
    os.makedirs("solo/a/b")
    os.removedirs("solo/a/b/")
    print(os.path.exists("solo"))
    try:
        os.removedirs("one")
    except OSError as exc:
        print(type(exc).__name__ + ":", exc)
    try:
        os.removedirs("nothing/here")
    except FileNotFoundError as exc:
        print("FileNotFoundError:", exc)

    os.makedirs("inbox/2024/march")
    with open("inbox/2024/march/report.txt", "w") as f:
        f.write("q1")
    os.renames("inbox/2024/march/report.txt", "archive/2024/q1/report.txt")
    print(listing())
    os.renames("archive/2024/q1/report.txt", "flat.txt")
    print(listing())
    try:
        os.renames("missing.txt", "new/place.txt")
    except FileNotFoundError as exc:
        print("FileNotFoundError:", exc)
    print(listing())
    os.chdir(start)
