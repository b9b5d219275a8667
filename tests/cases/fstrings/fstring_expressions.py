a, b = 7, 3
print(f"{a + b} {a - b} {a * b} {a / b:.3f} {a // b} {a % b} {a ** b}")
print(f"{a if a > b else b} {'yes' if a else 'no'} {[x * 2 for x in range(3)]}")
print(f"{(lambda x: x * 10)(a)}", f"{ {'k': a}['k'] }", f"{ {1, 2} if False else {3} }")
d = {"key": "val", 3: "three"}
print(f"{d['key']} {d[3]} {len(d)} {list(d)}")
s = "text"
print(f"{s.upper()} {s[::-1]} {s * 2} {s!r:>8} {s[1:3]=}")
print(f"{a:{b}}", f"{a:0{b}}", f"{3.14159:.{b}f}")
x = 5
print(f"{x:}" + f"{'':>0}" + f"{x!s}")
print(f"{'multi' 'part'}", f"""{
    a +
    b
}""")
print(f"{'a' 'b'}" f"{1}" "plain" f"{2}")
print(f"{a}{b}{a}", F"{a}", rf"\n{a}", fr"{b}\t", f"\t{a}\\")
print(f"{(a, b)}", f"{a, b}", f"{[a]}", f"{a!r}{b!a}")
print(f"{1_000:,}", f"{0x10}", f"{1e3}", f"{2j}", f"{-a}")
