vals = [5.5, -5.5, 0.1, -0.1, 1e-300, -1e-300, 1e300, 3.0]
for a in vals:
    for b in [2.0, -2.0, 0.3]:
        print(f"{a!r:>8} {b!r:>5}  //={a // b!r:<24} %={a % b!r}")
print(-1e-300 % 2.0, 1e-300 % -2.0)
print(1e16 % 3.0, (1e16 + 2) % 3.0, 2 ** 53 % 3.0)
for a, b in [(7.0, 0.5), (-7.0, 0.5), (0.5, 7.0), (-0.5, 7.0), (1.0, 1e-20)]:
    q, r = divmod(a, b)
    print(a, b, q, r, q * b + r == a)
print(-0.0 // 1.0, 0.0 // -1.0, -0.0 % 1.0, 0.0 % -1.0)
print(float("inf") % 2.0 if False else "inf mod skipped", 2.0 % float("-inf"), -2.0 % float("inf"))
