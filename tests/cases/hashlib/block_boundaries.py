import hashlib

# Lengths around the padding boundaries of 64- and 128-byte blocks.
for name in ["md5", "sha1", "sha256", "sha512"]:
    for n in [55, 56, 57, 63, 64, 65, 111, 112, 113, 127, 128, 129, 1000]:
        data = bytes(i % 251 for i in range(n))
        print(name, n, hashlib.new(name, data).hexdigest()[:24])
