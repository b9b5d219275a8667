module_var = 1


def show_locals(a, b=2, *args, **kwargs):
    c = a + b
    return sorted(locals().items())


print(show_locals(1))
print(show_locals(1, 3, 4, 5, k="v"))


def locals_snapshot():
    x = 1
    snap = locals()
    x = 2
    return snap["x"], x


print(locals_snapshot())


def closure_locals():
    free = "free var"

    def inner():
        own = 1
        return sorted(locals())
    inner_locals = inner()

    def inner2():
        own = free
        return sorted(locals())
    return inner_locals, inner2()


print(closure_locals())

g = globals()
g["injected"] = "via globals()"
print(injected)
print("module_var" in g, g["module_var"], g["__name__"])


def modify_global_dict():
    globals()["module_var"] = 42


modify_global_dict()
print(module_var)

print(locals() is globals())


class K:
    a = 1
    names = sorted(n for n in locals() if not n.startswith("__"))
    b = 2
    after = sorted(n for n in locals() if not n.startswith("__"))


print(K.names, K.after)
print(vars(K)["a"], "names" in vars(K))


def dynamic_name(name):
    return globals().get(name, f"<no global {name}>")


print(dynamic_name("module_var"), dynamic_name("nope"))
