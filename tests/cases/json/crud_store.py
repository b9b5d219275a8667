"""A tiny JSON-file record store: one file per collection, records keyed by id."""
import json
import os
import tempfile


class NotFound(Exception):
    pass


class Store:
    def __init__(self, path):
        self.path = path
        if not os.path.exists(path):
            self._save({"next_id": 1, "records": {}})

    def _load(self):
        with open(self.path, encoding="utf-8") as f:
            return json.load(f)

    def _save(self, state):
        tmp = self.path + ".tmp"
        with open(tmp, "w", encoding="utf-8") as f:
            json.dump(state, f, indent=2, sort_keys=True, ensure_ascii=False)
            f.write("\n")
        os.replace(tmp, self.path)

    def create(self, **fields):
        state = self._load()
        rid = state["next_id"]
        state["next_id"] = rid + 1
        state["records"][str(rid)] = fields
        self._save(state)
        return rid

    def read(self, rid):
        try:
            return self._load()["records"][str(rid)]
        except KeyError:
            raise NotFound(rid) from None

    def update(self, rid, **changes):
        state = self._load()
        rec = state["records"].get(str(rid))
        if rec is None:
            raise NotFound(rid)
        rec.update(changes)
        self._save(state)
        return rec

    def delete(self, rid):
        state = self._load()
        if state["records"].pop(str(rid), None) is None:
            raise NotFound(rid)
        self._save(state)

    def query(self, **match):
        out = []
        for rid, rec in self._load()["records"].items():
            if all(rec.get(k) == v for k, v in match.items()):
                out.append((int(rid), rec))
        return sorted(out)


with tempfile.TemporaryDirectory() as tmp:
    os.chdir(tmp)
    people = Store("people.json")
    a = people.create(name="Ada", role="engineer", langs=["python", "rust"])
    b = people.create(name="Grace", role="admiral", langs=["cobol"])
    c = people.create(name="Linus", role="engineer", langs=["c"], score=9.5)
    print("created", a, b, c)
    print(people.read(b))
    print(people.update(a, role="lead", active=True))
    people.delete(b)
    for rid in (b, 99):
        try:
            people.read(rid)
        except NotFound as e:
            print("not found:", e)
    try:
        people.delete(b)
    except NotFound as e:
        print("delete failed:", e.args)
    print(people.query(role="engineer"))
    print(people.query())
    with open("people.json", encoding="utf-8") as f:
        print(f.read(), end="")
    print(sorted(os.listdir(".")))
    reopened = Store("people.json")
    print(reopened.create(name="Émile", role="engineer"))
    print([rec["name"] for _, rec in reopened.query(role="engineer")])
    os.chdir("/")
