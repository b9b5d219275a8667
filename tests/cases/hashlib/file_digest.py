import hashlib
import io
import os
import tempfile

with tempfile.TemporaryDirectory() as tmp:
    path = os.path.join(tmp, "data.bin")
    with open(path, "wb") as f:
        f.write(b"0123456789" * 5000)
    with open(path, "rb") as f:
        print(hashlib.file_digest(f, "sha256").hexdigest())
    with open(path, "rb") as f:
        print(hashlib.file_digest(f, hashlib.md5).hexdigest())
print(hashlib.file_digest(io.BytesIO(b"abc"), "sha1").hexdigest())
