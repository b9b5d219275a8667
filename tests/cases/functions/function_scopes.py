def make_adders():
    adders = {}
    for n in (1, 5, 10):
        def adder(x, n=n):
            return x + n
        adders[n] = adder
    return adders

adders = make_adders()
print({k: f(100) for k, f in adders.items()})

def shadow():
    len = lambda x: -1
    return len("abc")

print(shadow(), len("abc"))

def locals_demo(a, b):
    c = a + b
    return sorted(locals().items())

print(locals_demo(1, 2))

def scope_test():
    items = []
    for i in range(3):
        items.append(i)
    return i, items

print(scope_test())

def conditional_def(flag):
    if flag:
        def inner():
            return "yes"
    else:
        def inner():
            return "no"
    return inner()

print(conditional_def(True), conditional_def(False))

def redefine():
    return 1
first = redefine
def redefine():
    return 2
print(first(), redefine())
