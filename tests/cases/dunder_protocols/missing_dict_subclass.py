class DefaultDict(dict):
    def __init__(self, factory, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.factory = factory

    def __missing__(self, key):
        print(f"  __missing__({key!r})")
        value = self[key] = self.factory()
        return value


d = DefaultDict(list)
d["a"].append(1)
d["a"].append(2)
d["b"].append(3)
print(dict(d), len(d))
print(d.get("zzz"), "zzz" in d, d.setdefault("c", "sd"))


class Counter(dict):
    def __missing__(self, key):
        return 0


words = "the cat and the hat and the bat".split()
c = Counter()
for w in words:
    c[w] += 1
print(sorted(c.items(), key=lambda kv: (-kv[1], kv[0])), c["dog"], "dog" in c)


class Loud(dict):
    def __missing__(self, key):
        raise KeyError(f"no {key}!")


try:
    Loud(a=1)["b"]
except KeyError as e:
    print("KeyError:", e)


class Template(dict):
    def __missing__(self, key):
        return "{" + key + "}"


print("Hello {name}, you are {age}".format_map(Template(name="Ann")))
print("%(x)s and %(y)s" % Template(x="X"))


class NotADict:
    def __missing__(self, key):
        return "never used"

    def __getitem__(self, key):
        raise KeyError(key)


try:
    NotADict()["k"]
except KeyError as e:
    print("KeyError:", e)
