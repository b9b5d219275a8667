import sys

print("stdout 1")
print("stderr 1", file=sys.stderr)
print("stdout 2")
sys.stderr.write("stderr 2 via write\n")
print("stderr", "with", "sep", sep="-", file=sys.stderr)
print("stderr no newline ", end="", file=sys.stderr)
print("stderr rest", file=sys.stderr)
for i in range(3):
    print(f"out {i}")
    print(f"err {i}", file=sys.stderr)
print("unicode on stderr: café 日本 😀", file=sys.stderr)
n = sys.stderr.write("x")
sys.stderr.write("\n")
print("stderr write returned", n)
print("done")
