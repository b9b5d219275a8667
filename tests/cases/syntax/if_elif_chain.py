def grade(score):
    if score >= 90:
        return "A"
    elif score >= 80:
        return "B"
    elif score >= 70:
        return "C"
    elif score >= 60:
        return "D"
    else:
        return "F"
for s in [95, 90, 85, 72, 60, 59, 0]:
    print(s, grade(s))
def classify(v):
    if isinstance(v, bool):
        kind = "bool"
    elif isinstance(v, int):
        kind = "int"
    elif isinstance(v, float):
        kind = "float"
    elif v:
        kind = "truthy other"
    else:
        kind = "falsy other"
    return kind
for v in [True, 3, 2.5, "s", "", None, [0]]:
    print(repr(v), classify(v))
if 0: print("no")
elif 1: print("one-liner elif")
if []:
    pass
else:
    pass
print("pass ok")
