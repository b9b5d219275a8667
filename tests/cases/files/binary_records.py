"""A fixed-size binary record file written and read with hand-rolled packing (no struct)."""
import os
import tempfile

NAME_LEN = 12
RECORD = 4 + NAME_LEN + 8 + 1  # id (u32 LE), name (utf-8, NUL padded), balance (i64 LE), flags (u8)


def pack(rec_id, name, balance, flags):
    raw_name = name.encode("utf-8")[:NAME_LEN]
    out = bytearray()
    out += rec_id.to_bytes(4, "little")
    out += raw_name + b"\x00" * (NAME_LEN - len(raw_name))
    out += balance.to_bytes(8, "little", signed=True)
    out.append(flags)
    assert len(out) == RECORD
    return bytes(out)


def unpack(data):
    rec_id = int.from_bytes(data[0:4], "little")
    name = data[4:4 + NAME_LEN].rstrip(b"\x00").decode("utf-8", "replace")
    balance = int.from_bytes(data[4 + NAME_LEN:12 + NAME_LEN], "little", signed=True)
    flags = data[-1]
    return rec_id, name, balance, flags


MAGIC = b"REC1"

with tempfile.TemporaryDirectory() as tmp:
    os.chdir(tmp)
    people = [(1, "alice", 1500, 0b01), (2, "bob", -250, 0b10), (3, "Zoë Ünïcode", 10 ** 12, 0),
              (70000, "a-very-long-name-cut", -(2 ** 63), 255)]
    with open("db.bin", "wb") as f:
        f.write(MAGIC)
        f.write(len(people).to_bytes(2, "big"))
        for p in people:
            f.write(pack(*p))
    print(os.path.getsize("db.bin"), 6 + RECORD * len(people))

    with open("db.bin", "rb") as f:
        assert f.read(4) == MAGIC
        count = int.from_bytes(f.read(2), "big")
        while True:
            chunk = f.read(RECORD)
            if not chunk:
                break
            print(unpack(chunk))

    # random access: update record #2 in place
    with open("db.bin", "r+b") as f:
        f.seek(6 + RECORD * 1)
        rec = list(unpack(f.read(RECORD)))
        rec[2] += 1000
        f.seek(-RECORD, os.SEEK_CUR)
        f.write(pack(*rec))
        f.seek(6 + RECORD * 1)
        print("updated:", unpack(f.read(RECORD)))

    # read all records with readinto into a preallocated buffer
    with open("db.bin", "rb") as f:
        f.seek(6)
        buf = bytearray(RECORD * count)
        n = f.readinto(buf)
        view = memoryview(buf)
        print(n, [unpack(bytes(view[i:i + RECORD]))[0] for i in range(0, n, RECORD)])

    # a truncated file is detected
    with open("db.bin", "r+b") as f:
        f.truncate(6 + RECORD * 2 + 5)
    with open("db.bin", "rb") as f:
        f.seek(6)
        while chunk := f.read(RECORD):
            if len(chunk) < RECORD:
                print("truncated record of", len(chunk), "bytes")
            else:
                print(unpack(chunk)[:2])
    os.chdir("/")
