x = "outer x"
squares = [x for x in range(5)]
print(x, squares)

i = "outer i"
gen = (i for i in "abc")
print(i, list(gen))

total = 10
print([total + n for n in range(3)])

matrix = [[r * 3 + c for c in range(3)] for r in range(3)]
print(matrix, [row[i] for i, row in enumerate(matrix)])

print({k: v for k, v in zip("ab", [1, 2])}, {n % 3 for n in range(10)})

if (n := 5) > 3:
    print("walrus at module level", n)
values = [y := 10, y + 1, y + 2]
print(values, y)

last = [(last_seen := v) for v in range(4)]
print(last, last_seen)


def in_function():
    found = [w for w in ["apple", "kiwi", "banana"] if (length := len(w)) > 4]
    return found, length


print(in_function())

data = [1, 2, 3]
gen = (v * 10 for v in data)
data = [100]
print(list(gen))

gen2 = (v * k for v in range(3))
k = 5
print(list(gen2))

try:
    print([undefined_name for _ in range(1)])
except NameError as e:
    print("NameError:", e)

print([[j for j in range(i)] for i in range(4)])


def closure_in_comp():
    fs = [lambda: q for q in range(3)]
    return [f() for f in fs]


print(closure_in_comp())
print(any(z > 2 for z in range(5)), "z" in dir())
