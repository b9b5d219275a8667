def min_max(values):
    if not values:
        return None
    return min(values), max(values)


lo, hi = min_max([4, 1, 9])
print(lo, hi)
lo, hi = min_max([])
print("unreachable")
