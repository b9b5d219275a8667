print(1 / 3, 2 / 3, 1 / 7, 22 / 7, 355 / 113)
print(10 / 4, -10 / 4, 10 / -4, -10 / -4)
print(1e-300 / 1e300, 1e300 / 1e-300, 1e-320 / 1e10)
print(9.0 / 3.0, 0.3 / 3, 0.6 / 0.2, 4.35 / 0.05)
print(7.5 // 0.5, 7.5 % 0.5, 0.7 // 0.1, 0.7 % 0.1)
print(divmod(7.5, -2), divmod(-7.5, 2.5), divmod(1e30, 7.0))
print((2 ** 1000) / (2 ** 999), (10 ** 300 + 1) / 10 ** 299)
for b in [0, 0.0, -0.0]:
    try:
        print(1.5 / b)
    except ZeroDivisionError as e:
        print(type(e).__name__, e)
