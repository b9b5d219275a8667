class CycleError(Exception):
    pass


class Sheet:
    def __init__(self):
        self.raw = {}
        self.cache = {}

    def set(self, ref, value):
        self.raw[ref] = value
        self.cache.clear()

    def get(self, ref, _stack=()):
        if ref in _stack:
            raise CycleError(" -> ".join(_stack + (ref,)))
        if ref in self.cache:
            return self.cache[ref]
        raw = self.raw.get(ref, "")
        if isinstance(raw, str) and raw.startswith("="):
            value = self.evaluate(raw[1:], _stack + (ref,))
        elif raw == "":
            value = 0
        else:
            value = raw
        self.cache[ref] = value
        return value

    def cells_in(self, rng):
        a, b = rng.split(":")
        col1, row1 = a[0], int(a[1:])
        col2, row2 = b[0], int(b[1:])
        return [f"{chr(c)}{r}" for c in range(ord(col1), ord(col2) + 1) for r in range(row1, row2 + 1)]

    def evaluate(self, expr, stack):
        expr = expr.strip()
        for fname, fn in (("SUM", sum), ("MAX", max), ("MIN", min), ("AVG", lambda v: sum(v) / len(v))):
            if expr.startswith(fname + "(") and expr.endswith(")"):
                return fn([self.get(c, stack) for c in self.cells_in(expr[len(fname) + 1:-1])])
        for op in "+-":
            for i in range(len(expr) - 1, 0, -1):
                if expr[i] == op:
                    return self._apply(op, self.evaluate(expr[:i], stack), self.evaluate(expr[i + 1:], stack))
        for op in "*/":
            i = expr.rfind(op)
            if i > 0:
                return self._apply(op, self.evaluate(expr[:i], stack), self.evaluate(expr[i + 1:], stack))
        if expr[0].isalpha():
            return self.get(expr, stack)
        return float(expr) if "." in expr else int(expr)

    @staticmethod
    def _apply(op, a, b):
        if op == "+":
            return a + b
        if op == "-":
            return a - b
        if op == "*":
            return a * b
        return a / b

    def show(self, refs):
        for r in refs:
            try:
                v = self.get(r)
                print(f"{r:>4} {str(self.raw.get(r, '')):<16} {v!r}")
            except CycleError as e:
                print(f"{r:>4} {str(self.raw.get(r, '')):<16} #CYCLE {e}")
            except ZeroDivisionError:
                print(f"{r:>4} {str(self.raw.get(r, '')):<16} #DIV/0!")


s = Sheet()
for ref, v in [("A1", 10), ("A2", 20), ("A3", 30), ("B1", "=A1*2"), ("B2", "=A2+B1-5"),
               ("B3", "=SUM(A1:A3)"), ("C1", "=AVG(A1:B3)"), ("C2", "=MAX(A1:B2)/4"),
               ("C3", "=A1/A9"), ("D1", "=D2+1"), ("D2", "=D3*2"), ("D3", "=D1"), ("D4", "=2.5*A1+1")]:
    s.set(ref, v)
s.show(["A1", "B1", "B2", "B3", "C1", "C2", "C3", "D1", "D4", "A9"])
s.set("A1", 100)
print("after A1=100:")
s.show(["B1", "B2", "B3", "C1"])
