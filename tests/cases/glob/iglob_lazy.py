import glob
import os
import tempfile

start = os.getcwd()
with tempfile.TemporaryDirectory() as tmp:
    os.chdir(tmp)
    for i in range(5):
        open(f"item{i}.dat", "w").close()
    it = glob.iglob("item*.dat")
    print(hasattr(it, "__next__"), iter(it) is it)
    first = next(it)
    rest = list(it)
    print(sorted([first] + rest))
    print(list(glob.iglob("none*")), list(glob.iglob("")), glob.glob(""))
    print(sorted(glob.iglob("**", recursive=True)))
    gen = glob.iglob("*.dat")
    for name in gen:
        if name.endswith("2.dat"):
            break
    print("stopped early ok")
    os.chdir(start)
