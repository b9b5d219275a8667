x = 10


def read_then_assign():
    print(x)
    x = 5


def augmented():
    x += 1


def conditional(flag):
    if flag:
        y = "set"
    return y


def loop_var(n):
    for i in range(n):
        pass
    return i


def after_del():
    z = 1
    del z
    return z


def except_var_cleared():
    try:
        1 / 0
    except ZeroDivisionError as err:
        pass
    return err


def del_unbound():
    del never_set
    never_set = 1


tests = [
    ("read_then_assign", read_then_assign),
    ("augmented", augmented),
    ("conditional(False)", lambda: conditional(False)),
    ("conditional(True)", lambda: conditional(True)),
    ("loop_var(0)", lambda: loop_var(0)),
    ("loop_var(3)", lambda: loop_var(3)),
    ("after_del", after_del),
    ("except_var_cleared", except_var_cleared),
    ("del_unbound", del_unbound),
]
for name, fn in tests:
    try:
        print(name, "->", fn())
    except UnboundLocalError as e:
        print(name, "-> UnboundLocalError:", e, "| is NameError:", isinstance(e, NameError))
    except NameError as e:
        print(name, "-> NameError:", e)
print(issubclass(UnboundLocalError, NameError), UnboundLocalError.__mro__[1].__name__)
