import sys

print(sys.argv[1:])
print(len(sys.argv))
if "--fail" in sys.argv:
    sys.exit("fatal: asked to fail")
