import sys

out = sys.stdout
out.write("A")
print("B", end="")
out.write("C\n")
print("line", 2)
written = out.write("")
print("empty write returned", written)
out.writelines(["w1\n", "w2", "\n"])
print(sys.stdout is sys.__stdout__, sys.stderr is sys.__stderr__)
try:
    out.write(123)
except TypeError as e:
    print("TypeError:", e)
try:
    out.write(b"bytes")
except TypeError as e:
    print("TypeError:", e)
print(out.write("日本\n"))
sys.stdout.flush()
print("end")
