def check(v):
    result = "unset"
    match v:
        case 1:
            result = "one"
        case "a":
            result = "a"
    return result

print(check(1), check("a"), check(2))

for value in [0, 1, 2]:
    match value:
        case 0:
            continue
        case 1:
            print("one, breaking")
            break
    print("after match", value)

def early(v):
    match v:
        case [x, *_]:
            return x
    return "fell through"

print(early([5, 6]), early([]))
