"""Reading on after end-of-file picks up data appended later (how `tail -f` works)."""
import os
import tempfile

with tempfile.TemporaryDirectory() as tmp:
    os.chdir(tmp)
    for mode, wmode, chunk in [("r", "w", "abc\n"), ("rb", "wb", b"abc\n")]:
        w = open("grow.log", wmode)
        w.write(chunk)
        w.flush()
        r = open("grow.log", mode)
        print(repr(r.read()), repr(r.read()), repr(r.readline()))
        w.write(chunk * 2)
        w.flush()
        print(repr(r.readline()), repr(r.read()))
        w.write(chunk)
        w.flush()
        print([line for line in r])
        w.close()
        r.close()
    with open("g2.log", "w") as w, open("g2.log") as r:
        for i in range(3):
            w.write(f"event {i}\n")
            w.flush()
            print("got:", r.readline().rstrip())
        print(repr(r.readline()))
    os.chdir("/")
