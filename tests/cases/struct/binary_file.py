"""Write and read a small binary record file, as a real program would."""
import os
import struct
import tempfile

HEADER = struct.Struct("<4sHI")
RECORD = struct.Struct("<i16sd")

people = [(1, "Ada", 36.5), (2, "Grace", 85.25), (3, "Linus", 54.0)]
with tempfile.TemporaryDirectory() as tmp:
    path = os.path.join(tmp, "people.bin")
    with open(path, "wb") as f:
        f.write(HEADER.pack(b"PPL1", 1, len(people)))
        for pid, name, score in people:
            f.write(RECORD.pack(pid, name.encode(), score))
    print(os.path.getsize(path), HEADER.size + len(people) * RECORD.size)
    with open(path, "rb") as f:
        magic, version, count = HEADER.unpack(f.read(HEADER.size))
        print(magic, version, count)
        for _ in range(count):
            pid, raw, score = RECORD.unpack(f.read(RECORD.size))
            print(pid, raw.rstrip(b"\0").decode(), score)
