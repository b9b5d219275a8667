def grade(score):
    match score:
        case int(s) if s < 0 or s > 100:
            return "invalid"
        case s if s >= 90:
            return "A"
        case s if s >= 80:
            return "B"
        case s if s >= 70:
            return "C"
        case _:
            return "F"

print([grade(s) for s in [95, 85, 75, 65, -1, 101]])

calls = []
def check(tag, result):
    calls.append(tag)
    return result

match (1, 2):
    case (a, b) if check("first guard", a > b):
        print("first")
    case (a, b) if check("second guard", a < b):
        print("second; a, b =", a, b)
    case _:
        print("fallback")
print(calls)

match [3, 4]:
    case [x, y] if x + y == 100:
        pass
    case _:
        print("guard failed but bindings remain:", x, y)
