import os
import tempfile

start = os.getcwd()
with tempfile.TemporaryDirectory() as tmp:
    os.chdir(tmp)
    os.makedirs("real/inner")
    open("real/inner/data", "w").close()
    os.makedirs("tree")
    os.symlink("../real", "tree/link")
    os.symlink("../nowhere", "tree/broken")
    for follow in (False, True):
        for topdown in (True, False):
            rows = []
            for root, dirs, files in os.walk("tree", topdown=topdown, followlinks=follow):
                rows.append((root, sorted(dirs), sorted(files)))
            print("followlinks=%s topdown=%s" % (follow, topdown))
            for row in sorted(rows):
                print("  ", *row)
    os.chdir(start)
