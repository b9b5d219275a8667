from contextlib import ExitStack


class OnlyEnter:
    def __enter__(self):
        return self


class OnlyExit:
    def __exit__(self, *a):
        pass


class InstanceMethods:
    pass


im = InstanceMethods()
im.__enter__ = lambda: None
im.__exit__ = lambda *a: None

with ExitStack() as stack:
    for obj in (OnlyEnter(), OnlyExit(), im, 42, "text", None):
        try:
            stack.enter_context(obj)
        except TypeError as e:
            print("TypeError:", e)

try:
    with im:
        pass
except TypeError as e:
    print("with statement:", e)


class EnterFails:
    def __enter__(self):
        raise OSError("enter failed")

    def __exit__(self, *a):
        print("never called")


with ExitStack() as stack:
    try:
        stack.enter_context(EnterFails())
    except OSError as e:
        print("OSError:", e)
    print("callbacks registered:", len(stack._exit_callbacks))

try:
    ExitStack().callback()
except TypeError as e:
    print("TypeError:", e)


def takes_callback(callback):
    print("got keyword", callback)


with ExitStack() as stack:
    stack.callback(takes_callback, callback="named callback is passed on")


class Exiter:
    def __exit__(self, *a):
        print("Exiter.__exit__ via push")
        return False


with ExitStack() as stack:
    stack.push(Exiter())
print("end")
