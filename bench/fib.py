# Recursive function calls: naive Fibonacci plus Ackermann-style recursion.


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def tak(x, y, z):
    if y >= x:
        return z
    return tak(tak(x - 1, y, z), tak(y - 1, z, x), tak(z - 1, x, y))


def main():
    a = fib(33)
    b = tak(24, 16, 8)
    c = sum(fib(i) for i in range(28))
    print("fib", a, b, c)


main()
