"""A small program that verifies files against a manifest of checksums."""
import hashlib
import os
import tempfile

def checksum(path, algo="sha256"):
    h = hashlib.new(algo)
    with open(path, "rb") as f:
        while True:
            chunk = f.read(1000)
            if not chunk:
                break
            h.update(chunk)
    return h.hexdigest()

with tempfile.TemporaryDirectory() as tmp:
    files = {"a.txt": b"alpha\n" * 300, "b.txt": b"beta\n", "c.txt": b""}
    for name, data in files.items():
        with open(os.path.join(tmp, name), "wb") as f:
            f.write(data)
    manifest = {name: checksum(os.path.join(tmp, name)) for name in sorted(files)}
    with open(os.path.join(tmp, "b.txt"), "ab") as f:
        f.write(b"tampered")
    for name in sorted(manifest):
        now = checksum(os.path.join(tmp, name))
        print(name, "OK" if now == manifest[name] else "CHANGED", manifest[name][:12])
