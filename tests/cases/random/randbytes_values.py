# randbytes() draws from getrandbits in little-endian order.
import random

r = random.Random(77)
print(r.randbytes(0))
print(r.randbytes(1))
print(r.randbytes(5))
print(r.randbytes(16).hex())
print(len(r.randbytes(1000)))
r.seed(77)
print(r.getrandbits(8).to_bytes(1, "little"))
