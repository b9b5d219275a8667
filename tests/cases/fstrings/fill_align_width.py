for spec in ["<10", ">10", "^10", "*<10", "*>10", "*^10", "-^11", "0>6", ".<3", "^", "<0", "10"]:
    print(f"{spec:6} [{format('text', spec)}] [{format(42, spec)}]")
print(f"[{'ab':^5}] [{'ab':^6}] [{'abc':^6}] [{'':^4}] [{'toolong':^3}]")
print(f"[{'x':é^7}] [{'x':😀>3}] [{'x':{'}'}<3}]")
print(f"[{-42:=8}] [{-42:0=8}] [{-42:*=8}] [{42:=+8}] [{3.5:=+8}]")
try:
    format("abc", "=10")
except ValueError as e:
    print(type(e).__name__, e)
print(f"[{12345:3}] [{'abc':2}] [{1.5:2}]")
print("[%s]" % "|".join(format(n, "^5") for n in [1, 22, 333, 4444, 55555, 666666]))
