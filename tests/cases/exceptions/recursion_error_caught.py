import sys

def forever(n):
    return forever(n + 1)

try:
    forever(0)
except RecursionError as e:
    print(type(e).__name__, e)
    print(isinstance(e, RuntimeError))

def depth_probe(n=0):
    try:
        return depth_probe(n + 1)
    except RecursionError:
        return n

d = depth_probe()
print(d > 100)

class Node:
    def __init__(self):
        self.child = self
    def __repr__(self):
        return f"Node({self.child!r})"

try:
    repr(Node())
except RecursionError as e:
    print(type(e).__name__, "in repr")

def ok(n):
    return 0 if n == 0 else 1 + ok(n - 1)

print(ok(500))
print(sys.getrecursionlimit() >= 1000)
