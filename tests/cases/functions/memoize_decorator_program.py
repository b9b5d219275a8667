def memoize(func):
    cache = {}
    stats = {"hits": 0, "misses": 0}

    def wrapper(*args):
        if args in cache:
            stats["hits"] += 1
            return cache[args]
        stats["misses"] += 1
        result = func(*args)
        cache[args] = result
        return result

    wrapper.stats = stats
    wrapper.cache = cache
    wrapper.__name__ = func.__name__
    wrapper.__qualname__ = func.__qualname__
    wrapper.__doc__ = func.__doc__
    return wrapper


@memoize
def grid_paths(rows, cols):
    """Count lattice paths in a grid."""
    if rows == 0 or cols == 0:
        return 1
    return grid_paths(rows - 1, cols) + grid_paths(rows, cols - 1)


@memoize
def edit_distance(a, b):
    if not a:
        return len(b)
    if not b:
        return len(a)
    if a[0] == b[0]:
        return edit_distance(a[1:], b[1:])
    return 1 + min(edit_distance(a[1:], b), edit_distance(a, b[1:]), edit_distance(a[1:], b[1:]))


print(grid_paths(10, 10))
print(grid_paths.stats)
print(grid_paths.__name__, grid_paths.__doc__)
for x, y in [("kitten", "sitting"), ("flaw", "lawn"), ("", "abc"), ("same", "same")]:
    print(x, y, edit_distance(x, y))
print(len(edit_distance.cache) > 0, edit_distance.stats["hits"] > 0)
