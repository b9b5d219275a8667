import sys

print("validating input")
errors = ["missing name", "bad age"]
if errors:
    sys.exit("fatal: " + ", ".join(errors))
print("unreachable")
