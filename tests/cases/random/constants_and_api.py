# Module constants and the public API.
import random

print(random.NV_MAGICCONST, random.TWOPI, random.LOG4, random.SG_MAGICCONST)
print(random.BPF, random.RECIP_BPF)
print(random.Random.VERSION)
print(random.__all__)
r = random.Random()
for name in ["seed", "random", "getrandbits", "getstate", "setstate", "randbytes", "choice",
             "choices", "sample", "shuffle"]:
    print(name, callable(getattr(r, name)))
print(issubclass(random.SystemRandom, random.Random))
