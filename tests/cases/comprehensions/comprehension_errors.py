try:
    [1 / x for x in [1, 2, 0, 4]]
except ZeroDivisionError as e:
    print(type(e).__name__, e)

try:
    {k: v for k, v in [(1, 2), (3,)]}
except ValueError as e:
    print(type(e).__name__, e)

try:
    {[x]: 1 for x in range(2)}
except TypeError as e:
    print(type(e).__name__, e)

try:
    {[x] for x in range(2)}
except TypeError as e:
    print(type(e).__name__, e)

try:
    [x for x in None]
except TypeError as e:
    print(type(e).__name__, e)

try:
    [int(s) for s in ["1", "two"]]
except ValueError as e:
    print(type(e).__name__, e)

partial = []
try:
    for x in [3, 2, 1, 0]:
        partial.append(6 // x)
except ZeroDivisionError:
    pass
print(partial)
