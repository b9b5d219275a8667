def split(seq):
    match seq:
        case [first, *middle, last]:
            return first, middle, last
        case [only]:
            return only, None, None
        case []:
            return None

for s in [[1, 2, 3, 4], [1, 2], [5], [], (7, 8, 9)]:
    print(split(s))

def starts(seq):
    match seq:
        case ["cmd", *args] if args:
            return f"command with {len(args)} args: {args}"
        case ["cmd", *_]:
            return "command without args"
        case [*_, "end"]:
            return "ends with end"
        case [*init, 0, 0]:
            return f"two trailing zeros after {init}"
        case _:
            return "nothing"

for s in [["cmd", "a", "b"], ["cmd"], ["x", "end"], [1, 2, 0, 0], [0, 0], ["z"]]:
    print(s, "->", starts(s))

match (1, 2, 3):
    case (*rest,):
        print("rest is a list:", rest, type(rest).__name__)
