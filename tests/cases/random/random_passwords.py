# Generating reproducible passwords and tokens.
import random
import string

rng = random.Random("passwords")
alphabet = string.ascii_letters + string.digits + "!@#$%"
for length in (8, 12, 16):
    print("".join(rng.choice(alphabet) for _ in range(length)))
print("".join(rng.choices(string.hexdigits.lower()[:16], k=32)))
print(rng.randbytes(8).hex())
words = ["correct", "horse", "battery", "staple", "orbit", "lemon", "quartz", "violet"]
print("-".join(rng.sample(words, 4)))
