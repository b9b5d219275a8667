def fail():
    raise ValueError("x")

try:
    fail()
except ValueError as e:
    tb = e.__traceback__
    print(tb is not None, type(tb).__name__)
    depth = 0
    while tb is not None:
        depth += 1
        tb = tb.tb_next
    print("frames:", depth)

e = ValueError("never raised")
print(e.__traceback__)

try:
    raise e
except ValueError as caught:
    print(caught is e, caught.__traceback__ is not None)

r = RuntimeError("r").with_traceback(None)
print(r.__traceback__, r)

def deep(n):
    if n == 0:
        raise KeyError("bottom")
    deep(n - 1)

try:
    deep(3)
except KeyError as err:
    count = 0
    t = err.__traceback__
    while t:
        count += 1
        t = t.tb_next
    print("deep frames:", count)
