"""Copy a file in chunks three ways and compare the copies."""
import os
import tempfile

with tempfile.TemporaryDirectory() as tmp:
    os.chdir(tmp)
    payload = bytes((i * 7 + i // 256) % 256 for i in range(70000))
    with open("src.bin", "wb") as f:
        f.write(payload)

    with open("src.bin", "rb") as src, open("copy1.bin", "wb") as dst:
        while True:
            chunk = src.read(4096)
            if not chunk:
                break
            dst.write(chunk)

    buf = bytearray(1000)
    view = memoryview(buf)
    with open("src.bin", "rb") as src, open("copy2.bin", "wb") as dst:
        while n := src.readinto(buf):
            dst.write(view[:n])

    with open("src.bin", "rb", buffering=0) as src, open("copy3.bin", "wb", buffering=0) as dst:
        total = 0
        for chunk in iter(lambda: src.read(65536), b""):
            total += dst.write(chunk)
        print("raw copy wrote", total)

    for name in ["copy1.bin", "copy2.bin", "copy3.bin"]:
        with open(name, "rb") as f:
            print(name, os.path.getsize(name), f.read() == payload)

    with open("lines.txt", "w") as f:
        for i in range(5000):
            print(i, "x" * (i % 50), file=f)
    with open("lines.txt") as src, open("upper.txt", "w") as dst:
        for line in src:
            dst.write(line.upper())
    with open("upper.txt") as f:
        lines = f.readlines()
    print(len(lines), lines[49].rstrip(), os.path.getsize("upper.txt") == os.path.getsize("lines.txt"))
    os.chdir("/")
