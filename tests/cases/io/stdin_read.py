import sys

print(repr(sys.stdin.readline()))
print(repr(input()))
print(repr(sys.stdin.read(3)))
rest = []
for line in sys.stdin:
    rest.append(line)
print(rest)
print(repr(sys.stdin.read()), repr(sys.stdin.readline()))
try:
    input("prompt> ")
except EOFError as e:
    print("\nEOFError", repr(str(e)))
print(sys.stdin.encoding, sys.stdin.mode, sys.stdin.closed)
