def make(rows, cols, fn):
    return [[fn(r, c) for c in range(cols)] for r in range(rows)]

def transpose(m):
    return [list(col) for col in zip(*m)]

def multiply(a, b):
    bt = transpose(b)
    return [[sum(x * y for x, y in zip(row, col)) for col in bt] for row in a]

def show(m, title):
    print(title)
    width = max(len(str(v)) for row in m for v in row)
    for row in m:
        print("  " + " ".join(str(v).rjust(width) for v in row))

a = make(2, 3, lambda r, c: r + c)
b = make(3, 2, lambda r, c: r * 2 - c)
show(a, "A")
show(b, "B")
show(multiply(a, b), "A x B")
show(transpose(a), "A^T")
ident = make(3, 3, lambda r, c: int(r == c))
print(multiply(b, make(2, 2, lambda r, c: int(r == c))) == b)
diag = [ident[i][i] for i in range(3)]
print(diag, sum(sum(row) for row in ident))
print([row for row in make(4, 4, lambda r, c: r * 4 + c) if sum(row) % 2 == 0])
