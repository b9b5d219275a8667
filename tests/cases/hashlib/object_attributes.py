import hashlib

for name in ["md5", "sha1", "sha224", "sha256", "sha384", "sha512"]:
    h = getattr(hashlib, name)()
    print(h.name, h.digest_size, h.block_size, len(h.digest()), len(h.hexdigest()))
print(type(hashlib.md5()).__name__)
