import sys

data = sys.stdin.buffer.read()
print(data, len(data))
print(sys.stdin.buffer.read())
print(type(sys.stdin.buffer).__name__, sys.stdin.buffer.name)
