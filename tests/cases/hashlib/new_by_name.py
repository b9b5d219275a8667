import hashlib

for name in ["md5", "SHA1", "Sha256", "sha512"]:
    h = hashlib.new(name, b"hello")
    print(name, h.name, h.hexdigest()[:20])
print(hashlib.new(name="md5", data=b"x").hexdigest())
print(hashlib.md5(string=b"x").hexdigest())
print(hashlib.sha1(usedforsecurity=False).name)
print(set(["md5", "sha1", "sha224", "sha256", "sha384", "sha512"]) <= hashlib.algorithms_guaranteed)
print(set(["md5", "sha256"]) <= hashlib.algorithms_available)
