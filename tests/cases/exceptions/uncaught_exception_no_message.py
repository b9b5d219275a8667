def check(items):
    for item in items:
        if item is None:
            raise ValueError
    return len(items)

print(check([1, 2]))
check([1, None])
