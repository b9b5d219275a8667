import sys


def depth(n):
    return depth(n + 1)


try:
    depth(0)
except RecursionError as e:
    print("RecursionError:", e)
print(sys.getrecursionlimit())
sys.setrecursionlimit(5000)


def deep(n):
    return n if n == 0 else 1 + deep(n - 1)


print(deep(4000))
