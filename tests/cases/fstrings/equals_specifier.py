x = 10
y = 3.14159
name = "Ada"
items = [1, 2, 3]
print(f"{x=}")
print(f"{x = }")
print(f"{x= }|{x =}|")
print(f"{y=:.2f}", f"{y = :>10.3f}|")
print(f"{name=}", f"{name=!s}", f"{name=!r}", f"{name=:>6}")
print(f"{x * 2 + 1=}", f"{len(items)=}", f"{items[-1]=}")
print(f"{name.upper()=}", f"{x > 5=}", f"{None=}")
d = {"k": "v"}
print(f"{d['k']=}", f"{d=}")
print(f"{x=!a}", f"{'é'=!a}", f"{'é'=}")
print(f"{x=:#x}", f"{1/3=:.3}")
