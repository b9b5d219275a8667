print(-5, +5, -(-5), +(-5), -0, +0)
print(-3.5, +3.5, -0.0, +-0.0)
print(-True, +True, ~True, -False)
print(not 0, not 1, not "", not "a", not [], not None)
x = 7
print(-x, ~x, -~x, ~-x)
big = 2 ** 100
print(-big, ~big, abs(-big))
print(abs(-3), abs(-3.5), abs(-0.0), abs(True))
print(-float("inf"), -float("nan"))
try:
    -[1]
except TypeError as e:
    print(type(e).__name__, e)
try:
    +"s"
except TypeError as e:
    print(type(e).__name__, e)
try:
    ~None
except TypeError as e:
    print(type(e).__name__, e)
