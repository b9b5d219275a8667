import os
import tempfile
from contextlib import chdir

start = os.getcwd()
with tempfile.TemporaryDirectory() as tmp:
    os.mkdir(os.path.join(tmp, "sub"))
    real_tmp = os.path.realpath(tmp)
    with chdir(tmp) as value:
        print("value:", value)
        print("in tmp:", os.path.realpath(os.getcwd()) == real_tmp)
        with open("note.txt", "w") as f:
            f.write("hello")
        with chdir("sub"):
            print("relative:", os.path.relpath(os.path.realpath(os.getcwd()), real_tmp))
        print("back in tmp:", os.path.realpath(os.getcwd()) == real_tmp)
    print("restored:", os.getcwd() == start)
    print(sorted(os.listdir(tmp)))

    cd = chdir(tmp)
    with cd:
        with cd:
            print("reentrant:", os.path.realpath(os.getcwd()) == real_tmp)
        print("still tmp:", os.path.realpath(os.getcwd()) == real_tmp)
    print("restored again:", os.getcwd() == start)

    try:
        with chdir(tmp):
            raise ValueError("inside")
    except ValueError:
        print("restored after error:", os.getcwd() == start)

try:
    with chdir("does-not-exist"):
        print("never")
except FileNotFoundError as e:
    print("FileNotFoundError:", e.strerror, e.filename)
print("cwd unchanged:", os.getcwd() == start)
