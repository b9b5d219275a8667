"""A small CSV-backed record store: create, read, update and delete contacts in a file,
rewriting it atomically through DictReader/DictWriter."""
import csv
import os
import tempfile

FIELDS = ["id", "name", "email", "phone", "tags"]


class RecordNotFound(KeyError):
    pass


class CsvStore:
    def __init__(self, path, fields):
        self.path = path
        self.fields = list(fields)
        if not os.path.exists(path):
            self._write([])

    def _read(self):
        with open(self.path, newline="", encoding="utf-8") as f:
            reader = csv.DictReader(f)
            if reader.fieldnames != self.fields:
                raise ValueError("unexpected header: %r" % (reader.fieldnames,))
            return list(reader)

    def _write(self, records):
        tmp = self.path + ".tmp"
        with open(tmp, "w", newline="", encoding="utf-8") as f:
            writer = csv.DictWriter(f, self.fields)
            writer.writeheader()
            writer.writerows(records)
        os.replace(tmp, self.path)

    def create(self, **values):
        records = self._read()
        next_id = max((int(r["id"]) for r in records), default=0) + 1
        record = {"id": str(next_id)}
        record.update({k: str(v) for k, v in values.items()})
        records.append(record)
        self._write(records)
        return next_id

    def get(self, rid):
        for r in self._read():
            if r["id"] == str(rid):
                return r
        raise RecordNotFound(rid)

    def find(self, **criteria):
        return [r for r in self._read()
                if all(r.get(k) == v for k, v in criteria.items())]

    def update(self, rid, **changes):
        records = self._read()
        for r in records:
            if r["id"] == str(rid):
                unknown = set(changes) - set(self.fields)
                if unknown:
                    raise ValueError("unknown fields: %s" % ", ".join(sorted(unknown)))
                r.update({k: str(v) for k, v in changes.items()})
                self._write(records)
                return r
        raise RecordNotFound(rid)

    def delete(self, rid):
        records = self._read()
        kept = [r for r in records if r["id"] != str(rid)]
        if len(kept) == len(records):
            raise RecordNotFound(rid)
        self._write(kept)

    def all(self):
        return self._read()


def dump(store):
    with open(store.path, "rb") as f:
        for line in f.read().split(b"\r\n"):
            if line:
                print("   ", line.decode("utf-8"))


with tempfile.TemporaryDirectory() as tmp:
    store = CsvStore(os.path.join(tmp, "contacts.csv"), FIELDS)
    print("empty:", store.all())
    a = store.create(name="Ada Lovelace", email="ada@example.org", phone="555-0100",
                     tags="math;poetry")
    b = store.create(name='Grace "Amazing" Hopper', email="grace@example.org", phone="",
                     tags="navy,cobol")
    c = store.create(name="Linus", email="linus@example.org", phone=5550199, tags="")
    print("created", a, b, c)
    dump(store)
    print("get 2:", store.get(2))
    print("find phone='':", [r["name"] for r in store.find(phone="")])
    store.update(1, phone="555-0111", tags="math\nfirst programmer")
    print("updated 1:", store.get(1))
    try:
        store.update(3, nickname="penguin")
    except ValueError as e:
        print("ValueError:", e)
    store.delete(2)
    try:
        store.delete(2)
    except RecordNotFound as e:
        print("not found:", e)
    try:
        store.get(42)
    except KeyError as e:
        print("KeyError:", e)
    d = store.create(name="Dennis, M.", email="dmr@example.org", phone="", tags="c")
    print("created", d)
    dump(store)
    for r in store.all():
        print(r["id"], repr(r["name"]), repr(r["tags"]))
    print(sorted(os.listdir(tmp)))
    with open(store.path, "w", newline="") as f:
        f.write("id,name\n1,x\n")
    try:
        store.all()
    except ValueError as e:
        print("ValueError:", e)
