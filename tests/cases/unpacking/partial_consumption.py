def numbers():
    for i in range(5):
        print(f"  yield {i}")
        yield i


it = numbers()
try:
    a, b = it
except ValueError as e:
    print("ValueError:", e)
print("remaining:", list(it))

it = numbers()
try:
    a, b, c, d, e, f = it
except ValueError as e:
    print("ValueError:", e)

it = iter([1, 2, 3, 4, 5])
first, second = next(it), next(it)
*middle, = it
print(first, second, middle)

it = iter(range(10))
pairs = list(zip(it, it))
print(pairs)

source = iter("abcdef")
x, y, *z = source
print(x, y, z, list(source))

log = []


class Tracked:
    def __init__(self, items):
        self.items = items

    def __iter__(self):
        for item in self.items:
            log.append(item)
            yield item


try:
    p, q = Tracked([1, 2, 3, 4])
except ValueError:
    pass
print("consumed:", log)
