def attempt(label, fn):
    try:
        result = fn()
        print(f"{label:<28} ok: {result!r}")
    except (ValueError, TypeError) as e:
        print(f"{label:<28} {type(e).__name__}: {e}")


def unpack3(v):
    a, b, c = v
    return a, b, c


def unpack2(v):
    a, b = v
    return a, b


def star_min2(v):
    a, *b, c = v
    return a, b, c


def star_min3(v):
    a, b, *c, d = v
    return a, b, c, d


attempt("3 from list of 2", lambda: unpack3([1, 2]))
attempt("3 from empty", lambda: unpack3([]))
attempt("3 from string", lambda: unpack3("ab"))
attempt("2 from list of 3", lambda: unpack2([1, 2, 3]))
attempt("2 from long range", lambda: unpack2(range(100)))
attempt("2 from generator of 5", lambda: unpack2(x for x in range(5)))
attempt("2 from int", lambda: unpack2(5))
attempt("2 from None", lambda: unpack2(None))
attempt("2 from float", lambda: unpack2(1.5))
attempt("2 from dict", lambda: unpack2({"a": 1, "b": 2}))
attempt("2 from set", lambda: sorted(unpack2({7, 8})))
attempt("2 from one-char str", lambda: unpack2("x"))
attempt("star min 2 from 1", lambda: star_min2([1]))
attempt("star min 2 from 0", lambda: star_min2(()))
attempt("star min 3 from 2", lambda: star_min3("ab"))
attempt("star from int", lambda: star_min2(42))
attempt("star ok", lambda: star_min2([1, 2]))
attempt("nested short", lambda: [(a, b) for a, (b, c) in [(1, (2,))]])
attempt("nested non-iterable", lambda: [(a, b) for a, (b, c) in [(1, 2)]])
attempt("for target too many", lambda: [a for a, b in [(1, 2, 3)]])


class Obj:
    pass


attempt("custom object", lambda: unpack2(Obj()))
attempt("bool", lambda: unpack2(True))
