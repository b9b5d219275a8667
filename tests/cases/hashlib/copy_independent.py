import hashlib

h = hashlib.sha256(b"prefix-")
c = h.copy()
h.update(b"one")
c.update(b"two")
print(h.hexdigest())
print(c.hexdigest())
print(hashlib.sha256(b"prefix-one").hexdigest() == h.hexdigest())
print(hashlib.sha256(b"prefix-two").digest() == c.digest())
# digest() does not finalize
d1 = h.digest()
d2 = h.digest()
print(d1 == d2)
h.update(b"more")
print(h.digest() != d1)
