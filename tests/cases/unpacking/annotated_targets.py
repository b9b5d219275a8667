x: int = 5
pair: tuple = 1, 2
first, second = pair
print(x, pair, first, second)
y: list
try:
    print(y)
except NameError as e:
    print("NameError:", e)
print(__annotations__)


class Record:
    a: int
    b: str = "default"
    c, d = 1, 2


print(Record.__annotations__, Record.b, Record.c, Record.d, hasattr(Record, "a"))
for src in ["a, b: int = 1, 2", "(a, b): tuple = 1, 2", "[a]: list = [1]", "(a): int = 1", "a.b: int = 1",
            "a[0]: int = 1", "*a: int = [1]", "def f((a, b)): pass", "lambda (a, b): a"]:
    try:
        compile(src, "<ann>", "exec")
        print(f"{src!r:<28} compiles")
    except SyntaxError as e:
        print(f"{src!r:<28} SyntaxError: {e.msg}")
