a, b = 1, 2
a, b = b, a
print(a, b)
a, b, c = 1, 2, 3
a, b, c = c, a, b
print(a, b, c)

lst = [10, 20, 30]
lst[0], lst[2] = lst[2], lst[0]
print(lst)

i = 0
arr = [5, 6, 7]
i, arr[i] = 2, 99
print(i, arr)

arr = [0, 1, 2]
x = 0
arr[x], x = 50, 1
print(arr, x)


class Trace:
    def __init__(self):
        self.log = []

    def __setitem__(self, key, value):
        self.log.append(("set", key, value))

    def __getitem__(self, key):
        self.log.append(("get", key))
        return key


t = Trace()
t["a"], t["b"] = t["x"], t["y"]
print(t.log)


def src():
    print("evaluating rhs")
    return [1, 2]


class Target:
    def __setattr__(self, name, value):
        print("setattr", name, value)
        object.__setattr__(self, name, value)


obj = Target()
obj.first, obj.second = src()
print(obj.first, obj.second)

a = [1, 2, 3]
a[0], a[1:] = "x", "yz"
print(a)

fib = [0, 1]
x, y = 0, 1
for _ in range(10):
    x, y = y, x + y
    fib.append(y)
print(fib)
