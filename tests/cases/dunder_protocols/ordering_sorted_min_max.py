class Version:
    def __init__(self, text):
        self.text = text
        self.parts = tuple(int(p) for p in text.split("."))

    def __lt__(self, other):
        return self.parts < other.parts

    def __eq__(self, other):
        return self.parts == other.parts

    def __repr__(self):
        return f"v{self.text}"


versions = [Version(s) for s in ["1.10.0", "1.2.3", "1.2", "0.9.9", "2.0", "1.2.10"]]
print(sorted(versions))
print(sorted(versions, reverse=True))
print(min(versions), max(versions))
print(Version("1.0") < Version("1.0.1"), Version("2.0") > Version("1.9"))
try:
    Version("1.0") <= Version("2.0")
except TypeError as e:
    print("TypeError:", e)
versions.sort()
print(versions[0], versions[-1])


class Task:
    trace = False

    def __init__(self, prio, name):
        self.prio, self.name = prio, name

    def __lt__(self, other):
        if Task.trace:
            print(f"  compare {self.name} < {other.name}")
        return self.prio < other.prio

    def __repr__(self):
        return self.name


tasks = [Task(3, "c"), Task(1, "a"), Task(2, "b")]
print(sorted(tasks), sorted(tasks, reverse=True))
Task.trace = True
print(max(tasks))
print(min(tasks))


class OnlyGt:
    def __init__(self, v):
        self.v = v

    def __gt__(self, other):
        return self.v > other.v

    def __repr__(self):
        return f"G{self.v}"


print(sorted([OnlyGt(3), OnlyGt(1), OnlyGt(2)]))
print(OnlyGt(1) < OnlyGt(2))
try:
    sorted([Version("1.0"), 3])
except TypeError as e:
    print("TypeError:", e)
try:
    min([object(), object()])
except TypeError as e:
    print("TypeError:", e)
print(sorted([(1, Version("2.0")), (1, Version("1.0")), (0, Version("9.0"))]))
