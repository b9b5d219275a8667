def risky():
    raise ValueError("original problem")

def handler():
    try:
        risky()
    except ValueError:
        print("logging and re-raising")
        raise

try:
    handler()
except ValueError as e:
    print("caught again:", e)

try:
    raise
except RuntimeError as e:
    print(type(e).__name__, e)

def reraise_after_other():
    try:
        raise KeyError("first")
    except KeyError:
        try:
            raise IndexError("second")
        except IndexError:
            pass
        raise

try:
    reraise_after_other()
except Exception as e:
    print(type(e).__name__, e)

def raise_class():
    raise TypeError

try:
    raise_class()
except TypeError as e:
    print(repr(e), e.args)

try:
    raise 42
except TypeError as e:
    print(type(e).__name__, e)

class NotAnException:
    pass

try:
    raise NotAnException()
except TypeError as e:
    print(type(e).__name__, e)
