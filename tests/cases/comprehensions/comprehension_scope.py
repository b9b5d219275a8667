x = "outer x"
result = [x for x in range(3)]
print(result, x)

i = 100
squares = [i * i for i in range(4)]
print(i)

def f():
    y = 10
    return [y + n for n in range(3)]
print(f())

funcs = [lambda: n for n in range(3)]
print([fn() for fn in funcs])

funcs2 = [(lambda n=n: n) for n in range(3)]
print([fn() for fn in funcs2])

total = 5
print([total + k for k in range(3)])

try:
    print([undefined_var for _ in range(1)])
except NameError as e:
    print(type(e).__name__, e)

print([z for z in range(2)])
try:
    z
except NameError as e:
    print(type(e).__name__, e)

class C:
    factor = 3
    values = [1, 2, 3]
    scaled = [v for v in values]
    try:
        bad = [v * factor for v in values]
    except NameError as e:
        error = str(e)

print(C.scaled, C.error)

data = [[1, 2], [3, 4]]
print([[cell for cell in row] for row in data])
row = "unchanged"
print([row for row in data], row)
