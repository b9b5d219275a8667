# random() sequences for a range of integer seeds, including big and negative ones.
import random

for seed in [0, 1, 2, 42, 12345, 2**32 - 1, 2**32, 2**64 + 7, 10**40, -1, -12345]:
    random.seed(seed)
    print(seed, [random.random() for _ in range(4)])
