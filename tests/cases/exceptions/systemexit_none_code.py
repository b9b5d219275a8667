import sys

try:
    sys.exit()
except SystemExit as e:
    print("code:", e.code, "args:", e.args)

try:
    raise SystemExit(1, 2)
except SystemExit as e:
    print("code:", e.code)

print("finally blocks run on exit:")
try:
    sys.exit(None)
finally:
    print("cleanup done")
