print(max(3, 7, 2), min(3, 7, 2), max([1.5, -2, 1]), min("banana"))
print(max([], default="empty"), min((), default=None))
print(max(["aa", "b", "ccc"], key=len), min(["aa", "b", "ccc"], key=len))
print(max([2, 3, 3.0], key=lambda x: x), max([3.0, 3]))
try:
    max([])
except ValueError as e:
    print(type(e).__name__, e)
try:
    min(1)
except TypeError as e:
    print(type(e).__name__, e)
print(abs(-7), abs(7.25), abs(-2 ** 80))
print(round(7), round(7.5), round(8.5), round(-7.5), round(3.14159, 2), round(1234, -2), round(1250, -2), round(1350, -2))
print(type(round(7.5)).__name__, type(round(7.5, 0)).__name__, round(-0.4))
print(sum(range(101)), sum([[1], [2]], []), sum([0.5, 0.25], 10))
