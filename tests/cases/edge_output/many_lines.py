for i in range(1, 1001):
    if i % 15 == 0:
        print("FizzBuzz")
    elif i % 3 == 0:
        print("Fizz")
    elif i % 5 == 0:
        print("Buzz")
    else:
        print(i)
print("=" * 40)
rows = []
for n in range(1, 13):
    rows.append(" ".join(f"{n * m:4d}" for m in range(1, 13)))
print("\n".join(rows))
