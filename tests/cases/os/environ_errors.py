import os


def attempt(label, func):
    try:
        result = func()
    except Exception as exc:
        print(label, "->", type(exc).__name__ + ":", exc)
    else:
        print(label, "->", repr(result))


attempt("int key", lambda: os.environ[1])
attempt("int value", lambda: os.environ.__setitem__("X", 1))
attempt("int key set", lambda: os.environ.__setitem__(1, "x"))
attempt("bytes key", lambda: os.environ[b"PATH"])
attempt("bytes in", lambda: b"PATH" in os.environ)
attempt("get int", lambda: os.environ.get(2))
attempt("getenv int", lambda: os.getenv(2))
attempt("bytes env str key", lambda: os.environb["PATH"])
attempt("bytes env str value", lambda: os.environb.__setitem__(b"K", "v"))
attempt("name with =", lambda: os.environ.__setitem__("A=B", "1"))
attempt("missing", lambda: os.environ["NO_SUCH_VARIABLE_XYZ"])
attempt("ior int", lambda: os.environ.__ior__(1))
attempt("or int", lambda: os.environ.__or__(1))
attempt("ror list", lambda: os.environ.__ror__([]))
attempt("or operator", lambda: os.environ | 5)
