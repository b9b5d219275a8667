from itertools import (islice, chain, groupby, zip_longest, count, starmap, repeat, tee,
                       combinations, product, filterfalse, accumulate, cycle)
import operator


def take(n, iterable):
    return list(islice(iterable, n))


def grouper(iterable, n, fillvalue=None):
    args = [iter(iterable)] * n
    return zip_longest(*args, fillvalue=fillvalue)


def flatten(list_of_lists):
    return chain.from_iterable(list_of_lists)


def roundrobin(*iterables):
    num_active = len(iterables)
    nexts = cycle(iter(it).__next__ for it in iterables)
    while num_active:
        try:
            for nxt in nexts:
                yield nxt()
        except StopIteration:
            num_active -= 1
            nexts = cycle(islice(nexts, num_active))


def unique_everseen(iterable):
    seen = set()
    for element in filterfalse(seen.__contains__, iterable):
        seen.add(element)
        yield element


def powerset(iterable):
    s = list(iterable)
    return chain.from_iterable(combinations(s, r) for r in range(len(s) + 1))


def partition(pred, iterable):
    t1, t2 = tee(iterable)
    return list(filterfalse(pred, t1)), list(filter(pred, t2))


def dotproduct(vec1, vec2):
    return sum(map(operator.mul, vec1, vec2))


def run_length(s):
    return ''.join(f'{k}{len(list(g))}' for k, g in groupby(s))


print(take(4, count(7)))
print(list(grouper('ABCDEFG', 3, 'x')))
print(list(flatten([[1, 2], [3], []])))
print(list(roundrobin('ABC', 'D', 'EF')))
print(list(unique_everseen('AAAABBBCCDAABBB')))
print(list(powerset([1, 2, 3])))
print(partition(lambda x: x % 2, range(10)))
print(dotproduct([1, 2, 3], [4, 5, 6]))
print(run_length('aaabccdddd'))
print(list(starmap(operator.pow, zip(range(5), repeat(3)))))
print(list(accumulate(range(10), operator.add))[-1])
grid = [''.join(p) for p in product('ab', 'cd')]
print(grid)
