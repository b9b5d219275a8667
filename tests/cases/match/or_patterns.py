def weekday(d):
    match d.lower():
        case "sat" | "sun":
            return "weekend"
        case "mon" | "tue" | "wed" | "thu" | "fri":
            return "weekday"
        case _:
            return "invalid"

for d in ["Sat", "mon", "FRI", "xyz"]:
    print(d, weekday(d))

def shape(p):
    match p:
        case (0, y) | (y, 0):
            return f"on an axis, other coordinate {y}"
        case [x, y] | {"x": x, "y": y}:
            return f"point {x},{y}"
        case int() | float() as num:
            return f"number {num}"
    return "?"

for p in [(0, 5), (7, 0), [1, 2], {"x": 3, "y": 4}, 2, 2.5, "s"]:
    print(p, "->", shape(p))

match [1, [2, 3]]:
    case [1, [2, 3] | [3, 2]]:
        print("nested or")
