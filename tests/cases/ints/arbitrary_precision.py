def factorial(n):
    r = 1
    for i in range(2, n + 1):
        r *= i
    return r
print(factorial(20), factorial(21), factorial(25))
f100 = factorial(100)
print(f100)
print(len(str(f100)), str(f100).count("0"), len(str(f100)) - len(str(f100).rstrip("0")))
print(f100 // factorial(98), f100 % 101, f100 % (10 ** 24 + 7))
a = 3 ** 150
b = 7 ** 90
print(a - b, b - a)
print(a * b)
print(a // b, a % b)
print((a * b) // b == a, -a // b, -a % b)
print(int("9" * 60) + 1 == 10 ** 60)
print(sum(range(10 ** 6)) * 10 ** 30)
x = 1
for _ in range(200):
    x = x * 3 + 1
print(x)
