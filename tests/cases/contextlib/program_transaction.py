"""An in-memory key-value store with transactions: a @contextmanager commits on success and
rolls back on error; nested transactions use savepoints."""
from contextlib import contextmanager, suppress


class Store:
    def __init__(self):
        self.data = {}
        self._snapshots = []
        self.log = []

    @contextmanager
    def transaction(self, name="tx"):
        self._snapshots.append(dict(self.data))
        self.log.append(f"begin {name}")
        try:
            yield self
        except Exception as e:
            self.data = self._snapshots.pop()
            self.log.append(f"rollback {name} ({type(e).__name__})")
            raise
        else:
            self._snapshots.pop()
            self.log.append(f"commit {name}")

    def set(self, key, value):
        if not isinstance(key, str):
            raise TypeError(f"keys must be str, not {type(key).__name__}")
        self.data[key] = value

    def transfer(self, src, dst, amount):
        with self.transaction(f"transfer {src}->{dst}"):
            if self.data.get(src, 0) < amount:
                raise ValueError(f"insufficient funds in {src}")
            self.data[src] -= amount
            self.data[dst] = self.data.get(dst, 0) + amount


store = Store()
with store.transaction("setup") as s:
    s.set("alice", 100)
    s.set("bob", 20)
print(store.data)

store.transfer("alice", "bob", 30)
print(store.data)
try:
    store.transfer("bob", "carol", 500)
except ValueError as e:
    print("ValueError:", e)
print(store.data)

with suppress(TypeError):
    with store.transaction("outer"):
        store.set("carol", 5)
        with suppress(ValueError):
            store.transfer("carol", "alice", 10)
        store.set(42, "bad key")
print(store.data)

with store.transaction("outer2"):
    store.set("dave", 1)
    try:
        with store.transaction("inner"):
            store.set("erin", 2)
            raise KeyError("inner problem")
    except KeyError:
        pass
print(store.data)
print("\n".join(store.log))
