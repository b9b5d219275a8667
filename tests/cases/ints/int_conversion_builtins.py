print(float(2 ** 53), float(2 ** 53 + 1), float(2 ** 1023), float(-(2 ** 63)))
try:
    float(2 ** 1024)
except OverflowError as e:
    print(type(e).__name__, e)
print(str(12), repr(-12), ascii(12), format(12), format(12, ""))
print(chr(65), chr(0x1F600) == "\U0001F600", ord("A"), ord("€"))
try:
    chr(-1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    chr(0x110000)
except ValueError as e:
    print(type(e).__name__, e)
print(round(123456, -3), round(-123456, -3), round(5, 2), round(2 ** 70, -20))
print(divmod(2 ** 70, 10 ** 10), abs(-(2 ** 70)))
print(int(str(2 ** 70)[::-1]))
print(complex(2 ** 10), 2 ** 10 == complex(1024, 0))
print(list(map(int, "1 22 -333".split())))
