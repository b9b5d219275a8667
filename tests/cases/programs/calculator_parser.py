import math


class ParseError(Exception):
    pass


def tokenize(src):
    tokens = []
    i = 0
    while i < len(src):
        ch = src[i]
        if ch.isspace():
            i += 1
        elif ch.isdigit() or ch == ".":
            j = i
            while j < len(src) and (src[j].isdigit() or src[j] == "."):
                j += 1
            text = src[i:j]
            tokens.append(("num", float(text) if "." in text else int(text)))
            i = j
        elif ch.isalpha():
            j = i
            while j < len(src) and src[j].isalnum():
                j += 1
            tokens.append(("name", src[i:j]))
            i = j
        elif ch in "+-*/^(),%":
            tokens.append(("op", ch))
            i += 1
        else:
            raise ParseError(f"bad character {ch!r} at {i}")
    tokens.append(("end", None))
    return tokens


class Parser:
    FUNCS = {"sqrt": math.sqrt, "abs": abs, "max": max, "min": min}
    CONSTS = {"pi": math.pi, "e": math.e}

    def __init__(self, src, env=None):
        self.tokens = tokenize(src)
        self.pos = 0
        self.env = env or {}

    def peek(self):
        return self.tokens[self.pos]

    def next(self):
        tok = self.tokens[self.pos]
        self.pos += 1
        return tok

    def expect(self, kind, value=None):
        tok = self.next()
        if tok[0] != kind or (value is not None and tok[1] != value):
            raise ParseError(f"expected {value or kind}, got {tok[1]!r}")
        return tok

    def parse(self):
        value = self.expr()
        self.expect("end")
        return value

    def expr(self):
        value = self.term()
        while self.peek() in (("op", "+"), ("op", "-")):
            op = self.next()[1]
            rhs = self.term()
            value = value + rhs if op == "+" else value - rhs
        return value

    def term(self):
        value = self.factor()
        while self.peek()[0] == "op" and self.peek()[1] in "*/%":
            op = self.next()[1]
            rhs = self.factor()
            if op == "*":
                value *= rhs
            elif op == "/":
                value /= rhs
            else:
                value %= rhs
        return value

    def factor(self):
        if self.peek() == ("op", "-"):
            self.next()
            return -self.factor()
        base = self.atom()
        if self.peek() == ("op", "^"):
            self.next()
            return base ** self.factor()
        return base

    def atom(self):
        kind, val = self.next()
        if kind == "num":
            return val
        if kind == "name":
            if self.peek() == ("op", "("):
                self.next()
                args = [self.expr()]
                while self.peek() == ("op", ","):
                    self.next()
                    args.append(self.expr())
                self.expect("op", ")")
                return self.FUNCS[val](*args)
            if val in self.env:
                return self.env[val]
            if val in self.CONSTS:
                return self.CONSTS[val]
            raise ParseError(f"unknown name {val!r}")
        if (kind, val) == ("op", "("):
            v = self.expr()
            self.expect("op", ")")
            return v
        raise ParseError(f"unexpected {val!r}")


tests = [
    "1 + 2 * 3", "(1 + 2) * 3", "2 ^ 3 ^ 2", "-2 ^ 2", "10 / 4", "10 % 4 + 7 % 3",
    "sqrt(16) + abs(-3)", "max(1, 5, 3) - min(4, 2)", "2 * pi", "x * x + y", "1.5 * 4",
    "2 ^ 100", "1 +", "(1 + 2", "3 $ 4", "foo + 1", "1 / 0", "1 2",
]
for t in tests:
    try:
        print(f"{t:<26} = {Parser(t, {'x': 7, 'y': -1}).parse()!r}")
    except ParseError as e:
        print(f"{t:<26} ! ParseError: {e}")
    except ZeroDivisionError as e:
        print(f"{t:<26} ! ZeroDivisionError: {e}")
