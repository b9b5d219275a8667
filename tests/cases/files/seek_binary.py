import io
import os
import tempfile

with tempfile.TemporaryDirectory() as tmp:
    os.chdir(tmp)
    with open("b.bin", "wb") as f:
        f.write(bytes(range(20)))
        print(f.tell(), f.seek(5), f.tell())
        f.write(b"\xff")
        print(f.seek(0, io.SEEK_END), f.seek(30), f.tell())
        f.write(b"!")
    print(os.path.getsize("b.bin"))
    with open("b.bin", "rb") as f:
        data = f.read()
        print(data[18:], len(data))
        print(f.seek(-3, 2), f.read())
        print(f.seek(2), f.seek(3, 1), f.read(2), f.tell())
        print(f.seek(-2, 1), f.read(2))
        for args in [(-1,), (-100, 1), (-100, 2), (0, 5), (1.5,)]:
            try:
                print(args, f.seek(*args))
            except (OSError, ValueError, TypeError) as e:
                print(args, type(e).__name__, e)
        print(f.seek(100), f.read(), f.tell())
    with open("b.bin", "rb", buffering=0) as f:
        print(f.seek(-1, 2), f.read(), f.tell())
        try:
            f.seek(-100)
        except OSError as e:
            print(type(e).__name__, e.errno, e)
    os.chdir("/")
