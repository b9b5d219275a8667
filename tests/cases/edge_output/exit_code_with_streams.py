import sys

print("processing records")
errors = 0
for rec in ["ok", "bad", "ok", "bad", "bad"]:
    if rec == "bad":
        errors += 1
        print(f"error #{errors}: bad record", file=sys.stderr)
    else:
        print("record ok")
print(f"{errors} errors")
sys.exit(min(errors, 3))
