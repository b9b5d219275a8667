a = [1, 2]
b = a
a += [3]
print(a, b, a is b)
a += "xy"
print(a)
a += range(2)
print(a)
a *= 2
print(len(a), a is b)
c = a
c *= 0
print(a, b)
x = [1]
y = x
x = x + [2]
print(x, y, x is y)
try:
    x = x + (3,)
except TypeError as e:
    print(type(e).__name__, e)
t = ([1], 2)
try:
    t[0] += [5]
except TypeError as e:
    print(type(e).__name__, e)
print(t)
m = [[0]] * 3
m[0] += [1]
print(m)
n = [0] * -3
print(n)
s = [1, 2]
s *= True
print(s)
try:
    s *= 1.5
except TypeError as e:
    print(type(e).__name__, e)
