class Poly:
    def __init__(self, coeffs):
        coeffs = list(coeffs)
        while len(coeffs) > 1 and coeffs[-1] == 0:
            coeffs.pop()
        self.c = coeffs or [0]

    @property
    def degree(self):
        return len(self.c) - 1 if self.c != [0] else -1

    def __call__(self, x):
        result = 0
        for coef in reversed(self.c):
            result = result * x + coef
        return result

    def __add__(self, other):
        if isinstance(other, (int, float)):
            other = Poly([other])
        n = max(len(self.c), len(other.c))
        a = self.c + [0] * (n - len(self.c))
        b = other.c + [0] * (n - len(other.c))
        return Poly(x + y for x, y in zip(a, b))

    __radd__ = __add__

    def __neg__(self):
        return Poly(-x for x in self.c)

    def __sub__(self, other):
        return self + (-other)

    def __mul__(self, other):
        if isinstance(other, (int, float)):
            return Poly(x * other for x in self.c)
        out = [0] * (len(self.c) + len(other.c) - 1)
        for i, a in enumerate(self.c):
            for j, b in enumerate(other.c):
                out[i + j] += a * b
        return Poly(out)

    __rmul__ = __mul__

    def __pow__(self, n):
        result = Poly([1])
        for _ in range(n):
            result = result * self
        return result

    def __divmod__(self, other):
        rem = list(self.c)
        q = [0] * max(1, len(rem) - len(other.c) + 1)
        while len(rem) >= len(other.c) and any(rem):
            shift = len(rem) - len(other.c)
            factor = rem[-1] / other.c[-1]
            if factor == int(factor):
                factor = int(factor)
            q[shift] = factor
            for i, b in enumerate(other.c):
                rem[i + shift] -= factor * b
            rem.pop()
        return Poly(q), Poly(rem)

    def derivative(self):
        return Poly(i * c for i, c in enumerate(self.c) if i) if len(self.c) > 1 else Poly([0])

    def __eq__(self, other):
        return isinstance(other, Poly) and self.c == other.c

    def __str__(self):
        if self.degree < 0:
            return "0"
        terms = []
        for i in range(len(self.c) - 1, -1, -1):
            coef = self.c[i]
            if coef == 0:
                continue
            sign = "-" if coef < 0 else "+"
            mag = abs(coef)
            body = "" if mag == 1 and i else str(mag)
            var = "" if i == 0 else "x" if i == 1 else f"x^{i}"
            terms.append((sign, body + var))
        first_sign, first = terms[0]
        s = ("-" if first_sign == "-" else "") + first
        for sign, t in terms[1:]:
            s += f" {sign} {t}"
        return s

    def __repr__(self):
        return f"Poly({self.c})"


x = Poly([0, 1])
p = (x + 1) ** 3
q = 2 * x ** 2 - 3 * x + 5
print(p)
print(q, "|", repr(q), "| degree", q.degree)
print(p + q, "|", p - p, "|", (p - p).degree)
print(p * q)
print([p(i) for i in range(-2, 3)], q(0.5))
print(p.derivative(), "|", p.derivative().derivative(), "|", Poly([7]).derivative())
quot, rem = divmod(x ** 3 - 1, x - 1)
print(quot, "|", rem)
quot, rem = divmod(x ** 3 + 2 * x + 7, x ** 2 + 1)
print(quot, "|", rem)
print(x ** 2 - 1 == (x - 1) * (x + 1), 3 + x, -x ** 4 + x)
