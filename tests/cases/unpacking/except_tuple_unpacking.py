NUMERIC = (ZeroDivisionError, OverflowError)
LOOKUP = [KeyError, IndexError]


def risky(kind):
    if kind == "zero":
        return 1 / 0
    if kind == "key":
        return {}["missing"]
    if kind == "index":
        return [][3]
    if kind == "type":
        return "a" + 1
    return "fine"


for kind in ["zero", "key", "index", "type", "ok"]:
    try:
        print(kind, "->", risky(kind))
    except (*NUMERIC, *LOOKUP) as e:
        print(kind, "-> handled", type(e).__name__)
    except Exception as e:
        print(kind, "-> other", type(e).__name__, e)

try:
    raise ValueError("code", 42, "detail")
except ValueError as e:
    label, code, detail = e.args
    print(label, code, detail)

try:
    raise KeyError("k")
except LookupError as e:
    (key,) = e.args
    print(repr(key))


class AppError(Exception):
    def __init__(self, *args, code=0):
        super().__init__(*args)
        self.code = code


try:
    raise AppError("a", "b", code=7)
except AppError as e:
    first, *rest = e.args
    print(first, rest, e.code, str(e))

errors = []
for exc_type, *args in [(ValueError, "v"), (TypeError,), (KeyError, "k", "extra")]:
    try:
        raise exc_type(*args)
    except Exception as e:
        errors.append((type(e).__name__, e.args))
print(errors)
