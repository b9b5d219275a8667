x = 5
print(1 < x < 10)
print(1 < x > 10)
print(0 <= x <= 5 < 6)
print(1 == 1.0 == True)
print(1 < 2 > 1.5 != 0)
print("a" < "b" < "c" < "bb")
calls = []
def v(n):
    calls.append(n)
    return n
print(v(1) < v(0) < v(5))
print(calls)
calls.clear()
print(v(1) < v(2) < v(3))
print(calls)
a = [1, 2]
print(a == [1, 2] is not None)
print(3 in [1, 3] in [[1, 3]])
print(x is not None if False else None is None)
try:
    print(1 < "a" < 2)
except TypeError as e:
    print(type(e).__name__, e)
print((1 < 2) < 3, 1 < (2 < 3))
print(not 1 < 2 < 3)
