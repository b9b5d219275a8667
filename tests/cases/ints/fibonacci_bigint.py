def fib(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a
for n in [0, 1, 2, 10, 50, 92, 93, 94, 100, 300]:
    print(n, fib(n))
f1000 = fib(1000)
print(len(str(f1000)), str(f1000)[:20], f1000 % 1000000007)
print(fib(500) * fib(502) - fib(501) ** 2)
print(sum(int(d) for d in str(fib(777))))
