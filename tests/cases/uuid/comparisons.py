import uuid

a = uuid.UUID(int=1)
b = uuid.UUID(int=2)
print(a < b, a <= b, a > b, a >= b, a == b, a != b)
print(a == uuid.UUID(int=1), a == 1, a != "x")
try:
    a < 1
except TypeError as exc:
    print("TypeError", exc)
ids = [uuid.UUID(int=n * 7919 % 1000) for n in range(8)]
print([u.int for u in sorted(ids)])
print(hash(uuid.UUID(int=5)) == hash(5))
print(len({uuid.UUID(int=3), uuid.UUID("00000000-0000-0000-0000-000000000003")}))
print(max(ids).int, min(ids).int)
