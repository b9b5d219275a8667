def a():
    raise KeyError("a-key")

def b():
    try:
        a()
    except KeyError as e:
        raise ValueError("b failed") from e

def c():
    try:
        b()
    except ValueError:
        raise RuntimeError("c failed")

c()
