# Long streams cross many state regenerations (every 624 words).
import random

r = random.Random(20240601)
total = 0.0
for i in range(50000):
    total += r.random()
print(total, r.getstate()[1][-1])
print([r.getrandbits(32) for _ in range(5)])
bits = r.getrandbits(624 * 32 + 5)
print(bits.bit_length() <= 624 * 32 + 5, bits % 1000003, r.getstate()[1][-1])
