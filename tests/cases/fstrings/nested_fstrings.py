width = 10
prec = 3
value = 3.14159265
print(f"{value:{width}.{prec}f}|")
print(f"{value:>{width}}|", f"{value:{'<'}{width + 2}.2}|")
align = "^"
fill = "*"
print(f"{'mid':{fill}{align}{width}}")
name = "world"
print(f"{f'{name!r}':>12}")
print(f"outer {f'inner {1 + 1}'}", f"""a{f'b{f"c{3}"}'}""")
items = {"a": 1, "b": 22, "c": 333}
print(f"{', '.join(f'{k}={v:03d}' for k, v in items.items())}")
print(f"{[f'{i:02}' for i in range(3)]}")
print(f"{{literal braces}} {{{value:.1f}}}")
print(f"{'{'}{'}'}", f"{{}}", f"{{{{}}}}")
spec = ".2%"
print(f"{0.4567:{spec}}", f"{42:{'x'}}", f"{42:#{'o'}}")
print(f"{3 + 4 = }" if False else f"{3 + 4}")
def fmt(x):
    return f"<{x}>"
print(f"{fmt(f'{1:+}')}")
