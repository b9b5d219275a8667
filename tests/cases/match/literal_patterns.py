def describe(value):
    match value:
        case 0:
            return "zero"
        case 1 | 2 | 3:
            return "small"
        case -1:
            return "minus one"
        case 1.5:
            return "one and a half"
        case "hello":
            return "greeting"
        case b"bytes":
            return "bytes literal"
        case True:
            return "true"
        case None:
            return "none"
        case 3 + 4j:
            return "complex"
        case _:
            return "other"

for v in [0, 2, -1, 1.5, "hello", b"bytes", True, None, 3 + 4j, 99, "bye", False, 1.0, 0.0]:
    print(repr(v), "->", describe(v))
