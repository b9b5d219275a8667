x = "global"

def f():
    x = "enclosing"
    def g():
        nonlocal x
        x = "modified by g"
    def h():
        global x
        x = "modified by h"
    g()
    print("in f:", x)
    h()
    print("in f after h:", x)

f()
print("module:", x)

def unbound():
    try:
        print(y)
    except UnboundLocalError as e:
        print(type(e).__name__, e)
    y = 1

unbound()

def read_before_assign():
    def inner():
        return z
    try:
        inner()
    except NameError as e:
        print(type(e).__name__, e)
    z = 5
    return inner()

print(read_before_assign())

def nested_nonlocal():
    a = 0
    def level1():
        def level2():
            nonlocal a
            a += 10
        level2()
        level2()
    level1()
    return a

print(nested_nonlocal())

try:
    print(undefined_name)
except NameError as e:
    print(type(e).__name__, e)
