from contextlib import contextmanager


@contextmanager
def tag(name):
    print(f"<{name}>")
    yield name.upper()
    print(f"</{name}>")


with tag("p") as value:
    print("  body", value)

with tag("outer"), tag("inner") as inner:
    print("  nested", inner)

cm = tag("div")
print(type(cm).__name__)
with cm as v:
    print("  entered", v)


@contextmanager
def no_value():
    yield


with no_value() as nothing:
    print("got", nothing)


@contextmanager
def counter(start):
    state = {"count": start}
    try:
        yield state
    finally:
        print("final count", state["count"])


with counter(5) as st:
    for _ in range(3):
        st["count"] += 1


def early_return():
    with tag("ret"):
        return "returned"


print(early_return())
for i in range(3):
    with tag(f"loop{i}"):
        if i == 1:
            continue
        if i == 2:
            break
        print("  body", i)
