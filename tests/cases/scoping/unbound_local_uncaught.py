total = 0


def add_all(values):
    for v in values:
        total += v
    return total


print("start")
print(add_all([]))
print(add_all([1, 2, 3]))
print("unreachable")
