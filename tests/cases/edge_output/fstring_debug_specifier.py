x = 42
name = "pyrite"
items = [1, 2]
pi = 3.14159
print(f"{x=}")
print(f"{x = }")
print(f"{name=}")
print(f"{name=!s}")
print(f"{pi=:.2f}")
print(f"{items=}, {len(items)=}")
print(f"{x * 2 + 1=}")
print(f"{'literal'=}")
print(f"{name.upper()=:>10}")
print(f"{None=} {True=} {x>40=}")
d = {"k": "v"}
print(f"{d['k']=}")
print(f"{x=!r:>6}")
print(f"{x:>{x // 7}}|{name:^{len(name) + 4}}|")
print(f"{{braces}} {{{x}}} {x!r:}")
print(f"{'nested ' + f'{x}'}")
print(f"{3.0=} {-0.0=} {1e20=} {2**70=}")
