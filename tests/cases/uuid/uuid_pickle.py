import pickle
import uuid

u = uuid.UUID("6ba7b810-9dad-11d1-80b4-00c04fd430c8")
p = pickle.loads(pickle.dumps(u))
print(p, p == u, p.is_safe)
s = uuid.UUID(int=5, is_safe=uuid.SafeUUID.safe)
print(pickle.loads(pickle.dumps(s)).is_safe)
