print(0.1 + 0.2 == 0.3, round(0.1 + 0.2, 10) == round(0.3, 10))
print(1.0 < 1.0000000000000002, 1.0 == 1.00000000000000001)
print(float(2 ** 53) == 2 ** 53 + 1, 2 ** 53 + 1 > float(2 ** 53))
print(float(10 ** 16) == 10 ** 16, 1e16 == 10 ** 16 + 1)
print(-0.0 < 0.0, -0.0 == 0, 5e-324 > 0, -5e-324 < 0)
print(sorted([0.3, -1.5, 1e-9, 2, -0.0, 0.0, 1e9]))
print(max([1.5, 2, 2.0]), max([2.0, 2, 1.5]), min(-0.0, 0.0), min(0.0, -0.0))
nan = float("nan")
vals = [3.0, nan, 1.0]
print(sorted(vals)[0] == 3.0 or True, nan in vals, vals.index(nan))
print(1.0 in {1}, 1 in {1.0}, {1.0: "a"}[1], {0: "z"}[-0.0])
def close(a, b, rel=1e-9, abs_tol=0.0):
    return abs(a - b) <= max(rel * max(abs(a), abs(b)), abs_tol)
print(close(0.1 + 0.2, 0.3), close(1e-20, 0.0), close(1e-20, 0.0, abs_tol=1e-15))
