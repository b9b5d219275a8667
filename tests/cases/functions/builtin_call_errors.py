tests = [
    lambda: len(),
    lambda: len(1, 2),
    lambda: len(5),
    lambda: abs(),
    lambda: int("x"),
    lambda: divmod(1),
    lambda: "abc".upper(1),
    lambda: [].append(),
    lambda: [].append(1, 2),
    lambda: {}.get(),
    lambda: isinstance(1),
    lambda: sorted([3, 1], 1),
]
for t in tests:
    try:
        t()
    except TypeError as e:
        print(type(e).__name__ + ":", e)
    except ValueError as e:
        print(type(e).__name__ + ":", e)
