for v in [2.9, -2.9, 0.5, -0.5, 1e20, -1e20, 2 ** 63 * 1.0, 1.9999999999999998, 123456789.987654321]:
    print(v, int(v), round(v), v // 1, v % 1 if abs(v) < 1e15 else "big")
print(int(1e23), 10 ** 23, int(1e23) == 10 ** 23)
print(int(2.0 ** 100), 2 ** 100)
print(float(2 ** 63 - 1), float(2 ** 64 + 1), float(10 ** 23))
print(int(float(2 ** 53 + 1)), 2 ** 53 + 1)
print(int("12") + 0.5, int(12.5), int(-12.5))
print(1.5.__int__(), (-1.5).__trunc__(), (2.5).__round__(), (3.5).__round__(), (1.25).__round__(1))
print(float.__floor__(2.5) if hasattr(float, "__floor__") else "no __floor__")
