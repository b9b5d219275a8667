import sys

print("a", "b", "c")
print("a", "b", "c", sep="")
print("a", "b", "c", sep=", ", end=".\n")
print("no newline", end="")
print(" <- continued")
print()
print(1, 2.5, None, True, [1, "x"], {"k": (1,)})
print("to stderr", file=sys.stderr)
print("err", "parts", sep="|", file=sys.stderr)
print(sep="ignored")
print("x", sep=None, end=None)
print(*range(5))
print(*"abc", sep="-")
sys.stdout.write("written directly\n")
print("tab\tand\\backslash")
try:
    print("bad", sep=5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    print("bad", end=[])
except TypeError as e:
    print(type(e).__name__, e)
print("done", flush=True)
