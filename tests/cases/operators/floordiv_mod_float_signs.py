pairs = [(7.5, 2), (-7.5, 2), (7.5, -2), (-7.5, -2), (1.0, 0.1), (-1.0, 0.1), (0.0, 5.0), (-0.0, 5.0), (5.0, -3.0), (1e300, 1e-300)]
for a, b in pairs:
    print(a, b, a // b, a % b, divmod(a, b))
print(-0.0 % 5, 0.0 % -5)
print(3 % float("inf"), -3 % float("inf"), 3 // float("inf"), -3 // float("inf"))
print(float("inf") // 3 if False else "skip inf floordiv")
print(5 % -float("inf"))
print(7 // 2.0, -7 // 2.0, 7 % 2.5, -7 % 2.5)
print(2 ** 53 + 1.0, (2 ** 53 + 1) // 1.0)
