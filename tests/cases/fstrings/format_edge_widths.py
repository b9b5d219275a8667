print(f"[{'x':0}] [{5:0}] [{5:1}] [{-5:1}] [{5:01}]")
print(f"[{3.5:.0}] [{3.5:.1}] [{35.5:.1}] [{0.0:.0}] [{1e-300:.1}]")
print(f"[{'abc':>{0}}] [{'abc':<{10}}]")
big = 50
print(f"[{'w':>{big}}]".count(" "), len(f"{1:0100}"), f"{1.5:0>20.3f}")
try:
    format(1, "1" * 30)
except ValueError as e:
    print(type(e).__name__, e)
try:
    format(1.5, ".2147483648f")
except ValueError as e:
    print(type(e).__name__, e)
print(f"{12:x<5}{12:x>5}{12:x^5}", f"{-12:x=6}")
print(f"{'':-^20}", f"{'':=<5}|", f"{'centered':~^20}")
