LINES = ["header", "a=1", "b=2", "END", "ignored=3"]

source = iter(LINES)
title = next(source)
print("title:", title)
pairs = {}
for line in iter(lambda: next(source, "END"), "END"):
    k, v = line.split("=")
    pairs[k] = int(v)
print(pairs)
print("remaining:", list(source))

def first_match(items, pred, default=None):
    return next((x for x in items if pred(x)), default)

print(first_match(range(10), lambda x: x * x > 20))
print(first_match([], bool, "nothing"))
print(first_match("xyz", str.isupper))

class Stream:
    def __init__(self, data):
        self.data = list(data)
    def read(self):
        return self.data.pop(0) if self.data else None

s = Stream([3, 1, 4])
print([v for v in iter(s.read, None)])
