# a tiny expression evaluator with precedence climbing
def tokenize(src):
    tokens, i = [], 0
    while i < len(src):
        ch = src[i]
        if ch.isspace():
            i += 1
        elif ch.isdigit() or ch == ".":
            j = i
            while j < len(src) and (src[j].isdigit() or src[j] == "."):
                j += 1
            text = src[i:j]
            tokens.append(float(text) if "." in text else int(text))
            i = j
        elif ch in "+-*/%()^":
            tokens.append(ch)
            i += 1
        else:
            raise SyntaxError(f"bad character {ch!r} at {i}")
    return tokens

PREC = {"+": (1, "L"), "-": (1, "L"), "*": (2, "L"), "/": (2, "L"), "%": (2, "L"), "^": (3, "R")}

def parse(tokens, min_prec=1):
    lhs = atom(tokens)
    while tokens and tokens[0] in PREC and PREC[tokens[0]][0] >= min_prec:
        op = tokens.pop(0)
        prec, assoc = PREC[op]
        rhs = parse(tokens, prec + 1 if assoc == "L" else prec)
        lhs = apply(op, lhs, rhs)
    return lhs

def atom(tokens):
    tok = tokens.pop(0)
    if tok == "(":
        val = parse(tokens)
        tokens.pop(0)
        return val
    if tok == "-":
        return -atom(tokens)
    return tok

def apply(op, a, b):
    if op == "+": return a + b
    if op == "-": return a - b
    if op == "*": return a * b
    if op == "/": return a / b
    if op == "%": return a % b
    return a ** b

for expr in ["1 + 2 * 3", "(1 + 2) * 3", "2 ^ 3 ^ 2", "10 / 4", "-7 % 3",
             "2.5 * 4", "1 - 2 - 3", "8 / (3 - 3)", "3 $ 4", "2 ^ 100"]:
    try:
        print(f"{expr:12} = {parse(tokenize(expr))}")
    except (ZeroDivisionError, SyntaxError) as e:
        print(f"{expr:12} ! {type(e).__name__}: {e}")
