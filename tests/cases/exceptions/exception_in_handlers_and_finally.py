def step(name, fail=False):
    print("step", name)
    if fail:
        raise RuntimeError(name)

def attempt():
    try:
        step("body", fail=True)
    except RuntimeError as e:
        print("handling", e)
        step("handler", fail=True)
    finally:
        print("finally still runs")

try:
    attempt()
except RuntimeError as e:
    print("escaped:", e, "| context:", e.__context__)

def finally_raises():
    try:
        return "normal"
    finally:
        raise ValueError("finally raised")

try:
    finally_raises()
except ValueError as e:
    print("caught", e, e.__context__)

def assertion(x):
    assert x > 0, f"x must be positive, got {x}"
    return x

for v in (1, -1):
    try:
        print(assertion(v))
    except AssertionError as e:
        print(type(e).__name__, e)

try:
    assert False
except AssertionError as e:
    print(repr(e), e.args)
