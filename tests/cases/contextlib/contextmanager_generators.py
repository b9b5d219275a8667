from contextlib import contextmanager


@contextmanager
def indented(lines, prefix):
    before = len(lines)
    yield
    lines[before:] = [prefix + line for line in lines[before:]]


def render(tree, lines, depth=0):
    lines.append(tree[0])
    with indented(lines, "  "):
        for child in tree[1]:
            render(child, lines, depth + 1)
    return lines


tree = ("root", [("a", [("a1", []), ("a2", [])]), ("b", [("b1", [("b1x", [])])])])
print("\n".join(render(tree, [])))


@contextmanager
def delegating():
    value = yield from helper()
    print("helper returned", value)


def helper():
    print("helper setup")
    yield "from helper"
    print("helper teardown")
    return 99


with delegating() as v:
    print("body got", v)


def producer():
    for i in range(3):
        with indented(out, "> "):
            out.append(f"item {i}")
            yield i


out = []
print(list(producer()), out)


@contextmanager
def manager_generating_cm():
    @contextmanager
    def inner():
        print("inner enter")
        yield "inner value"
        print("inner exit")
    with inner() as iv:
        yield iv.upper()


with manager_generating_cm() as value:
    print("outer body", value)

gens = [indented([], "") for _ in range(2)]
print(gens[0] is not gens[1], type(gens[0]).__name__)
