def integers():
    n = 1
    while True:
        yield n
        n += 1

def evens(nums):
    return (n for n in nums if n % 2 == 0)

def squared(nums):
    for n in nums:
        yield n * n

def limit(nums, maximum):
    for n in nums:
        if n > maximum:
            return
        yield n

result = list(limit(squared(evens(integers())), 500))
print(result)

def running_total(nums):
    total = 0
    for n in nums:
        total += n
        yield total

print(list(running_total(range(1, 11))))

def window(it, size):
    buf = []
    for x in it:
        buf.append(x)
        if len(buf) > size:
            buf.pop(0)
        if len(buf) == size:
            yield tuple(buf)

print(list(window(range(6), 3)))

def unique(it):
    seen = set()
    for x in it:
        if x not in seen:
            seen.add(x)
            yield x

print(list(unique([3, 1, 3, 2, 1, 5, 2])))

def interleave(*gens):
    gens = [iter(g) for g in gens]
    while gens:
        for g in list(gens):
            try:
                yield next(g)
            except StopIteration:
                gens.remove(g)

print(list(interleave([1, 2, 3], "ab", range(10, 14))))
