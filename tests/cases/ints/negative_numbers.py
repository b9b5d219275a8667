n = -17
print(n, abs(n), -n, n * n, n ** 3, n // 5, n % 5, -n // 5, -(n // 5))
print(str(-0), repr(-0), -0 == 0, int("-0"))
print(-10 ** 2, (-10) ** 2, -(10 ** 2))
print(divmod(-1, 1), divmod(-1, -1), divmod(0, -1))
print(-5 >> 1, -5 // 2, -5 << 1, -5 * 2)
print(-(2 ** 100) // 3, -(2 ** 100) % 3, (2 ** 100) // -3, (2 ** 100) % -3)
print(sorted([-3, 5, -1, 0, -(2 ** 65), 2 ** 65]))
print(max(-1, -2), min(-1, -2), sum([-1, -2, -3]))
print(round(-17, -1), round(-15, -1), round(-25, -1), round(-24, -1))
print(format(-42, "5d"), format(-42, "<5d"), format(-42, "05d"), format(-42, "+d"), format(42, " d"))
print(-7 & 0xF, -7 | 0, ~-7, -7 ^ -1)
x = 5
x = -x
print(x, -x, +x)
