class StackError(Exception):
    pass


class Machine:
    def __init__(self):
        self.stack = []
        self.words = {}
        self.output = []
        self.builtins = {
            "+": lambda a, b: a + b,
            "-": lambda a, b: a - b,
            "*": lambda a, b: a * b,
            "/": lambda a, b: a // b,
            "mod": lambda a, b: a % b,
            "=": lambda a, b: -1 if a == b else 0,
            "<": lambda a, b: -1 if a < b else 0,
            ">": lambda a, b: -1 if a > b else 0,
        }

    def pop(self):
        if not self.stack:
            raise StackError("stack underflow")
        return self.stack.pop()

    def run(self, source):
        self.execute(source.split())

    def execute(self, tokens):
        i = 0
        while i < len(tokens):
            tok = tokens[i].lower()
            i += 1
            if tok == ":":
                name = tokens[i].lower()
                end = tokens.index(";", i)
                self.words[name] = tokens[i + 1:end]
                i = end + 1
            elif tok == "if":
                depth, j = 1, i
                else_at = None
                while depth:
                    t = tokens[j].lower()
                    if t == "if":
                        depth += 1
                    elif t == "then":
                        depth -= 1
                    elif t == "else" and depth == 1:
                        else_at = j
                    j += 1
                cond = self.pop()
                if else_at is None:
                    body = tokens[i:j - 1] if cond else []
                else:
                    body = tokens[i:else_at] if cond else tokens[else_at + 1:j - 1]
                self.execute(body)
                i = j
            elif tok in self.builtins:
                b, a = self.pop(), self.pop()
                if tok == "/" and b == 0:
                    raise StackError("division by zero")
                self.stack.append(self.builtins[tok](a, b))
            elif tok == "dup":
                v = self.pop()
                self.stack += [v, v]
            elif tok == "drop":
                self.pop()
            elif tok == "swap":
                b, a = self.pop(), self.pop()
                self.stack += [b, a]
            elif tok == "over":
                b, a = self.pop(), self.pop()
                self.stack += [a, b, a]
            elif tok == ".":
                self.output.append(str(self.pop()))
            elif tok == "cr":
                print(" ".join(self.output))
                self.output = []
            elif tok in self.words:
                self.execute(self.words[tok])
            else:
                try:
                    self.stack.append(int(tok))
                except ValueError:
                    raise StackError(f"unknown word {tok!r}") from None


programs = [
    "1 2 + 3 * . cr",
    ": sq dup * ; 7 sq . 12 sq . cr",
    ": fact dup 1 > if dup 1 - fact * then ; 5 fact . 20 fact . 30 fact . cr",
    ": fib dup 2 < if else dup 1 - fib swap 2 - fib + then ; 15 fib . cr",
    ": abs dup 0 < if 0 swap - then ; -5 abs . 5 abs . cr",
    "10 3 mod . 10 3 / . 3 4 swap . . 1 2 over . . . cr",
    "1 +",
    "5 0 /",
    "1 2 frob",
    ": gcd dup 0 = if drop else swap over mod gcd then ; 1071 462 gcd . 17 5 gcd . cr",
]
for src in programs:
    m = Machine()
    try:
        m.run(src)
        print("  stack:", m.stack)
    except StackError as e:
        print("  error:", e, "| stack:", m.stack)
