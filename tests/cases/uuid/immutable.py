import copy
import uuid

u = uuid.UUID("6ba7b810-9dad-11d1-80b4-00c04fd430c8")
for stmt in ["u.x = 1", "u.int = 5"]:
    try:
        exec(stmt)
    except TypeError as exc:
        print(stmt, "->", exc)
print(copy.copy(u) == u, copy.deepcopy(u) == u)
s = uuid.UUID(int=5, is_safe=uuid.SafeUUID.safe)
print(s.__getstate__(), u.__getstate__())
print(uuid.UUID.__slots__)
