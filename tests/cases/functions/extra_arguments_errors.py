def none():
    pass

def one(a):
    pass

def two(a, b=2):
    pass

def kwonly(a, *, b):
    pass

attempts = [
    ("none(1)", lambda: none(1)),
    ("none(1, 2)", lambda: none(1, 2)),
    ("one(1, 2)", lambda: one(1, 2)),
    ("two(1, 2, 3)", lambda: two(1, 2, 3)),
    ("two(1, 2, 3, 4)", lambda: two(1, 2, 3, 4)),
    ("kwonly(1, 2)", lambda: kwonly(1, 2)),
    ("kwonly(1, 2, b=3)", lambda: kwonly(1, 2, b=3)),
]
for text, call in attempts:
    try:
        call()
        print(text, "ok")
    except TypeError as e:
        print(text, "->", type(e).__name__ + ":", e)

class C:
    def m(self):
        return "m"

try:
    C().m(1)
except TypeError as e:
    print(type(e).__name__, e)
