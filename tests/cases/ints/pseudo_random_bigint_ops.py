# deterministic LCG to exercise bigint arithmetic consistency
state = 12345
def nxt():
    global state
    state = (state * 6364136223846793005 + 1442695040888963407) % 2 ** 64
    return state
def big():
    n = 0
    for _ in range(4):
        n = (n << 64) | nxt()
    return n if nxt() & 1 else -n
errors = 0
checks = 0
for _ in range(200):
    a, b = big(), big()
    if b == 0:
        continue
    q, r = divmod(a, b)
    checks += 1
    if q * b + r != a or (r != 0 and (r < 0) != (b < 0)):
        errors += 1
    if (a + b) - b != a or (a * b) // b != a or (a ^ b) ^ b != a:
        errors += 1
    if int(str(a)) != a or int(hex(a), 16) != a:
        errors += 1
print("checks", checks, "errors", errors)
print("final state", state)
print(big() * big())
