import hashlib

messages = [b"", b"a", b"abc", b"message digest", b"abcdefghijklmnopqrstuvwxyz",
            b"The quick brown fox jumps over the lazy dog"]
for name in ["md5", "sha1", "sha224", "sha256", "sha384", "sha512"]:
    ctor = getattr(hashlib, name)
    for m in messages:
        print(name, m[:12], ctor(m).hexdigest())
