n = 0
while n < 3:
    print("n", n)
    n += 1
else:
    print("done, n =", n)

n = 10
while n > 0:
    if n == 7:
        print("breaking at", n)
        break
    n -= 1
else:
    print("never printed")

count = 0
while False:
    count += 1
else:
    print("else on zero iterations", count)

i = 0
total = 0
while True:
    i += 1
    if i % 2 == 0:
        continue
    if i > 11:
        break
    total += i
print("sum of odd", total)

stack = [1, 2, 3]
while stack:
    print("pop", stack.pop())
print("empty", stack)
