def classify(seq):
    match seq:
        case ():
            return "empty"
        case (x,):
            return f"one: {x}"
        case (x, y):
            return f"two: {x}, {y}"
        case (x, y, z):
            return f"three: {x} {y} {z}"
        case _:
            return "many"

for s in [(), [1], (1, 2), [1, 2, 3], (1, 2, 3, 4), "ab", range(2)]:
    print(repr(s), "->", classify(s))

def nested(p):
    match p:
        case [(a, b), [c, d]]:
            return a + b + c + d
        case [[a], *rest]:
            return f"head {a}, rest {rest}"
    return "no match"

print(nested([(1, 2), [3, 4]]))
print(nested([[9], 1, 2]))
print(nested([1, 2]))

match "abc":
    case [a, b, c]:
        print("strings are not sequences here")
    case str() as s:
        print("string:", s)

match b"ab":
    case [a, b]:
        print("bytes matched as sequence")
    case _:
        print("bytes are not sequence patterns")

match {1: 2}:
    case [x]:
        print("dict as seq?")
    case _:
        print("dict is not a sequence")
