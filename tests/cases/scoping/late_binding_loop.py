funcs = []
for i in range(4):
    funcs.append(lambda: i)
print([f() for f in funcs])

funcs = []
for i in range(4):
    funcs.append(lambda i=i: i)
print([f() for f in funcs])

adders = [lambda x: x + n for n in range(3)]
print([a(10) for a in adders])

adders = [(lambda n: lambda x: x + n)(n) for n in range(3)]
print([a(10) for a in adders])


def make_multipliers():
    result = []
    for k in range(1, 4):
        def mul(x):
            return x * k
        result.append(mul)
    k = 100
    return result


print([m(2) for m in make_multipliers()])


def make_multipliers_fixed():
    def factory(k):
        def mul(x):
            return x * k
        return mul
    return [factory(k) for k in range(1, 4)]


print([m(2) for m in make_multipliers_fixed()])

i = "module i"
gens = [(lambda: i) for _ in range(2)]
print([g() for g in gens])
i = "changed"
print([g() for g in gens])

callbacks = {}
for name in ["a", "b", "c"]:
    callbacks[name] = lambda: name.upper()
print({k: v() for k, v in callbacks.items()})

gen_funcs = list(lambda: j for j in range(3))
print([f() for f in gen_funcs])

while_funcs = []
n = 0
while n < 3:
    while_funcs.append(lambda: n)
    n += 1
print([f() for f in while_funcs])
