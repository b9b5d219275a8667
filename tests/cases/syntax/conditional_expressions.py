for n in [-5, 0, 5]:
    sign = "neg" if n < 0 else "zero" if n == 0 else "pos"
    print(n, sign)
x = 1 if True else 1 / 0
print(x)
y = 1 / 0 if False else "safe"
print(y)
vals = [a if a % 2 else -a for a in range(6)]
print(vals)
def pick(flag):
    return (lambda: "yes") if flag else (lambda: "no")
print(pick(True)(), pick(False)())
print((1 if [] else 2) + 10)
z = "a" "b" if 0 else "c" "d"
print(z)
print([n for n in range(10) if n % 2 if n > 3])
s = None
print(s if s is not None else "default")
print(0 or "" or None if False else "ternary lowest")
