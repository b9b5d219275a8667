def resilient():
    while True:
        try:
            yield "working"
        except ValueError as e:
            print("caught inside:", e)
            yield "recovered"

g = resilient()
print(next(g))
print(g.throw(ValueError("bad value")))
print(next(g))
try:
    g.throw(KeyError("k"))
except KeyError as e:
    print("propagated:", repr(e))
try:
    next(g)
except StopIteration:
    print("generator is finished")

def fresh():
    yield 1

f = fresh()
try:
    f.throw(RuntimeError("before start"))
except RuntimeError as e:
    print("not started:", e)

def returns_on_throw():
    try:
        yield 1
    except GeneratorExit:
        raise
    except Exception as e:
        return f"handled {type(e).__name__}"

r = returns_on_throw()
next(r)
try:
    r.throw(IndexError)
except StopIteration as s:
    print(s.value)

def with_finally():
    try:
        yield "a"
        yield "b"
    finally:
        print("cleanup")

w = with_finally()
next(w)
try:
    w.throw(TypeError("boom"))
except TypeError as e:
    print("outside:", e)
