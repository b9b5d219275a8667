def nothing():
    pass

def early(n):
    if n < 0:
        return "negative"
    if n == 0:
        return
    return "positive"

def multi():
    return 1, "two", [3]

print(nothing())
print(early(-1), early(0), early(5))
x, y, z = multi()
print(x, y, z, type(multi()).__name__)

def swap(a, b):
    return b, a

print(swap(1, 2))

def find(items, target):
    for i, v in enumerate(items):
        if v == target:
            return i
    return -1

print(find("hello", "l"), find("hello", "z"))

def loop_return():
    while True:
        for i in range(10):
            if i == 3:
                return i

print(loop_return())

def finally_return():
    try:
        return "try"
    finally:
        print("finally runs")

print(finally_return())
