x = "global x"


class A:
    x = "class x"
    y = x + "!"

    def method(self):
        return x

    def method_via_class(self):
        return A.x, type(self).x, self.x


a = A()
print(A.y, a.method(), a.method_via_class())


class B:
    value = 10

    def get(self):
        try:
            return value
        except NameError as e:
            return f"NameError: {e}"


print(B().get())


class C:
    base = [1, 2, 3]
    doubled = [v * 2 for v in base]
    try:
        scaled = [v * len(base) for v in base]
    except NameError as e:
        scaled = f"NameError: {e}"
    total = sum(base)


print(C.doubled, C.scaled, C.total)


class D:
    n = 3
    try:
        pairs = [(i, j) for i in range(n) for j in range(n)]
    except NameError as e:
        pairs = str(e)
    gen_first = list(i * 2 for i in range(n))


print(D.pairs, D.gen_first)


def f():
    local_var = "enclosing"

    class Inner:
        seen = local_var
        local_var2 = local_var.upper()

        def m(self):
            return local_var
    return Inner


I = f()
print(I.seen, I.local_var2, I().m())


class E:
    print("executing class body, __name__ =", __name__, ", __qualname__ =", __qualname__)
    attrs = sorted(k for k in dir() if not k.startswith("__"))
    z = 1
    attrs_after = [k for k in ["z", "attrs"]]


print(E.attrs, E.attrs_after)


class F:
    len = len
    shadow_len = len("abc")

    def uses_builtin(self):
        return len([1, 2])


print(F.shadow_len, F().uses_builtin(), F.len("xy"))
