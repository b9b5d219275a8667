class NoExit:
    def __enter__(self):
        return self

try:
    with NoExit():
        pass
except (AttributeError, TypeError) as e:
    print(type(e).__name__, e)

class NoEnter:
    def __exit__(self, *a):
        pass

try:
    with NoEnter():
        pass
except (AttributeError, TypeError) as e:
    print(type(e).__name__, e)

class FailingEnter:
    def __enter__(self):
        raise RuntimeError("enter failed")
    def __exit__(self, *a):
        print("exit should not run")

try:
    with FailingEnter():
        print("body should not run")
except RuntimeError as e:
    print(type(e).__name__, e)

class FailingExit:
    def __enter__(self):
        return "value"
    def __exit__(self, t, v, tb):
        raise ValueError("exit failed")

try:
    with FailingExit() as v:
        print("body got", v)
        raise KeyError("body error")
except ValueError as e:
    print(type(e).__name__, e, "context:", repr(e.__context__))

class Truthy:
    def __enter__(self):
        return None
    def __exit__(self, *a):
        return "non-empty string is truthy"

with Truthy() as t:
    1 / 0
print("suppressed by truthy return, t =", t)
