try:
    raise ValueError("temp")
except ValueError as err:
    print("inside:", err)

try:
    print(err)
except NameError as e:
    print(type(e).__name__, e)

err = "before"
try:
    raise KeyError("k")
except KeyError as err:
    pass
print("err" in globals())

def f():
    e = 1
    try:
        1 / 0
    except ZeroDivisionError as e:
        pass
    try:
        return e
    except UnboundLocalError as u:
        return type(u).__name__

print(f())

saved = None
try:
    raise IndexError("keep me")
except IndexError as e2:
    saved = e2
print(repr(saved))
