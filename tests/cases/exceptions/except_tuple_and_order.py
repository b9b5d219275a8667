def classify(exc):
    try:
        raise exc
    except (KeyError, IndexError) as e:
        return "lookup-specific: " + type(e).__name__
    except LookupError as e:
        return "lookup: " + type(e).__name__
    except ArithmeticError:
        return "arithmetic"
    except Exception as e:
        return "other: " + type(e).__name__

for exc in [KeyError("k"), IndexError(0), LookupError(), ZeroDivisionError(),
            OverflowError(), ValueError(), UnicodeError()]:
    print(classify(exc))

try:
    try:
        raise KeyboardInterrupt
    except Exception:
        print("not caught by Exception")
except BaseException as e:
    print("caught by BaseException:", type(e).__name__)

errors = (TypeError, ValueError)
try:
    int("z")
except errors as e:
    print("dynamic tuple:", type(e).__name__)

def pick():
    return KeyError

try:
    {}[0]
except pick() as e:
    print("computed class", repr(e))

try:
    try:
        raise ValueError
    except 5:
        pass
except TypeError as e:
    print(type(e).__name__, e)
