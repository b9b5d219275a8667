def flatten(data):
    out = []

    def walk(node, depth):
        if isinstance(node, list):
            for child in node:
                walk(child, depth + 1)
        else:
            out.append((node, depth))
    walk(data, 0)
    return out


print(flatten([1, [2, [3, [4]], 5], [[6]]]))


def is_even(n):
    def even(k):
        return True if k == 0 else odd(k - 1)

    def odd(k):
        return False if k == 0 else even(k - 1)
    return even(n)


print([is_even(i) for i in range(6)])


def permutations(items):
    result = []

    def go(prefix, remaining):
        if not remaining:
            result.append("".join(prefix))
            return
        for idx in range(len(remaining)):
            go(prefix + [remaining[idx]], remaining[:idx] + remaining[idx + 1:])
    go([], list(items))
    return result


print(permutations("abc"))


def memo_fib():
    cache = {0: 0, 1: 1}

    def fib(n):
        if n not in cache:
            cache[n] = fib(n - 1) + fib(n - 2)
        return cache[n]
    return fib, cache


fib, cache = memo_fib()
print(fib(60), len(cache))


def rebinding_self():
    def helper():
        return "first"
    results = [helper()]

    def helper():
        return "second"
    results.append(helper())
    return results


print(rebinding_self())


def depth():
    def level1():
        def level2():
            def level3():
                return __qualname_trick()
            return level3
        return level2
    return level1()()()


def __qualname_trick():
    return "reached module function from depth 3"


print(depth())
print(depth.__qualname__, flatten.__code__.co_name)


def get_inner():
    def inner():
        pass
    return inner


print(get_inner().__qualname__, get_inner().__name__)
