first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = [1, 2, 3, 4]
print(init, last)
head, *middle, tail = [1, 2, 3, 4, 5]
print(head, middle, tail)
a, b, *c = (1, 2)
print(a, b, c)
*x, y, z = "yz"
print(x, y, z)
a, *b, c, d = range(6)
print(a, b, c, d)
[p, *q] = "hello"
print(p, q)
(*r,) = {1: "a", 2: "b"}
print(r)
*s, = (n * n for n in range(4))
print(s)
first, *_, last = "abcdefg"
print(first, last, _)
print(type(rest).__name__, type(middle).__name__, type(q).__name__)
(a, *b), c = "xyz", 9
print(a, b, c)
a, *b = b"bytes"
print(a, b)
