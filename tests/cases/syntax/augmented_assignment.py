x = 10
x += 5
print(x)
x -= 3
print(x)
x *= 4
print(x)
x //= 5
print(x)
x %= 5
print(x)
x **= 10
print(x)
x <<= 3
print(x)
x >>= 2
print(x)
x |= 0b1010
print(x)
x &= 0xFF
print(x)
x ^= 0b1111
print(x)
y = 7
y /= 2
print(y)
s = "ab"
s += "cd"
s *= 3
print(s)
t = (1, 2)
t2 = t
t += (3,)
print(t, t2, t is t2)
lst = [1]
alias = lst
lst += [2, 3]
print(lst, alias, lst is alias)
d = {"a": 1}
d["a"] += 10
d.setdefault("b", 0)
d["b"] -= 1
print(d)
class Box:
    def __init__(self):
        self.v = 1
b = Box()
b.v += 41
print(b.v)
grid = [[0] * 3 for _ in range(2)]
grid[1][2] += 5
grid[0][0] -= 1
print(grid)
