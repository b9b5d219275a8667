from contextlib import contextmanager, suppress


@contextmanager
def section(name):
    print("begin", name)
    try:
        yield
    finally:
        print("end", name)


def compute(values):
    with section("compute"):
        with suppress(KeyError):
            return sum(values) / len(values)


print(compute([1, 2, 3]))
print(compute([]))
