import os
import tempfile

start = os.getcwd()
print(os.path.isabs(start), isinstance(os.getcwdb(), bytes), os.fsencode(start) == os.getcwdb())
with tempfile.TemporaryDirectory() as tmp:
    os.chdir(tmp)
    base = os.getcwd()
    os.makedirs("a/b")
    os.chdir("a")
    print(os.path.relpath(os.getcwd(), base))
    os.chdir("b")
    print(os.path.relpath(os.getcwd(), base))
    os.chdir("..")
    os.chdir(os.pardir)
    print(os.getcwd() == base)
    os.chdir(b"a/b")
    print(os.path.relpath(os.getcwd(), base))
    os.chdir(base)
    print(os.path.abspath("x") == os.path.join(base, "x"))
    os.chdir(start)
print(os.getcwd() == start)
