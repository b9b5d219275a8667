import os
import tempfile

start = os.getcwd()
with tempfile.TemporaryDirectory() as tmp:
    os.chdir(tmp)
    for d in ["a/b/c", "a/d", "e"]:
        os.makedirs(d)
    for f in ["a/1", "a/b/2", "a/b/c/3", "e/4"]:
        open(f, "w").close()
    order = []
    seen = []
    for root, dirs, files in os.walk(".", topdown=False):
        order.append(root)
        seen.append((root, sorted(dirs), files))
    for entry in sorted(seen):
        print(*entry)
    # Every directory comes after all of the directories inside it.
    for i, root in enumerate(order):
        inner = [r for r in order if r != root and r.startswith(root + "/")]
        assert all(order.index(r) < i for r in inner), root
    print("children before parents:", True)
    # Bottom-up is what removing a tree needs.
    for root, dirs, files in os.walk("a", topdown=False):
        for f in files:
            os.unlink(os.path.join(root, f))
        for d in dirs:
            os.rmdir(os.path.join(root, d))
    os.rmdir("a")
    print(sorted(os.listdir(".")))
    os.chdir(start)
