import sys

print("a", "b", "c")
print("a", "b", "c", sep="")
print("a", "b", "c", sep=", ")
print("a", "b", "c", sep="\n")
print("no newline", end="")
print(" <- continued")
print("a", "b", sep="-", end="|\n")
print("x", end="")
print("y", end="")
print()
print(sep="ignored", end="only end\n")
print()
print("", "", sep="*")
print(None, True, 0, sep=None, end=None)
print(1, 2, 3, sep="")
print(*range(10), sep=" + ", end=" = " + str(sum(range(10))) + "\n")
print("multi\nline", "arg", sep="|")
print("a", "b", sep="\t", end="\t<tab end\n")
print(end="")
print("after empty end")
print("flush", flush=True)
print("to stdout", file=sys.stdout)
print("to None file", file=None)
for i in range(3):
    print(i, end=" " if i < 2 else "\n")
print([1, 2], {"a": 1}, sep=" ~ ")
try:
    print("bad sep", sep=5)
except TypeError as e:
    print("TypeError:", e)
try:
    print("bad end", end=b"\n")
except TypeError as e:
    print("TypeError:", e)
try:
    print("bad kw", color="red")
except TypeError as e:
    print("TypeError:", e)
n = sys.stdout.write("written directly\n")
print("write returned", n)
sys.stdout.write("partial ")
sys.stdout.write("line\n")
print("é日😀", sep="", end="\n")
print("end with multiple chars", end="!!!\n\n")
print("last")
