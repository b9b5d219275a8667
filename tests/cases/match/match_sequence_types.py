def check(subject):
    match subject:
        case [a, b]:
            return f"seq of 2: {a!r} {b!r}"
        case _:
            return "no"

class MyList(list):
    pass

for s in [[1, 2], (1, 2), range(2), MyList([3, 4]), "ab", b"ab", bytearray(b"ab"), {1, 2}, iter([1, 2]), {"a": 1, "b": 2}]:
    print(type(s).__name__, check(s))
