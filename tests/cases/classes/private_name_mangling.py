class A:
    __count = 0

    def __init__(self):
        self.__x = 1
        A.__count += 1

    def __helper(self):
        return self.__x * 10

    def get(self):
        return self.__helper(), A.__count


class B(A):
    def __init__(self):
        super().__init__()
        self.__x = 2


b = B()
print(b.get(), sorted(k for k in vars(b)), hasattr(b, "__x"), b._A__x, b._B__x)
print([n for n in dir(A) if "count" in n or "helper" in n])


class C:
    def f(self):
        __local = 5
        def g():
            return __local + 1
        return g()


print(C().f())
try:
    b.__x
except AttributeError as e:
    print("AttributeError", e)
