import math


class Vector:
    def __init__(self, *components):
        self.c = tuple(components)

    def __len__(self):
        return len(self.c)

    def __getitem__(self, i):
        return self.c[i]

    def __add__(self, other):
        if not isinstance(other, Vector):
            return NotImplemented
        return Vector(*(a + b for a, b in zip(self.c, other.c)))

    def __sub__(self, other):
        return Vector(*(a - b for a, b in zip(self.c, other.c)))

    def __mul__(self, k):
        if isinstance(k, Vector):
            return sum(a * b for a, b in zip(self.c, k.c))
        return Vector(*(a * k for a in self.c))

    __rmul__ = __mul__

    def __neg__(self):
        return self * -1

    def __abs__(self):
        return math.sqrt(self * self)

    def __eq__(self, other):
        return isinstance(other, Vector) and self.c == other.c

    def __repr__(self):
        return f"Vector{self.c}"


class Matrix:
    def __init__(self, rows):
        self.rows = [list(r) for r in rows]
        self.n = len(self.rows)
        self.m = len(self.rows[0])

    @classmethod
    def identity(cls, n):
        return cls([[1 if i == j else 0 for j in range(n)] for i in range(n)])

    def __matmul__(self, other):
        if isinstance(other, Vector):
            return Vector(*(sum(r[j] * other[j] for j in range(self.m)) for r in self.rows))
        if self.m != other.n:
            raise ValueError(f"shape mismatch: {self.n}x{self.m} @ {other.n}x{other.m}")
        cols = list(zip(*other.rows))
        return Matrix([[sum(a * b for a, b in zip(r, c)) for c in cols] for r in self.rows])

    def __pow__(self, k):
        result = Matrix.identity(self.n)
        base = self
        while k:
            if k & 1:
                result = result @ base
            base = base @ base
            k >>= 1
        return result

    def transpose(self):
        return Matrix(zip(*self.rows))

    def det(self):
        if self.n == 1:
            return self.rows[0][0]
        if self.n == 2:
            (a, b), (c, d) = self.rows
            return a * d - b * c
        total = 0
        for j in range(self.m):
            minor = Matrix([r[:j] + r[j + 1:] for r in self.rows[1:]])
            total += (-1) ** j * self.rows[0][j] * minor.det()
        return total

    def __eq__(self, other):
        return self.rows == other.rows

    def __str__(self):
        width = max(len(str(x)) for r in self.rows for x in r)
        return "\n".join("[" + " ".join(f"{x:>{width}}" for x in r) + "]" for r in self.rows)


v = Vector(3, 4)
w = Vector(1, -2)
print(v + w, v - w, v * w, 2 * v, v * 0.5, -w, abs(v))
print(v == Vector(3, 4), v == (3, 4), len(v), list(v))
try:
    v + 1
except TypeError as e:
    print("TypeError:", e)

A = Matrix([[1, 2], [3, 4]])
B = Matrix([[0, 1], [1, 0]])
print(A @ B)
print(B @ A)
print(A.transpose())
print(A @ Vector(1, 1))
fib = Matrix([[1, 1], [1, 0]])
print((fib ** 30).rows[0][1], (fib ** 90).rows[0][1])
M = Matrix([[2, -3, 1], [2, 0, -1], [1, 4, 5]])
print("det", M.det(), A.det(), Matrix.identity(4).det())
print(M @ Matrix.identity(3) == M)
try:
    A @ M
except ValueError as e:
    print("ValueError:", e)
