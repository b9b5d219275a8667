import hashlib

text = b"".join(b"line %d of the log\n" % i for i in range(200))
for name in ["md5", "sha1", "sha224", "sha256", "sha384", "sha512"]:
    whole = hashlib.new(name, text).hexdigest()
    h = hashlib.new(name)
    for i in range(0, len(text), 37):
        h.update(text[i:i + 37])
    print(name, h.hexdigest() == whole, whole[:16])
