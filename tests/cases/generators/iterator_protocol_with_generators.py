class Range2:
    def __init__(self, start, stop):
        self.start, self.stop = start, stop

    def __iter__(self):
        return Range2Iter(self.start, self.stop)

class Range2Iter:
    def __init__(self, cur, stop):
        self.cur, self.stop = cur, stop

    def __iter__(self):
        return self

    def __next__(self):
        if self.cur >= self.stop:
            raise StopIteration
        v = self.cur
        self.cur += 1
        return v

r = Range2(3, 7)
print(list(r), sum(r), 5 in r, 10 in r)

def gen_from_iter():
    yield from Range2(0, 3)

print(list(gen_from_iter()))
it = iter(r)
print(next(it), next(it))
print(list(zip(it, "xyz")))
print(list(enumerate(Range2(10, 13))))
print(sorted(Range2(1, 5), reverse=True))
a, b, *c = Range2(0, 5)
print(a, b, c)
print(dict.fromkeys(Range2(0, 3)))
