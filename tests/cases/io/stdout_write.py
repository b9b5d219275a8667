import sys

n = sys.stdout.write("hello\n")
print(n)
print(sys.stdout.write(""), sys.stdout.write("é😀\n"))
sys.stdout.flush()
n = sys.stdout.buffer.write("é\n".encode())
sys.stdout.buffer.flush()
print(n)
print(sys.stderr.write(""), file=sys.stdout)
print(sys.stdout.writable(), sys.stdout.readable(), sys.stdin.readable())
print(sys.stdout.encoding, sys.stdout.errors, sys.stderr.errors)
print(sys.stdout.name, sys.stderr.name, sys.stdin.name, sys.stdout.mode)
print(sys.stdout.fileno(), sys.stderr.fileno(), sys.stdin.fileno())
print(sys.stdout.line_buffering)
print(sys.__stdout__ is sys.stdout, type(sys.stdout).__name__, sys.stdout.buffer.name)
try:
    sys.stdout.write(b"bytes")
except TypeError as e:
    print("TypeError:", e)
try:
    sys.stdout.buffer.write("str")
except TypeError as e:
    print("TypeError:", e)
sys.stdout.writelines(["a", "b\n"])
print(sys.stdout.seekable(), sys.stdout.isatty())
