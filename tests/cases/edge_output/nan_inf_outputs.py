inf = float("inf")
nan = float("nan")
print(inf, -inf, nan, -nan, [inf, nan], {"x": -inf})
print(inf + 1, inf - inf, inf * 0, inf / inf, -inf * -1, 1 / inf, inf > 10 ** 400, -inf < -(10 ** 400))
print(nan == nan, nan != nan, nan < 1, nan > 1, nan is nan, [nan] == [nan], [float("nan")] == [float("nan")])
print(max(1, nan), max(nan, 1), min(nan, 1), sum([1, nan]))
print(f"{inf:10.2f}|{nan:^7}|{-inf:+e}|{inf:%}")
for fn in (int, round):
    for v in (inf, nan):
        try:
            fn(v)
        except (OverflowError, ValueError) as e:
            print(fn.__name__, v, type(e).__name__, e)
print(float("INF"), float("-Infinity"), float("nAn"), str(inf).upper(), inf == float("infinity"))
print(1e308 * 10, -1e308 * 10, 1e308 + 1e308)
try:
    2.0 ** 10000
except OverflowError as e:
    print("OverflowError:", e)
try:
    10 ** 400 * 1.0
except OverflowError as e:
    print("OverflowError:", e)
