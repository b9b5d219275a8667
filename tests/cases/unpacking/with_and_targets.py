class Resource:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print(f"enter {self.name}")
        return self.name, len(self.name)

    def __exit__(self, *exc):
        print(f"exit {self.name}")
        return False


with Resource("db") as (name, size):
    print(name, size)

with Resource("a") as (x, y), Resource("bcd") as [p, q]:
    print(x, y, p, q)

with Resource("cache") as pair:
    print(pair)


class Box:
    pass


box = Box()
store = {}
box.a, store["k"], (box.b, store["j"]) = 1, 2, (3, 4)
print(box.a, box.b, store)

lst = [0] * 5
lst[0], lst[-1], *lst[1:3] = "abcd"
print(lst)
lst = list(range(6))
lst[1:3], lst[4] = ["x", "y", "z"], "w"
print(lst)

try:
    with Resource("bad") as (only,):
        print("unreachable")
except ValueError as e:
    print("ValueError:", e)

t = 1,
print(t, type(t).__name__, len(t))
empty = ()
single = ("x",)
not_tuple = ("x")
print(empty, single, not_tuple)
(w1 := 5, w2 := 6)
print(w1, w2)
a = b, c = 7, 8
print(a, b, c)
