"""A tiny tour: functions, classes, generators and f-strings."""


class Greeter:
    def __init__(self, greeting):
        self.greeting = greeting

    def greet(self, name):
        return f"{self.greeting}, {name}!"


def fibonacci():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


g = Greeter("Hello")
print(g.greet("world"))
fibs = []
for n in fibonacci():
    if n > 100:
        break
    fibs.append(n)
print("Fibonacci numbers up to 100:", fibs)
print(f"2 ** 100 = {2 ** 100:,}")
