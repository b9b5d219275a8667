def total(values):
    if not values:
        return 0
    head, *tail = values
    return head + total(tail)


def quicksort(items):
    if len(items) <= 1:
        return list(items)
    pivot, *rest = items
    smaller = [x for x in rest if x < pivot]
    larger = [x for x in rest if x >= pivot]
    return [*quicksort(smaller), pivot, *quicksort(larger)]


def interleave(a, b):
    if not a:
        return list(b)
    if not b:
        return list(a)
    x, *xs = a
    y, *ys = b
    return [x, y, *interleave(xs, ys)]


def pairs(seq):
    match seq:
        case []:
            return []
        case [only]:
            return [(only, None)]
        case [a, b, *rest]:
            return [(a, b), *pairs(rest)]


def reverse(seq):
    *init, last = seq or [None]
    return [] if not seq else [last, *reverse(init)]


print(total([1, 2, 3, 4, 5]), total([]), total(range(10)))
print(quicksort([5, 3, 8, 1, 9, 2, 7, 3]), quicksort("pyrite"), quicksort([]))
print(interleave([1, 3, 5, 7], "ab"))
print(pairs(list("abcde")), pairs([]))
print(reverse([1, 2, 3, 4]), reverse([]))


def compose(*fns):
    if not fns:
        return lambda x: x
    first, *others = fns
    return lambda x: compose(*others)(first(x))


print(compose(lambda x: x + 1, lambda x: x * 10, str)(4))
