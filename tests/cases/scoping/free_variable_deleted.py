def outer():
    value = "alive"

    def inner():
        return value
    first = inner()
    del value
    try:
        second = inner()
    except NameError as e:
        second = f"{type(e).__name__}: {e}"
    return first, second


print(outer())


def assigned_later():
    def inner():
        return late
    try:
        r = inner()
    except NameError as e:
        r = f"{type(e).__name__}: {e}"
    late = "now bound"
    return r, inner()


print(assigned_later())


def nonlocal_del():
    x = 1

    def kill():
        nonlocal x
        del x

    def read():
        return x
    kill()
    try:
        return read()
    except NameError as e:
        return f"{type(e).__name__}: {e}"


print(nonlocal_del())


def rebind_after_del():
    x = "first"

    def get():
        return x
    del x
    x = "second"
    return get()


print(rebind_after_del())
