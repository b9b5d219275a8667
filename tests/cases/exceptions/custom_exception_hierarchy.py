class ParseError(Exception):
    def __init__(self, message, line, col):
        super().__init__(message)
        self.line = line
        self.col = col

    def __str__(self):
        return f"{self.args[0]} at {self.line}:{self.col}"

class UnexpectedToken(ParseError):
    def __init__(self, token, line, col):
        super().__init__(f"unexpected token {token!r}", line, col)
        self.token = token

class UnexpectedEOF(ParseError):
    def __init__(self, line):
        super().__init__("unexpected end of input", line, 0)

def parse(lines):
    for n, line in enumerate(lines, 1):
        for c, ch in enumerate(line, 1):
            if ch == "!":
                raise UnexpectedToken(ch, n, c)
    if lines and lines[-1].endswith("\\"):
        raise UnexpectedEOF(len(lines))
    return "ok"

for src in [["a = 1"], ["x", "y = !"], ["cont \\"], []]:
    try:
        print(parse(src))
    except UnexpectedToken as e:
        print("token error:", e, "| token", e.token, "| repr", repr(e))
    except ParseError as e:
        print("parse error:", e, type(e).__name__, e.line)

class WithDefault(Exception):
    def __init__(self, msg="default message"):
        super().__init__(msg)

print(WithDefault(), repr(WithDefault()), WithDefault("custom"))
try:
    raise WithDefault
except WithDefault as e:
    print("raised class:", e)
