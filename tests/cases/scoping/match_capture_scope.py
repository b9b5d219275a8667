def classify(obj):
    match obj:
        case [first, *rest]:
            kind = "sequence"
        case {"name": name}:
            kind = "mapping"
        case int(n) if n > 0:
            kind = "positive"
        case other:
            kind = "other"
    names = sorted(k for k in locals() if k not in ("obj",))
    return kind, names


for value in ([1, 2, 3], {"name": "x"}, 5, "str"):
    print(value, classify(value))

match (1, 2):
    case (a, b):
        pass
print("module-level captures:", a, b)

point = (3, 4)
x = "unchanged"
match point:
    case (0, y):
        pass
    case (x, 4):
        pass
print(x)



captured = []
for item in [("add", 1), ("add", 2), ("mul", 3)]:
    match item:
        case ("add", amount):
            captured.append(lambda: amount)
        case ("mul", amount):
            captured.append(lambda: amount * 100)
print([f() for f in captured])
