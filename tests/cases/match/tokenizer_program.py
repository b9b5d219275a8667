def tokenize(text):
    tokens = []
    i = 0
    while i < len(text):
        ch = text[i]
        match ch:
            case " " | "\t":
                i += 1
            case "+" | "-" | "*" | "/" | "(" | ")":
                tokens.append(("OP", ch))
                i += 1
            case c if c.isdigit():
                j = i
                while j < len(text) and text[j].isdigit():
                    j += 1
                tokens.append(("NUM", int(text[i:j])))
                i = j
            case c if c.isalpha():
                j = i
                while j < len(text) and text[j].isalnum():
                    j += 1
                tokens.append(("NAME", text[i:j]))
                i = j
            case _:
                raise SyntaxError(f"bad character {ch!r} at {i}")
    return tokens

def evaluate(tokens, env):
    pos = 0
    def peek():
        return tokens[pos] if pos < len(tokens) else ("EOF", None)
    def advance():
        nonlocal pos
        pos += 1
        return tokens[pos - 1]
    def atom():
        match advance():
            case ("NUM", n):
                return n
            case ("NAME", name):
                return env[name]
            case ("OP", "("):
                v = expr()
                advance()
                return v
            case ("OP", "-"):
                return -atom()
            case tok:
                raise SyntaxError(f"unexpected {tok}")
    def term():
        v = atom()
        while peek() in (("OP", "*"), ("OP", "/")):
            match advance():
                case (_, "*"):
                    v *= atom()
                case (_, "/"):
                    v //= atom()
        return v
    def expr():
        v = term()
        while peek() in (("OP", "+"), ("OP", "-")):
            op = advance()[1]
            v = v + term() if op == "+" else v - term()
        return v
    return expr()

env = {"x": 10, "y": 3}
for src in ["1 + 2 * 3", "(1 + 2) * 3", "x * y - 4 / 2", "-x + 100", "2 * (x + y) * 2"]:
    toks = tokenize(src)
    print(f"{src:20} = {evaluate(toks, env)}")
print(tokenize("a1 + 22"))
try:
    tokenize("3 $ 4")
except SyntaxError as e:
    print(type(e).__name__, e)
