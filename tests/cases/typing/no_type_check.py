from typing import no_type_check, get_type_hints, no_type_check_decorator

@no_type_check
def f(x: "Unknown") -> "Foo":
    return x

print(f.__no_type_check__, get_type_hints(f), f(3))

@no_type_check
class C:
    a: "Missing"
    def m(self, x: "Nope"):
        return x

print(C.__no_type_check__, C.m.__no_type_check__, get_type_hints(C))

def deco(func):
    return func
nd = no_type_check_decorator(deco)
@nd
def g(y: "Bad"):
    return y
print(g.__no_type_check__, get_type_hints(g))
