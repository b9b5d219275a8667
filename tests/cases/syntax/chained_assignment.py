a = b = c = 0
print(a, b, c)
a = b = []
a.append(1)
print(a, b, a is b)

x = y = z = "same"
print(x, y, z)

first, second = pair = (1, 2)
print(first, second, pair)

lst = [0, 0, 0]
i = 0
i = lst[i] = 2
print(i, lst)

d = {}
d["a"] = d["b"] = 5
print(d)

class C:
    pass
obj = C()
obj.p = obj.q = 7
print(obj.p, obj.q)

m = n = 1
m += 1
print(m, n)
