class Expr:
    pass

class Num(Expr):
    __match_args__ = ("value",)
    def __init__(self, value):
        self.value = value

class BinOp(Expr):
    __match_args__ = ("op", "left", "right")
    def __init__(self, op, left, right):
        self.op, self.left, self.right = op, left, right

class Neg(Expr):
    __match_args__ = ("operand",)
    def __init__(self, operand):
        self.operand = operand

def simplify(e):
    match e:
        case BinOp("+", Num(0), x) | BinOp("+", x, Num(0)):
            return simplify(x)
        case BinOp("*", Num(1), x) | BinOp("*", x, Num(1)):
            return simplify(x)
        case BinOp("*", Num(0), _) | BinOp("*", _, Num(0)):
            return Num(0)
        case Neg(Neg(x)):
            return simplify(x)
        case BinOp(op, l, r):
            return BinOp(op, simplify(l), simplify(r))
        case _:
            return e

def show(e):
    match e:
        case Num(v):
            return str(v)
        case Neg(x):
            return f"-{show(x)}"
        case BinOp(op, l, r):
            return f"({show(l)} {op} {show(r)})"

def evaluate(e):
    match e:
        case Num(v):
            return v
        case Neg(x):
            return -evaluate(x)
        case BinOp("+", l, r):
            return evaluate(l) + evaluate(r)
        case BinOp("*", l, r):
            return evaluate(l) * evaluate(r)
        case BinOp(op, _, _):
            raise ValueError(f"unknown operator {op}")

exprs = [
    BinOp("+", Num(0), BinOp("*", Num(1), Num(7))),
    BinOp("*", BinOp("+", Num(2), Num(3)), Num(0)),
    Neg(Neg(BinOp("+", Num(4), Num(5)))),
    BinOp("*", Neg(Num(2)), BinOp("+", Num(3), Num(0))),
]
for e in exprs:
    s = simplify(e)
    print(f"{show(e):28} => {show(s):12} = {evaluate(s)}")
try:
    evaluate(BinOp("^", Num(1), Num(2)))
except ValueError as err:
    print(type(err).__name__, err)
