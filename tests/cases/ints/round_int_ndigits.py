for n in [15, 25, 35, 45, -15, -25, 149, 150, 250, 350, 12345, 2 ** 70]:
    print(n, round(n, -1), round(n, -2), round(n, 0), round(n, 3))
print(round(5, -1), round(-5, -1), round(50, -2), round(150, -2), round(10 ** 20 + 5 * 10 ** 9, -10))
print(type(round(15, -1)).__name__, round(123, -5), round(-999, -3), round(500, -3), round(1500, -3))
print(round(True), round(True, 2), type(round(True)).__name__)
def round_half_up(n, ndigits):
    q = 10 ** -ndigits
    return (n + q // 2) // q * q
for n in [15, 25, -15, -25, 149, 150, 250]:
    print(n, "bankers", round(n, -1), round(n, -2), "half-up", round_half_up(n, -1), round_half_up(n, -2))
try:
    round(5, 1.5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    round("5")
except TypeError as e:
    print(type(e).__name__, e)
print(round(12345678901234567890123, -20), round(-12345678901234567890123, -21))
