"""Files that are never closed are flushed when dropped or at interpreter exit."""
import sys
print("first", flush=True)
f = open(sys.stdout.fileno(), "w", closefd=False)
f.write("from unclosed file at exit\n")
def g():
    h = open(sys.stdout.fileno(), "w", closefd=False)
    h.write("from function-local file\n")
g()
print("last print", flush=True)
