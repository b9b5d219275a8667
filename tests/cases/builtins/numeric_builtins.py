print(abs(-5), abs(3.5), abs(-0.0), abs(True), abs(-2 ** 70))
print(round(2.5), round(3.5), round(-2.5), round(0.5), round(1.5))
print(round(3.14159, 2), round(2.675, 2), round(1234, -2), round(1250, -2), round(-7.5))
print(type(round(2.5)).__name__, type(round(2.5, 0)).__name__, round(5, 1))
print(divmod(17, 5), divmod(-17, 5), divmod(17, -5), divmod(7.5, 2))
print(pow(2, 10), pow(2, -1), pow(2, 10, 1000), pow(3, 4, 5), pow(-2, 3), pow(2.0, 0.5))
print(pow(3, -1, 7), 2 ** 100)
print(int("42"), int("-7"), int(" 12 "), int("ff", 16), int("0b101", 0), int(3.99), int(-3.99))
print(float("1.5"), float("-inf"), float(3), str(1e16), str(1.5e-7), 0.1 + 0.2)
print(bin(10), oct(8), hex(255), hex(-1), bin(0))
print(1 / 2, 7 // 2, -7 // 2, 7 % 3, -7 % 3, 7 % -3, 2 ** -1)
try:
    divmod(1, 0)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    pow(2, -1, 4)
except ValueError as e:
    print(type(e).__name__, e)
try:
    abs("x")
except TypeError as e:
    print(type(e).__name__, e)
try:
    round("x")
except TypeError as e:
    print(type(e).__name__, e)
try:
    1 % 0
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    1.0 / 0
except ZeroDivisionError as e:
    print(type(e).__name__, e)
