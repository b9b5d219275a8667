data = [3, 8, 1, 9, 4]
if (n := len(data)) > 3:
    print("long list", n)
print(n)
chunks = iter(["ab", "cd", "", "ef"])
while (chunk := next(chunks)):
    print("chunk", chunk)
values = [y for x in range(6) if (y := x * x) % 2 == 0]
print(values, y)
def f(x):
    return x * 10
results = [r for v in range(4) if (r := f(v)) > 10]
print(results)
print((total := 5) + total)
pairs = [(k, v) for k in "ab" for v in (1, 2) if (last := k + str(v))]
print(pairs, last)
def g():
    [(inner := i) for i in range(3)]
    return inner
print(g())
import sys
if (m := max(data)) > 5 and (idx := data.index(m)) >= 0:
    print("max", m, "at", idx)
print(any((hit := v) > 7 for v in data), hit)
