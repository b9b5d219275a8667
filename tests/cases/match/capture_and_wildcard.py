def first(value):
    match value:
        case []:
            return "empty list"
        case [x]:
            return f"single {x}"
        case [x, _]:
            return f"pair starting with {x}"
        case [_, _, *_]:
            return "three or more"
        case other:
            return f"not a list: {other!r}"

for v in [[], [1], [1, 2], [1, 2, 3], "ab", 5, (9,)]:
    print(first(v))

match 42:
    case n:
        print("captured", n)
print("n after match:", n)

match "x":
    case _:
        print("wildcard always matches")

try:
    _
except NameError as e:
    print(type(e).__name__, e)
