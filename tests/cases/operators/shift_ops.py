print(1 << 0, 1 << 1, 1 << 63, 1 << 64, 1 << 200)
print(-1 << 10, -3 << 2)
print(1024 >> 3, 1023 >> 3, -1024 >> 3, -1023 >> 3, -1 >> 100, 5 >> 100)
print((1 << 200) >> 199, (3 << 70) >> 69)
print(-(1 << 80) >> 79, (-(1 << 80) - 1) >> 79)
print(True << 3, 8 >> True)
for bad in [-1, -100]:
    try:
        print(1 << bad)
    except ValueError as e:
        print(type(e).__name__, e)
    try:
        print(1 >> bad)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    1 << 1.0
except TypeError as e:
    print(type(e).__name__, e)
print(0 << 1000, 0 >> 5)
x = 1
x <<= 65
print(x)
x >>= 64
print(x)
