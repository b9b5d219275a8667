from contextlib import contextmanager


@contextmanager
def never_yields():
    if False:
        yield
    print("returned without yielding")


@contextmanager
def yields_twice():
    yield 1
    yield 2


@contextmanager
def ignores_error():
    try:
        yield
    except ValueError:
        print("ignoring and yielding again")
        yield


def run(label, func):
    try:
        func()
    except Exception as e:
        print(f"{label}: {type(e).__name__}: {e}")
        print("   cause:", repr(e.__cause__), "context:", repr(e.__context__),
              "suppress:", e.__suppress_context__)
    else:
        print(f"{label}: no error")


def case_no_yield():
    with never_yields():
        pass


def case_twice():
    with yields_twice():
        pass


def case_twice_with_error():
    with yields_twice():
        raise KeyError("k")


def case_yield_after_throw():
    with ignores_error():
        raise ValueError("v")


def case_reuse():
    cm = yields_twice()
    with cm:
        pass


def case_enter_twice():
    cm = ignores_error()
    with cm:
        pass
    with cm:
        pass


for name, func in list(globals().items()):
    if name.startswith("case_"):
        run(name[5:], func)
