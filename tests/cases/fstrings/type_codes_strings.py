s = "hello"
print(f"[{s:s}] [{s:10s}] [{s:>10s}] [{s:.3}] [{s:.3s}] [{s:10.2}] [{s:^9.1}] [{s:.0}] [{s:.10}]")
print(f"[{'':5}] [{'é😀':>4}] [{'日本':*^6}]")
for bad in ["d", "x", "f", "%", ",", "+", "=5"]:
    try:
        print(format(s, bad))
    except ValueError as e:
        print(repr(bad), type(e).__name__, e)
print(format(None), format([1, 2]), format((1,), ""))
try:
    format(None, "5")
except TypeError as e:
    print(type(e).__name__, e)
try:
    format([1, 2], ">10")
except TypeError as e:
    print(type(e).__name__, e)
print(f"{True:d} {True:>5} {False:05} {True:s}" if False else f"{True:d} {True:>5} {False:05} {True!s:>5}")
